#include "lookup.h"

#include "procedures.h"

#include "../storage/actionrepository.h"
#include "../storage/attachmentstore.h"
#include "../storage/correspondencerepository.h"
#include "../storage/incidentfinder.h"
#include "../storage/incidentrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/organisationrepository.h"
#include "../storage/sqlvalues.h"
#include "../storage/statisticsrepository.h"
#include "../storage/legalholdrepository.h"
#include "../storage/lettertemplaterepository.h"
#include "../storage/measuretyperepository.h"
#include "../storage/personrepository.h"
#include "../storage/protocolrepository.h"
#include "../storage/schoolrepository.h"
#include "../storage/settingsrepository.h"
#include "../storage/userrepository.h"

QList<School> Lookup::schools() const
{
    return SchoolRepository(*m_session.database).list(m_session.scope);
}

std::optional<School> Lookup::school(qint64 id) const
{
    return SchoolRepository(*m_session.database).get(m_session.scope, id);
}

QList<SchoolHoliday> Lookup::holidays(qint64 schoolId) const
{
    return SchoolRepository(*m_session.database).holidays(schoolId);
}

QList<PublicHoliday> Lookup::publicHolidays(int year) const
{
    return Procedures(*m_session.database).calendar(0).publicHolidays().ofYear(year);
}

QList<User> Lookup::users() const
{
    return UserRepository(*m_session.database).list(m_session.scope);
}

std::optional<User> Lookup::user(qint64 id) const
{
    return UserRepository(*m_session.database).get(m_session.scope, id);
}

QString Lookup::setting(const QString &key, const QString &fallback) const
{
    return SettingsRepository(*m_session.database).value(key, fallback);
}

int Lookup::intSetting(const QString &key, int fallback) const
{
    return SettingsRepository(*m_session.database).intValue(key, fallback);
}

std::optional<Person> Lookup::person(qint64 id) const
{
    return PersonRepository(*m_session.database).get(m_session.scope, id);
}

std::optional<Person> Lookup::involvedPerson(const Incident &incident, qint64 personId) const
{
    bool involved = false;
    for (const Involvement &v : incident.involvements)
        involved = involved || v.personId == personId;
    if (!involved)
        return std::nullopt;
    return PersonRepository(*m_session.database).get(AccessScope::system(), personId);
}

QStringList Lookup::groups(qint64 schoolId) const
{
    return PersonRepository(*m_session.database).groups(m_session.scope, schoolId);
}

std::optional<Incident> Lookup::incident(qint64 id) const
{
    return IncidentRepository(*m_session.database).get(m_session.scope, id);
}

QList<ProtocolVersion> Lookup::protocolVersions() const
{
    return ProtocolRepository(*m_session.database).versions();
}

std::optional<ProtocolVersion> Lookup::protocolVersion(qint64 id) const
{
    return ProtocolRepository(*m_session.database).version(id);
}

std::optional<ProtocolVersion> Lookup::protocolInForceOn(const QDate &date) const
{
    return ProtocolRepository(*m_session.database).inForceOn(date);
}

QList<MeasureType> Lookup::ladder(Ladder ladder) const
{
    return MeasureTypeRepository(*m_session.database).ladder(ladder);
}

QList<MeasureType> Lookup::allRungs(Ladder ladder) const
{
    return MeasureTypeRepository(*m_session.database).all(ladder);
}

std::optional<MeasureType> Lookup::rung(qint64 id) const
{
    return MeasureTypeRepository(*m_session.database).get(id);
}

QList<LetterTemplate> Lookup::letterTemplates(bool withInactive) const
{
    return LetterTemplateRepository(*m_session.database).list(withInactive);
}

QList<User> Lookup::everyUser() const
{
    return UserRepository(*m_session.database).list(AccessScope::system());
}

std::optional<Organisation> Lookup::organisation() const
{
    return OrganisationRepository(*m_session.database).get();
}

QByteArray Lookup::attachmentContent(const QByteArray &sha256) const
{
    return AttachmentStore(*m_session.database).read(sha256);
}

qint64 Lookup::attachmentLimit() const
{
    return AttachmentStore(*m_session.database).maxBytes();
}

QList<AttachmentInfo> Lookup::attachmentsOfIncident(qint64 incidentId) const
{
    return AttachmentStore(*m_session.database).attachmentsOfIncident(m_session.scope, incidentId);
}

QList<AttachmentInfo> Lookup::attachmentsOfCorrespondence(qint64 correspondenceId) const
{
    return AttachmentStore(*m_session.database).attachmentsOfCorrespondence(m_session.scope, correspondenceId);
}

QList<IncidentNote> Lookup::notes(qint64 incidentId) const
{
    return IncidentRepository(*m_session.database).notes(incidentId);
}

QList<Incident> Lookup::relatedIncidents(qint64 incidentId) const
{
    return IncidentRepository(*m_session.database).related(m_session.scope, incidentId);
}

Incident Lookup::requireIncident(qint64 id) const
{
    return IncidentRepository(*m_session.database).require(m_session.scope, id);
}

Incident Lookup::requireIncidentByReference(const QString &reference) const
{
    return IncidentRepository(*m_session.database).requireByReference(m_session.scope, reference);
}

std::optional<Incident> Lookup::incidentByReference(const QString &reference) const
{
    return IncidentRepository(*m_session.database).findByReference(m_session.scope, reference);
}

std::optional<Correspondence> Lookup::correspondence(qint64 id) const
{
    return CorrespondenceRepository(*m_session.database).get(m_session.scope, id);
}

QList<Action> Lookup::actionsOfIncident(qint64 incidentId) const
{
    return ActionRepository(*m_session.database).ofIncident(m_session.scope, incidentId);
}

QList<Measure> Lookup::measuresOfIncident(qint64 incidentId) const
{
    return MeasureRepository(*m_session.database).ofIncident(m_session.scope, incidentId);
}

std::optional<Measure> Lookup::measure(qint64 id) const
{
    return MeasureRepository(*m_session.database).get(m_session.scope, id);
}

int Lookup::filedCount(qint64 personId) const
{
    return PersonRepository(*m_session.database).filedCount(personId);
}

int Lookup::incidentsUnderVersion(qint64 versionId) const
{
    return ProtocolRepository(*m_session.database).incidentsUnder(versionId);
}

int Lookup::incidentsUsingArticle(qint64 articleId) const
{
    return ProtocolRepository(*m_session.database).incidentsUsing(articleId);
}

QList<IncidentFacts> Lookup::facts(const QDate &from, const QDate &to, qint64 schoolId) const
{
    return StatisticsRepository(*m_session.database).facts(m_session.scope, from, to, schoolId);
}

QDateTime Lookup::now()
{
    return SqlValues::now();
}

QList<Objection> Lookup::objections(qint64 measureId) const
{
    if (!measure(measureId))
        return {};          // only for a measure the user sees
    return MeasureRepository(*m_session.database).objections(measureId);
}

std::optional<Action> Lookup::action(qint64 id) const
{
    return ActionRepository(*m_session.database).get(m_session.scope, id);
}

QList<Incident> Lookup::incidents(const IncidentFilter &filter, int limit) const
{
    return IncidentFinder(*m_session.database).list(m_session.scope, filter, limit);
}

int Lookup::incidentCount(const IncidentFilter &filter) const
{
    return IncidentFinder(*m_session.database).count(m_session.scope, filter);
}

QList<LegalHold> Lookup::legalHolds() const
{
    return LegalHoldRepository(*m_session.database).list(m_session.scope);
}

QList<DestructionRecord> Lookup::destructionRecords() const
{
    return LegalHoldRepository(*m_session.database).destructionRecords();
}
