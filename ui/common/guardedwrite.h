#pragma once

#include <QString>
#include <functional>

class QWidget;
class Transaction;
struct Session;

// How a view saves: one transaction as the session's user; a failure is shown as a Dutch
// message (titled `title`) and nothing is written. Returns true when the write was committed.
namespace GuardedWrite {

bool run(QWidget *parent, const Session &session, const QString &title,
         const std::function<void(Transaction &)> &write);

} // namespace GuardedWrite
