#pragma once

#include "../domain/accessscope.h"
#include "../domain/user.h"

class Database;

// The logged-in user and their database, handed to every view.
struct Session
{
    Database *database = nullptr;
    User user;
    AccessScope scope;

    bool isAdministrator() const { return user.role == UserRole::Beheerder; }
};
