#pragma once

#include "../domain/accessscope.h"
#include "../domain/lettertemplate.h"

#include <QCoreApplication>

class Database;

// Saving a letter template (Beheer → Brieven): administrators only; a template without a name,
// or with a merge field that does not exist, is refused so that no raw code is ever printed.
class LetterTemplateService
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplateService)

public:
    LetterTemplateService(Database &db, const AccessScope &actor);
    void save(LetterTemplate &letter);

private:
    Database &m_db;
    AccessScope m_actor;
};
