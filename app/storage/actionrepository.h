#pragma once

#include "../domain/action.h"

class Database;
class Transaction;

class ActionRepository
{
public:
    explicit ActionRepository(Database &db);
    void insert(Transaction &tx, Action &action);

private:
    Database &m_db;
};
