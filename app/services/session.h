#pragma once

#include "../domain/accessscope.h"
#include "../domain/user.h"

#include <QString>

class Database;

// The logged-in user and their database, handed to every view.
struct Session
{
    Database *database = nullptr;
    User user;
    AccessScope scope;

    bool isAdministrator() const { return user.role == UserRole::Beheerder; }
    // Where the dossiers are: a file path, or the server's address.
    QString location() const;
    bool isServer() const;
};
