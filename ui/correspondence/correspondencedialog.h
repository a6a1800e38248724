#pragma once

#include "domain/attachmentinfo.h"
#include "domain/correspondence.h"
#include "services/session.h"

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class CorrespondenceDialog;
}
class PrivateCopies;

// Files or edits a correspondence item: the dossier it belongs in (a parent's goes into the
// child's dossier, asked when there are several children), incident, direction, channel (with
// the registered-mail number), date, correspondent, subject, summary and attachments — several
// at once, dropped or chosen, opened through a private copy, saved elsewhere with "Save as".
class CorrespondenceDialog : public QDialog
{
    Q_OBJECT

public:
    CorrespondenceDialog(Session &session, PrivateCopies &copies, const Correspondence &item, QWidget *parent = nullptr);
    ~CorrespondenceDialog() override;
    Correspondence item() const;
    qint64 savedId() const { return m_item.id; }
    // Sets the dossier from a chosen person (asks which child for a parent); false when the
    // person has no dossier to file in.
    bool setDossierFromPerson(qint64 personId);
    void addFiles(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseDossier();
    void fillIncidents();
    void fillAttachments();
    void updateChannel();
    void openSelected();
    void saveSelectedAs();
    void removeSelected();
    void attempt();

    std::unique_ptr<Ui::CorrespondenceDialog> m_ui;
    Session &m_session;
    PrivateCopies &m_copies;
    Correspondence m_item;
    QList<AttachmentInfo> m_stored;
    QList<AttachmentInfo> m_removed;
    QStringList m_added;
};
