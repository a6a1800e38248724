#pragma once

#include "domain/incident.h"
#include "services/session.h"

#include <QWidget>
#include <memory>

class EvidencePanel;
class FollowUpPanel;
class MeasuresPanel;
class PrivateCopies;
class QAction;
class RedactionDialog;
class QLabel;
class QListWidget;
class QMenu;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

// One case: overview, the people involved, the articles (with their text as in force), the
// follow-up log, the evidence, the measures with their actions and terms; and its actions:
// edit, move the status on, link related incidents. Correspondence joins with its own step.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    CaseView(Session &session, PrivateCopies &copies, const Incident &incident, QWidget *parent = nullptr);
    qint64 incidentId() const { return m_incident.id; }
    QString title() const;
    Incident incident() const { return m_incident; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *header() const { return m_header; }
    QTextBrowser *overview() const { return m_overview; }
    QTableWidget *peopleTable() const { return m_people; }
    QListWidget *relatedList() const { return m_related; }
    FollowUpPanel *followUp() const { return m_followUp; }
    EvidencePanel *evidence() const { return m_evidence; }
    MeasuresPanel *measures() const { return m_measuresPanel; }
    QAction *editAction() const { return m_edit; }
    QAction *linkAction() const { return m_link; }
    QAction *letterAction() const { return m_letterAction; }
    QMenu *statusMenu() const { return m_statusMenu; }
    // Moves the case on, asking for a closing summary or a reopening reason where needed.
    void moveTo(IncidentStatus status);

signals:
    void openIncidentRequested(qint64 incidentId);
    // A person's dossier (a filed letter's confirmation, a double-click on a person involved).
    void openDossierRequested(qint64 personId);
    void titleChanged(const QString &title);

private:
    void reload();
    void display();
    void editIncident();
    void linkIncident();
    void unlinkSelected();
    void writeLetter();

public:
    // Writes the case summary as PDF (asks where when `path` is empty); audited.
    bool savePdf(const QString &path = QString());
    // The dialog for a copy made for one person (a victim preselected).
    std::unique_ptr<RedactionDialog> redactedSummary();

private:

    Session &m_session;
    Incident m_incident;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    QListWidget *m_related;
    QTableWidget *m_people;
    QTextBrowser *m_articles;
    FollowUpPanel *m_followUp;
    EvidencePanel *m_evidence;
    MeasuresPanel *m_measuresPanel;
    QAction *m_edit;
    QAction *m_link;
    QAction *m_unlink;
    QAction *m_letterAction;
    QAction *m_print;
    QAction *m_pdf;
    QAction *m_redacted;
    QMenu *m_statusMenu;
};
