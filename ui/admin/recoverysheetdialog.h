#pragma once

#include <QDialog>

class QTextBrowser;

// Shows the recovery sheet right after the backup passphrase was set, to print it. Closing it
// unprinted asks once more: the passphrase is not shown again anywhere.
class RecoverySheetDialog : public QDialog
{
    Q_OBJECT

public:
    RecoverySheetDialog(const QString &html, QWidget *parent = nullptr);
    QTextBrowser *sheet() const { return m_sheet; }
    bool printed() const { return m_printed; }
    void print();

public slots:
    void done(int result) override;

private:
    QTextBrowser *m_sheet;
    bool m_printed = false;
};
