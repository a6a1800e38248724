#pragma once

#include "services/correspondenceservice.h"
#include "services/session.h"

#include <QStringList>
#include <optional>

class QWidget;

// Files mail files (dropped or chosen) in a dossier: for a parent the user picks the child;
// reports how many were filed and any mail that could only be kept as a file. Returns the
// number of files filed.
namespace MailDrop {

// Which dossier a person's correspondence goes into: their own, or for a parent a child's (the
// user picks the child when there are several). Says why when there is none; nullopt then, or
// when the user cancels.
std::optional<CorrespondenceService::Filing> chooseFiling(QWidget *parent, Session &session, qint64 personId,
                                                          const QString &title);

int file(QWidget *parent, Session &session, const QStringList &paths, qint64 personId, qint64 incidentId = 0);

} // namespace MailDrop
