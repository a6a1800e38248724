#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

// Step 3: what the import would do, row by row (new, updated, unchanged, rejected with the
// reason and line), and who would be marked as left. Import writes it in one transaction.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReportPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *rowsTable() const { return m_rows; }
    QComboBox *showCombo() const { return m_show; }
    QListWidget *leavingList() const { return m_leaving; }
    QLabel *leavingLabel() const { return m_leavingLabel; }

private:
    void fillRows();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QComboBox *m_show;
    QTableWidget *m_rows;
    QLabel *m_leavingLabel;
    QListWidget *m_leaving;
};
