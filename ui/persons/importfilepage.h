#pragma once

#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// Step 1: the file, what it holds (pupils, staff, parents) and for which school. Reading it
// shows the encoding, delimiter and number of rows that were detected.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);
    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *schoolCombo() const { return m_school; }
    QCheckBox *completeCheck() const { return m_complete; }
    QLabel *detectedLabel() const { return m_detected; }
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void readFile();
    void updateKind();

    ImportWizard *m_wizard;
    QLineEdit *m_file;
    QComboBox *m_kind;
    QComboBox *m_school;
    QCheckBox *m_complete;
    QLabel *m_detected;
    QString m_readPath;     // the file that `m_wizard->table` holds
};
