#pragma once

#include "services/personimport.h"
#include "services/session.h"

#include <QWizard>

class ImportFilePage;
class ImportMappingPage;
class ImportReportPage;

// Importing a school list: choose the file and what it holds, map its columns, read the report
// of what would happen, confirm. Nothing is written before the last step, and then in one
// transaction.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, ReportPage };

    ImportWizard(Session &session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Session &session() const { return m_session; }
    // Shared between the pages.
    CsvTable table;
    QString fileName;
    PersonImport::Options options;
    PersonImport::Mapping mapping;
    PersonImport::Plan plan;
    bool imported = false;

    ImportFilePage *filePage() const { return m_file; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportReportPage *reportPage() const { return m_report; }

private:
    Session &m_session;
    ImportFilePage *m_file;
    ImportMappingPage *m_mapping;
    ImportReportPage *m_report;
};
