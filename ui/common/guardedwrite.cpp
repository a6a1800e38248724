#include "guardedwrite.h"

#include "errormessage.h"
#include "services/session.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

namespace GuardedWrite {

bool run(QWidget *parent, const Session &session, const QString &title, const std::function<void(Transaction &)> &write)
{
    try {
        Transaction tx(*session.database, session.scope);
        write(tx);
        tx.commit();
        return true;
    } catch (const StorageError &error) {
        ErrorMessage::show(parent, title, error);
        return false;
    }
}

} // namespace GuardedWrite
