#pragma once

#include "../domain/lettertemplate.h"

#include <QList>
#include <optional>

class Database;
class Transaction;

class LetterTemplateRepository
{
public:
    explicit LetterTemplateRepository(Database &db);
    // By name; inactive ones too when asked (Beheer).
    QList<LetterTemplate> list(bool withInactive = false) const;
    std::optional<LetterTemplate> get(qint64 id) const;
    void insert(Transaction &tx, LetterTemplate &letter);
    void update(Transaction &tx, LetterTemplate &letter);

private:
    Database &m_db;
};
