#include "changebus.h"

#include "../domain/storageerror.h"

#include <QCoreApplication>

ChangeBus *ChangeBus::instance()
{
    static ChangeBus bus;
    return &bus;
}

void ChangeBus::announce(const QString &entity, qint64 id)
{
    emit changed(entity, id);
}

void ChangeBus::listen(QObject *context, const std::function<void(const QString &entity)> &reload)
{
    connect(instance(), &ChangeBus::changed, context, [reload](const QString &entity) {
        try {
            reload(entity);
        } catch (const StorageError &error) {
            emit instance()->reloadFailed(entity, error.message());
        } catch (const std::exception &error) {
            emit instance()->reloadFailed(entity, QCoreApplication::translate("ChangeBus", "Unexpected error: %1")
                                                      .arg(QString::fromLocal8Bit(error.what())));
        }
    });
}
