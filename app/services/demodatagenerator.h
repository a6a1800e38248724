#pragma once

#include "../domain/accessscope.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <functional>

class Database;

// Fills a database with fictitious but realistic content across every table. The same seed
// and reference date give the same content; `incidents` scales everything (persons grow more
// slowly than incidents, as they do at a real board over the years).
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Options {
        quint64 seed = 1;
        int incidents = 120;
        QDate today = QDate::currentDate();     // dates are spread over the two years before it
    };

    struct Summary {
        int schools = 0, pupils = 0, staff = 0, parents = 0, incidents = 0, measures = 0, actions = 0,
            correspondence = 0, attachments = 0, users = 0;
    };

    explicit DemoDataGenerator(Database &db);
    // Refuses a database that holds anything but its defaults. `progress` gets (done, total).
    Summary generate(const Options &options, const std::function<void(int, int)> &progress = {});

private:
    Database &m_db;
};
