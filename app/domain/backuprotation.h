#pragma once

#include <QDate>
#include <QList>
#include <QSet>

// Which daily backups to keep (grandfather-father-son): the newest of each of the last 7 days
// that have one, of the last 4 weeks and of the last 12 months. Everything else may go.
namespace BackupRotation {

QSet<QDate> keep(const QList<QDate> &days, int daily = 7, int weekly = 4, int monthly = 12);

} // namespace BackupRotation
