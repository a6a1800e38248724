#include "session.h"

#include "../storage/database.h"

QString Session::location() const
{
    return database ? database->location() : QString();
}

bool Session::isServer() const
{
    return database && database->dialect() == Database::Dialect::Postgresql;
}
