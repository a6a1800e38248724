#pragma once

#include "services/session.h"

#include <QStringList>

class QWidget;

// Files mail files (dropped or chosen) in a dossier: for a parent the user picks the child;
// reports how many were filed and any mail that could only be kept as a file. Returns the
// number of files filed.
namespace MailDrop {

int file(QWidget *parent, Session &session, const QStringList &paths, qint64 personId, qint64 incidentId = 0);

} // namespace MailDrop
