#include "importwizard.h"

#include "common/viewstate.h"
#include "importfilepage.h"
#include "importmappingpage.h"
#include "importreportpage.h"

ImportWizard::ImportWizard(Session &session, QWidget *parent)
    : QWizard(parent),
      m_session(session),
      m_file(new ImportFilePage(this)),
      m_mapping(new ImportMappingPage(this)),
      m_report(new ImportReportPage(this))
{
    setWindowTitle(tr("Import a school list"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setPage(FilePage, m_file);
    setPage(MappingPage, m_mapping);
    setPage(ReportPage, m_report);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(900, 640);
    ViewState::restoreGeometry(this, QStringLiteral("importWizard"));
}

ImportWizard::~ImportWizard()
{
    ViewState::saveGeometry(this, QStringLiteral("importWizard"));
}
