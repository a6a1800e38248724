#include "changebus.h"
#include "database.h"
#include "demodatagenerator.h"
#include "models/schoollistmodel.h"
#include "models/settingsmodel.h"
#include "models/userlistmodel.h"
#include "schoolrepository.h"
#include "settingsrepository.h"
#include "testdatabase.h"
#include "transaction.h"

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

QTEST_MAIN(TestModels)
#include "tst_models.moc"
