#pragma once

#include <QDate>
#include <QDialog>
#include <memory>

namespace Ui {
class AccessRequestDialog;
}

// Asks when an access request came in (the one-month term runs from then) and whether the
// export is the answer; shows the date the answer is due.
class AccessRequestDialog : public QDialog
{
    Q_OBJECT

public:
    AccessRequestDialog(const QString &personName, int answerMonths, QWidget *parent = nullptr);
    ~AccessRequestDialog() override;
    QDate receivedOn() const;
    bool answered() const;
    void setReceivedOn(const QDate &date);
    void setAnswered(bool answered);

private:
    void showDue();

    std::unique_ptr<Ui::AccessRequestDialog> m_ui;
    int m_answerMonths;
};
