#include "changebus.h"

ChangeBus *ChangeBus::instance()
{
    static ChangeBus bus;
    return &bus;
}

void ChangeBus::announce(const QString &entity, qint64 id)
{
    emit changed(entity, id);
}
