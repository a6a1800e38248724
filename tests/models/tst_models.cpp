#include "actionrepository.h"
#include "changebus.h"
#include "database.h"
#include "demodatagenerator.h"
#include "dossierreader.h"
#include "correspondencerepository.h"
#include "models/correspondencelistmodel.h"
#include "models/deadlinelistmodel.h"
#include "incidentfinder.h"
#include "models/dossiertimelinemodel.h"
#include "models/incidentlistmodel.h"
#include "models/personlistmodel.h"
#include "models/schoollistmodel.h"
#include "personrepository.h"
#include "models/settingsmodel.h"
#include "models/userlistmodel.h"
#include "schoolrepository.h"
#include "settingsrepository.h"
#include "testdatabase.h"
#include "transaction.h"

#include "urgency.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addDriverRows(); }
    void init();
    void cleanup();
    void schoolsModel();
    void usersModel();
    void settingsModelEditsSavesAndReverts();
    void personListPagesSortsAndRefreshes();
    void dossierTimelineFilters();
    void correspondenceListSaysWhenItIsCut();
    void deadlineListHoldsTheSoonestAndCountsAll();
    void incidentListScrollsToTheEndInEveryOrder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestModels::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::create(driver, *m_dir);
    DemoDataGenerator::Options options;
    options.incidents = 10;
    DemoDataGenerator(*m_db).generate(options);
}

void TestModels::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestModels::schoolsModel()
{
    SchoolListModel model(*m_db, AccessScope::system());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    QVERIFY(before >= 1);
    QVERIFY(!model.headerData(SchoolListModel::Brin, Qt::Horizontal).toString().isEmpty());
    // A school added elsewhere appears through the change notifier.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    School school;
    school.name = QStringLiteral("IKC Het Anker");
    {
        Transaction tx(*m_db, AccessScope::system());
        SchoolRepository(*m_db).insert(tx, school);
        tx.commit();
    }
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), before + 1);
    // A director sees only their own school.
    SchoolListModel own(*m_db, AccessScope(5, "d", UserRole::Directeur, { school.id }));
    QAbstractItemModelTester ownTester(&own, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(own.rowCount(), 1);
    QCOMPARE(own.data(own.index(0, SchoolListModel::Name)).toString(), school.name);
}

void TestModels::usersModel()
{
    UserListModel model(*m_db, AccessScope::system());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    bool sawAllSchools = false;
    for (int row = 0; row < model.rowCount(); ++row)
        sawAllSchools = sawAllSchools || model.data(model.index(row, UserListModel::Schools)).toString() == model.tr("All schools");
    QVERIFY(sawAllSchools);
    const User self = model.user(2);
    UserListModel own(*m_db, AccessScope(self.id, self.login, self.role, self.schoolIds));
    QAbstractItemModelTester ownTester(&own, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(own.rowCount(), self.role == UserRole::Beheerder || self.role == UserRole::Bestuur ? 4 : 1);
}

void TestModels::settingsModelEditsSavesAndReverts()
{
    SettingsModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int row = -1;
    int attachmentRow = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.data(model.index(r, 0), Qt::UserRole).toString() == QLatin1String("pupil_suspension_max_school_days"))
            row = r;
        if (model.data(model.index(r, 0), Qt::UserRole).toString() == QLatin1String("attachment_max_bytes"))
            attachmentRow = r;
    }
    QVERIFY(row >= 0 && attachmentRow >= 0);
    const QModelIndex value = model.index(row, SettingsModel::Value);
    QCOMPARE(model.data(value).toInt(), 5);
    QCOMPARE(model.data(model.index(row, SettingsModel::Source)).toString(), QStringLiteral("WPO art. 40c"));
    QVERIFY(model.flags(value) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(row, SettingsModel::Setting)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(value, 0));          // below the range
    QVERIFY(!model.setData(value, QStringLiteral("vijf")));
    QSignalSpy modified(&model, &SettingsModel::modifiedChanged);
    QVERIFY(model.setData(value, 4));
    QVERIFY(model.isModified());
    QCOMPARE(modified.count(), 1);
    model.revert();
    QCOMPARE(model.data(value).toInt(), 5);
    QVERIFY(model.setData(value, 4));
    QVERIFY(model.setData(model.index(attachmentRow, SettingsModel::Value), 20));   // megabytes
    model.save(AccessScope::system());
    QVERIFY(!model.isModified());
    QCOMPARE(SettingsRepository(*m_db).intValue("pupil_suspension_max_school_days", 0), 4);
    QCOMPARE(SettingsRepository(*m_db).value("attachment_max_bytes"), QStringLiteral("20971520"));
}

void TestModels::personListPagesSortsAndRefreshes()
{
    {
        // Enough persons for several pages.
        Transaction tx(*m_db, AccessScope::system());
        for (int i = 0; i < 2 * PersonListModel::PageSize; ++i) {
            Person extra;
            extra.kind = PersonKind::Overig;
            extra.surname = QStringLiteral("Extra %1").arg(i, 3, 10, QLatin1Char('0'));
            PersonRepository(*m_db).insert(tx, extra);
        }
        tx.commit();
    }
    PersonListModel model(*m_db, AccessScope::system());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester would fetch inside its own reset handler, before it counts the reset as
    // finished; the pages are fetched below, as a view does.
    tester.setUseFetchMore(false);
    PersonFilter everyone;
    everyone.status = PersonFilter::Status::All;
    model.setFilter(everyone);
    const int total = PersonRepository(*m_db).count(AccessScope::system(), everyone);
    QVERIFY2(total > 2 * PersonListModel::PageSize, "the demo data should span several pages");
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.rowCount(), int(PersonListModel::PageSize));
    // Pages arrive as the view asks, until every row is there.
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.data(model.index(0, PersonListModel::Name)).toString(), model.person(0).sortName());
    // Sorting happens in SQL and starts again from the first page.
    model.sort(PersonListModel::BirthDate, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), int(PersonListModel::PageSize));
    QVERIFY(model.person(0).birthDate >= model.person(1).birthDate);
    model.sort(PersonListModel::Name, Qt::AscendingOrder);
    // A change elsewhere refreshes the list, keeping the rows that were loaded.
    model.fetchMore(QModelIndex());
    const int loaded = model.rowCount();
    Person fresh;
    fresh.kind = PersonKind::Overig;
    fresh.surname = QStringLiteral("Aaaberg");
    {
        Transaction tx(*m_db, AccessScope::system());
        PersonRepository(*m_db).insert(tx, fresh);
        tx.commit();
    }
    QCOMPARE(model.totalCount(), total + 1);
    QCOMPARE(model.rowCount(), loaded);
    QCOMPARE(model.person(0).id, fresh.id);
    QCOMPARE(model.rowOf(fresh.id), 0);
    // A filter that matches nothing leaves an empty, consistent model.
    PersonFilter none = everyone;
    none.search = QStringLiteral("zzzqqq");
    model.setFilter(none);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void TestModels::dossierTimelineFilters()
{
    // The demo pupil with the fullest dossier.
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    DossierReader::Dossier fullest;
    for (const Person &p : PersonRepository(*m_db).list(AccessScope::system(), pupils, 0, 100000)) {
        const DossierReader::Dossier dossier = DossierReader(*m_db, AccessScope::system()).reload(p.id);
        if (dossier.entries.size() > fullest.entries.size())
            fullest = dossier;
    }
    QVERIFY(fullest.entries.size() >= 3);
    DossierTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(fullest.entries);
    QCOMPARE(model.rowCount(), int(fullest.entries.size()));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.entry(row - 1).date >= model.entry(row).date);
    model.setKinds({ DossierEntry::Kind::Involvement });
    QVERIFY(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.entry(row).kind, DossierEntry::Kind::Involvement);
        QVERIFY(!model.data(model.index(row, DossierTimelineModel::Status)).toString().isEmpty());
    }
    const QList<DossierEntry::Kind> kinds = DossierTimelineModel::allKinds();
    model.setKinds(QSet<DossierEntry::Kind>(kinds.begin(), kinds.end()));
    const QDate newest = fullest.entries.first().date;
    model.setPeriod(newest, newest);
    QVERIFY(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.entry(row).date, newest);
    model.setPeriod(QDate(), newest.addDays(-1));
    QCOMPARE(model.rowCount() + int(std::count_if(fullest.entries.cbegin(), fullest.entries.cend(),
                                                   [&](const DossierEntry &e) { return e.date >= newest; })),
             int(fullest.entries.size()));
}

void TestModels::correspondenceListSaysWhenItIsCut()
{
    // One item more than the list holds: the newest are shown, and the list knows it is cut.
    CorrespondenceListModel model(*m_db, AccessScope::system());
    QAbstractItemModelTester tester(&model);
    QVERIFY(!model.isCut());
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    const qint64 pupil = PersonRepository(*m_db).list(AccessScope::system(), pupils, 0, 1).first().id;
    const int missing = CorrespondenceListModel::Limit + 1 - model.rowCount();
    Transaction tx(*m_db, AccessScope::system());
    qint64 newest = 0;
    for (int n = 0; n < missing; ++n) {
        Correspondence item;
        item.personId = pupil;
        item.direction = Direction::In;
        item.channel = Channel::Email;
        item.sentOn = QDate::currentDate().addDays(1);
        item.subject = QStringLiteral("Bericht %1").arg(n);
        CorrespondenceRepository(*m_db).insert(tx, item);
        newest = item.id;
    }
    tx.commit();
    QCOMPARE(model.rowCount(), CorrespondenceListModel::Limit);
    QVERIFY(model.isCut());
    QCOMPARE(model.item(0).id, newest);
}

void TestModels::deadlineListHoldsTheSoonestAndCountsAll()
{
    // More open terms than the list holds: it holds the soonest, and its counts (total,
    // overdue, this week) are those of every open term, as the uncut list would count them.
    DeadlineListModel model(*m_db, AccessScope::system());
    QAbstractItemModelTester tester(&model);
    QVERIFY(!model.isCut());
    const DeadlineCounts before = model.counts();
    QCOMPARE(before.total, model.rowCount());
    PersonFilter pupils;
    pupils.kind = PersonKind::Leerling;
    const qint64 pupil = PersonRepository(*m_db).list(AccessScope::system(), pupils, 0, 1).first().id;
    const QDate today = QDate::currentDate();
    const int added = DeadlineListModel::Limit + 1 - model.rowCount() + 30;
    {
        Transaction tx(*m_db, AccessScope::system());
        for (int n = 0; n < added; ++n) {
            Action action;
            action.personId = pupil;
            action.kind = ActionKind::Overig;
            action.title = QStringLiteral("Termijn %1").arg(n);
            action.dueOn = today.addDays(n % 20 - 10);      // some overdue, some this week, some later
            ActionRepository(*m_db).insert(tx, action);
        }
        tx.commit();
    }
    QCOMPARE(model.rowCount(), DeadlineListModel::Limit);
    QVERIFY(model.isCut());
    const QList<Action> all = ActionRepository(*m_db).deadlines(AccessScope::system(), DeadlineFilter());
    QCOMPARE(model.counts().total, int(all.size()));
    int overdue = 0;
    int week = 0;
    for (const Action &a : all) {
        overdue += Urgency::of(a.dueOn, today) == Urgency::Overdue;
        week += Urgency::of(a.dueOn, today) == Urgency::ThisWeek;
    }
    QVERIFY(overdue > 0 && week > 0);
    QCOMPARE(model.counts().overdue, overdue);
    QCOMPARE(model.counts().thisWeek, week);
    // The soonest are held, in order.
    QCOMPARE(model.action(0).id, all.first().id);
    QCOMPARE(model.action(DeadlineListModel::Limit - 1).id, all.at(DeadlineListModel::Limit - 1).id);

    // A director's counts go through the access rules (the joined query), and agree with the list.
    const qint64 school = PersonRepository(*m_db).get(AccessScope::system(), pupil)->schoolId;
    const AccessScope director(5, "d", UserRole::Directeur, { school });
    DeadlineListModel own(*m_db, director);
    const QList<Action> seen = ActionRepository(*m_db).deadlines(director, DeadlineFilter());
    QVERIFY(seen.size() > DeadlineListModel::Limit);
    QVERIFY(own.isCut());
    QCOMPARE(own.counts().total, int(seen.size()));
}

void TestModels::incidentListScrollsToTheEndInEveryOrder()
{
    // More than two pages: scrolled to the end, the list holds every incident once, in the
    // order the finder gives in one go.
    QFETCH_GLOBAL(QString, driver);
    QTemporaryDir dir;
    auto db = TestDatabase::create(driver, dir, QStringLiteral("many.sqlite"));
    DemoDataGenerator::Options options;
    options.incidents = 2 * IncidentListModel::PageSize + 50;
    DemoDataGenerator(*db).generate(options);
    // No QAbstractItemModelTester here: its checks call fetchMore themselves, inside a reset.
    IncidentListModel model(*db, AccessScope::system());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int column : { int(IncidentListModel::ReportedAt), int(IncidentListModel::Title), int(IncidentListModel::School) }) {
        model.sort(column, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), int(IncidentListModel::PageSize));
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), options.incidents);
        QCOMPARE(inserted.takeLast().at(2).toInt(), options.incidents - 1);
        const QList<Incident> whole = IncidentFinder(*db).list(AccessScope::system(), model.filter(), options.incidents + 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.incident(row).id, whole.at(row).id);
    }
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
