#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

// One record of the audit log as the viewer in Beheer shows it.
struct AuditRecord
{
    qint64 seq = 0;
    QDateTime at;
    qint64 userId = 0;
    QString login;
    QString action;         // insert, update, delete, or an event: login, view, print, denied …
    QString entity;         // table name
    qint64 entityId = 0;
    QByteArray beforeJson;  // canonical row content; empty when none or erased
    QByteArray afterJson;
    QString detail;
    bool erased = false;    // content removed at the end of a retention term
};

// What the audit viewer asks for; empty fields do not filter.
struct AuditFilter
{
    enum class Sort { Moment, User, Action, Entity };

    QString login;
    QString entity;
    QString action;
    qint64 entityId = 0;
    QDate from;             // local days, both included
    QDate to;
    Sort sort = Sort::Moment;
    bool descending = true;
};
