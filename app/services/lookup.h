#pragma once

#include "../domain/publicholidays.h"
#include "../domain/action.h"
#include "../domain/attachmentinfo.h"
#include "../domain/correspondence.h"
#include "../domain/incident.h"
#include "../domain/incidentfacts.h"
#include "../domain/incidentfilter.h"
#include "../domain/incidentnote.h"
#include "../domain/objection.h"
#include "../domain/measure.h"
#include "../domain/organisation.h"
#include "../domain/legalhold.h"
#include "../domain/lettertemplate.h"
#include "../domain/measuretype.h"
#include "../domain/person.h"
#include "../domain/protocolversion.h"
#include "../domain/school.h"
#include "../domain/schoolholiday.h"
#include "../domain/user.h"
#include "session.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What the screens read to fill their choice lists, headings and forms — schools, users, the
// settings, a person, a case, the protocol, the ladders, the letter templates — as the session's
// user may see it. Widgets read through here (or through item models), never through storage.
class Lookup
{
public:
    explicit Lookup(const Session &session) : m_session(session) {}

    QList<School> schools() const;
    std::optional<School> school(qint64 id) const;
    QList<SchoolHoliday> holidays(qint64 schoolId) const;
    // The public holidays of a year as the board's settings count them (Good Friday, Liberation Day).
    QList<PublicHoliday> publicHolidays(int year) const;
    QList<User> users() const;
    std::optional<User> user(qint64 id) const;
    QString setting(const QString &key, const QString &fallback = QString()) const;
    int intSetting(const QString &key, int fallback) const;
    std::optional<Person> person(qint64 id) const;
    // Someone involved in a case the user may edit: shown by name in the case's form even where
    // the person list would not show them (a pupil of another school in the same group chat).
    std::optional<Person> involvedPerson(const Incident &incident, qint64 personId) const;
    QStringList groups(qint64 schoolId) const;
    std::optional<Incident> incident(qint64 id) const;
    QList<ProtocolVersion> protocolVersions() const;
    std::optional<ProtocolVersion> protocolVersion(qint64 id) const;
    std::optional<ProtocolVersion> protocolInForceOn(const QDate &date) const;
    QList<MeasureType> ladder(Ladder ladder) const;         // the active rungs
    QList<MeasureType> allRungs(Ladder ladder) const;       // switched-off ones too
    std::optional<MeasureType> rung(qint64 id) const;
    QList<LetterTemplate> letterTemplates(bool withInactive = false) const;
    // Every user's name, whoever asks: the registrar, the handler, the person responsible.
    QList<User> everyUser() const;
    std::optional<Organisation> organisation() const;
    QByteArray attachmentContent(const QByteArray &sha256) const;      // verified against its hash
    qint64 attachmentLimit() const;
    QList<AttachmentInfo> attachmentsOfIncident(qint64 incidentId) const;
    QList<AttachmentInfo> attachmentsOfCorrespondence(qint64 correspondenceId) const;
    QList<IncidentNote> notes(qint64 incidentId) const;
    QList<Incident> relatedIncidents(qint64 incidentId) const;
    // Asked for by id or reference from outside a list: hidden is refused (and recorded).
    Incident requireIncident(qint64 id) const;
    Incident requireIncidentByReference(const QString &reference) const;
    std::optional<Incident> incidentByReference(const QString &reference) const;
    std::optional<Correspondence> correspondence(qint64 id) const;
    QList<Action> actionsOfIncident(qint64 incidentId) const;
    QList<Measure> measuresOfIncident(qint64 incidentId) const;
    std::optional<Measure> measure(qint64 id) const;
    int filedCount(qint64 personId) const;      // records filed on a person
    int incidentsUnderVersion(qint64 versionId) const;
    int incidentsUsingArticle(qint64 articleId) const;
    QList<Objection> objections(qint64 measureId) const;
    std::optional<Action> action(qint64 id) const;
    QList<Incident> incidents(const IncidentFilter &filter, int limit) const;
    int incidentCount(const IncidentFilter &filter) const;
    QList<LegalHold> legalHolds() const;
    QList<DestructionRecord> destructionRecords() const;
    QList<IncidentFacts> facts(const QDate &from, const QDate &to, qint64 schoolId = 0) const;
    // The time as the database records it (UTC, milliseconds).
    static QDateTime now();

private:
    const Session &m_session;
};
