#pragma once

#include "domain/attachmentinfo.h"
#include "services/session.h"

#include <QWidget>

class PrivateCopies;
class QAction;
class QTableWidget;

// A case's evidence: files dropped here or chosen, and screenshots pasted from the clipboard
// (the usual way to keep a social-media post), each with capture time, source address, who
// added it and its SHA-256. Opening writes a private copy for the system's viewer. Mail dropped
// on the case (.eml, .msg) may instead be filed as the case's correspondence, in a dossier.
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    EvidencePanel(Session &session, PrivateCopies &copies, QWidget *parent = nullptr);
    void setIncident(qint64 incidentId);
    void reload();
    QTableWidget *table() const { return m_table; }
    QAction *addAction() const { return m_add; }
    QAction *pasteAction() const { return m_paste; }
    QAction *openAction() const { return m_open; }
    QAction *removeAction() const { return m_remove; }
    // Adds files (dropped, chosen, or from a test); asks once for source and capture time.
    void addFiles(const QStringList &paths);
    // What a drop does: mail files are filed as correspondence of the case when the user says
    // so (in the dossier of a person the user picks), the rest become evidence.
    void dropFiles(const QStringList &paths);
    // Adds the image on the clipboard; returns false (with a message) when there is none.
    bool pasteImage();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool askDetails(QString *sourceUrl, QDateTime *capturedAt);
    void chooseFiles();
    void openCurrent();
    void removeCurrent();
    void updateActions();

    Session &m_session;
    PrivateCopies &m_copies;
    qint64 m_incidentId = 0;
    QList<AttachmentInfo> m_evidence;
    QTableWidget *m_table;
    QAction *m_add;
    QAction *m_paste;
    QAction *m_open;
    QAction *m_remove;
};
