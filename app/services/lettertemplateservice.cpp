#include "lettertemplateservice.h"

#include "../storage/lettertemplaterepository.h"
#include "../domain/storageerror.h"
#include "../storage/transaction.h"
#include "letterservice.h"
#include "permissions.h"

LetterTemplateService::LetterTemplateService(Database &db, const AccessScope &actor) : m_db(db), m_actor(actor)
{
}

void LetterTemplateService::save(LetterTemplate &letter)
{
    Permissions::require(m_db, m_actor, Permission::ManageTemplates, QStringLiteral("letter_templates"), letter.id);
    LetterTemplate saved = letter;
    saved.name = saved.name.trimmed();
    if (saved.name.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, tr("Give the template a name."));
    const QString problem = LetterService::templateProblem(saved);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, problem);
    LetterTemplateRepository templates(m_db);
    Transaction tx(m_db, m_actor);
    if (saved.id == 0)
        templates.insert(tx, saved);
    else
        templates.update(tx, saved);
    tx.commit();
    letter = saved;
}
