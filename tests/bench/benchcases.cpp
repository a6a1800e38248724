#include "benchcases.h"

#include "attachmentstore.h"
#include "casesummary.h"
#include "csvtable.h"
#include "database.h"
#include "dossierreader.h"
#include "correspondencelistmodel.h"
#include "deadlinelistmodel.h"
#include "incidentlistmodel.h"
#include "personlistmodel.h"
#include "personimport.h"
#include "searchindex.h"
#include "sqlvalues.h"
#include "summarydocument.h"
#include "transaction.h"
#include "userrepository.h"
#include "processmemory.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <sqlite3.h>
#include <stdexcept>

namespace {

double millisecondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

BenchCases::BenchCases(const Options &options, BenchResults &results) : m_options(options), m_results(results)
{
    m_db = Database::openExisting(m_options.database);
    m_raw = std::make_unique<RawSqlite>(m_options.database);
    const User board = *UserRepository(*m_db).findByLogin(QStringLiteral("bestuur"));
    m_scope = AccessScope(board.id, board.login, board.role, board.schoolIds);
}

BenchCases::~BenchCases()
{
    SqlValues::setRecorder({});
}

std::pair<double, double> BenchCases::timed(const std::function<void()> &work)
{
    QList<RecordedStatement> statements;
    SqlValues::setRecorder([&statements](const QString &sql, const QVariantList &values) {
        statements.append({ sql, values });
    });
    QElapsedTimer timer;
    timer.start();
    work();
    const double ours = millisecondsSince(timer);
    SqlValues::setRecorder({});
    return { ours, m_raw->replay(statements) };
}

void BenchCases::openDatabase()
{
    BenchFigure &figure = m_results.add("open", "Open and check the schema", 0);
    BenchResults::repeat(figure, m_options.repeats, [this]() {
        std::unique_ptr<Database> db;
        QElapsedTimer timer;
        timer.start();
        db = Database::openExisting(m_options.database);
        const double ours = millisecondsSince(timer);
        db.reset();
        // SQLite alone: open the file and read the schema version.
        timer.restart();
        RawSqlite raw(m_options.database);
        raw.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations"));
        return std::make_pair(ours, millisecondsSince(timer));
    });
}

void BenchCases::incidentList()
{
    std::unique_ptr<IncidentListModel> model;
    BenchFigure &first = m_results.add("incidents_first_page", "Incident list, first page (newest first)", 50);
    BenchResults::repeat(first, m_options.repeats, [this, &model]() {
        model.reset();
        return timed([this, &model]() { model = std::make_unique<IncidentListModel>(*m_db, m_scope); });
    });
    first.detail = QStringLiteral("%1 of %2 incidents").arg(model->rowCount()).arg(model->totalCount());

    IncidentFilter filter;
    filter.schoolId = m_raw->scalar(QStringLiteral("SELECT school_id FROM incidents GROUP BY school_id ORDER BY count(*) DESC LIMIT 1"));
    filter.from = QDate::currentDate().addYears(-1);
    filter.to = QDate::currentDate();
    BenchFigure &school = m_results.add("incidents_school_period", "Incident list, one school and the last year", 50);
    BenchResults::repeat(school, m_options.repeats, [this, &model, &filter]() {
        model->setFilter(IncidentFilter());
        return timed([&model, &filter]() { model->setFilter(filter); });
    });
    school.detail = QStringLiteral("%1 incidents match").arg(model->totalCount());

    IncidentFilter words;
    words.search = m_options.commonWord;
    BenchFigure &searched = m_results.add("incidents_search", QStringLiteral("Incident list, searched for \"%1\"").arg(words.search), 50);
    BenchResults::repeat(searched, m_options.repeats, [this, &model, &words]() {
        model->setFilter(IncidentFilter());
        return timed([&model, &words]() { model->setFilter(words); });
    });
    searched.detail = QStringLiteral("%1 incidents match").arg(model->totalCount());
}

void BenchCases::otherLists()
{
    // The other lists of the window, as they open: persons a page at a time, the open
    // terms and the newest correspondence up to their limits.
    const auto measure = [this](const char *key, const QString &label, const std::function<int()> &open) {
        BenchFigure &figure = m_results.add(key, label, 50);
        int rows = 0;
        BenchResults::repeat(figure, m_options.repeats, [this, &open, &rows]() { return timed([&open, &rows]() { rows = open(); }); });
        figure.detail = QStringLiteral("%1 rows").arg(rows);
    };
    measure("persons_first_page", QStringLiteral("Person list, first page"),
            [this]() { return PersonListModel(*m_db, m_scope).rowCount(); });
    measure("deadlines", QStringLiteral("Deadline list (the soonest open terms, all counted)"),
            [this]() { return DeadlineListModel(*m_db, m_scope).rowCount(); });
    measure("correspondence", QStringLiteral("Correspondence list (newest items)"),
            [this]() { return CorrespondenceListModel(*m_db, m_scope).rowCount(); });
}

void BenchCases::scrollToEnd()
{
    BenchFigure &figure = m_results.add("incidents_scroll", "Incident list, scrolled to the end", 0);
    BenchFigure &memory = m_results.add("scroll_memory", "Peak memory while scrolling", 200, QStringLiteral("MB"));
    int rows = 0;
    BenchResults::repeat(figure, std::min(3, m_options.repeats), [this, &rows, &memory]() {
        ProcessMemory::resetPeak();
        const auto result = timed([this, &rows]() {
            IncidentListModel model(*m_db, m_scope);
            while (model.canFetchMore(QModelIndex()))
                model.fetchMore(QModelIndex());
            rows = model.rowCount();
        });
        memory.runs.append(ProcessMemory::peakMegabytes());
        return result;
    });
    figure.detail = QStringLiteral("%1 rows in pages of %2").arg(rows).arg(IncidentListModel::PageSize);
    memory.detail = ProcessMemory::canResetPeak() ? QStringLiteral("whole process, peak reset before each scroll")
                                                  : QStringLiteral("whole process since it started");
}

void BenchCases::search()
{
    const QList<std::pair<QString, QString>> words{ { "search_common", m_options.commonWord }, { "search_rare", m_options.rareWord } };
    for (const auto &[key, word] : words) {
        BenchFigure &figure = m_results.add(key, QStringLiteral("Search for \"%1\"").arg(word), 30);
        int hits = 0;
        BenchResults::repeat(figure, m_options.repeats, [this, &word = word, &hits]() {
            return timed([this, &word, &hits]() { hits = int(SearchIndex(*m_db).search(m_scope, word).size()); });
        });
        figure.detail = QStringLiteral("%1 hits shown").arg(hits);
    }
}

void BenchCases::dossierTimeline()
{
    // The person with the most items in their dossier.
    const qint64 person = m_raw->scalar(QStringLiteral(
        "SELECT person_id FROM involvements GROUP BY person_id ORDER BY count(*) DESC LIMIT 1"));
    BenchFigure &figure = m_results.add("dossier_timeline", "Dossier timeline of one person", 50);
    int items = 0;
    BenchResults::repeat(figure, m_options.repeats, [this, person, &items]() {
        return timed([this, person, &items]() { items = int(DossierReader(*m_db, m_scope).open(person).entries.size()); });
    });
    figure.detail = QStringLiteral("%1 items").arg(items);
}

void BenchCases::caseSummaryPdf()
{
    // The case with the longest history.
    const qint64 incident = m_raw->scalar(QStringLiteral(
        "SELECT incident_id FROM correspondence WHERE incident_id IS NOT NULL GROUP BY incident_id ORDER BY count(*) DESC LIMIT 1"));
    const qint64 items = m_raw->scalar(QStringLiteral(
        "SELECT (SELECT count(*) FROM incident_notes WHERE incident_id = %1) + (SELECT count(*) FROM correspondence "
        "WHERE incident_id = %1) + (SELECT count(*) FROM measures WHERE incident_id = %1) + (SELECT count(*) FROM actions "
        "WHERE incident_id = %1) + (SELECT count(*) FROM attachments WHERE incident_id = %1) + 2").arg(incident));
    BenchFigure &figure = m_results.add("case_pdf", "Case summary as PDF", 1000);
    QByteArray pdf;
    BenchResults::repeat(figure, m_options.repeats, [this, incident, &pdf]() {
        return timed([this, incident, &pdf]() {
            const CaseSummary summary(*m_db, m_scope);
            pdf = SummaryDocument(summary.html(incident), QStringLiteral("benchmark"), SqlValues::now(), summary.logo()).pdf();
        });
    });
    figure.detail = QStringLiteral("%1 chronology items, %2 pages").arg(items).arg(pdf.count("/Type /Page") - pdf.count("/Type /Pages"));
}

void BenchCases::pupilImport()
{
    constexpr int Rows = 10000;
    const qint64 school = m_raw->scalar(QStringLiteral("SELECT min(id) FROM schools"));
    BenchFigure &figure = m_results.add("pupil_import", "Import of a pupil export (plan and write)", 2000);
    int run = 0;
    BenchResults::repeat(figure, std::min(3, m_options.repeats), [this, school, &run]() {
        ++run;
        QByteArray csv = "Leerlingnummer;Achternaam;Voorvoegsel;Roepnaam;Voornamen;Geboortedatum;Groep;Verzorger 1 naam;Verzorger 1 e-mail\n";
        for (int i = 0; i < Rows; ++i)
            csv += QStringLiteral("B%1-%2;Jansen%1x%2;van;Sem;Sem Daan;%3-03-2016;Groep %4A;Els van Jansen;els%1-%2@mail.example\n")
                       .arg(run).arg(i).arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(1 + i % 8).toUtf8();
        QElapsedTimer timer;
        timer.start();
        const CsvTable table = CsvTable::parse(csv);
        PersonImport::Options options;
        options.schoolId = school;
        PersonImport import(*m_db, m_scope);
        const PersonImport::Plan plan = import.plan(table, PersonImport::propose(table.header()), options);
        if (plan.count(PersonImport::Result::New) != Rows)
            throw std::runtime_error("the import plan does not add every pupil");
        import.apply(plan);
        const double ours = millisecondsSince(timer);

        // SQLite alone: the pupils and their parents inserted with one prepared statement.
        timer.restart();
        m_raw->exec(QStringLiteral("BEGIN IMMEDIATE"));
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(m_raw->handle(), "INSERT INTO persons (kind, surname, tussenvoegsel, roepnaam, given_names, birth_date, "
                                            "school_id, group_name, external_id, email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &insert, nullptr);
        for (int i = 0; i < Rows * 2; ++i) {
            const bool pupil = i % 2 == 0;
            RawSqlite::bind(insert, { pupil ? "leerling" : "ouder", "Jansen", "van", pupil ? "Sem" : "Els",
                                      pupil ? "Sem Daan" : QVariant(), "2016-03-01", school, pupil ? "Groep 1A" : QVariant(),
                                      pupil ? QVariant(QStringLiteral("R%1-%2").arg(run).arg(i)) : QVariant(),
                                      pupil ? QVariant() : QVariant(QStringLiteral("els%1@mail.example").arg(i)),
                                      "2026-01-01T00:00:00.000Z" });
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        m_raw->exec(QStringLiteral("COMMIT"));
        return std::make_pair(ours, millisecondsSince(timer));
    });
    figure.detail = QStringLiteral("%1 pupils with a parent each").arg(Rows);
}

void BenchCases::attachment()
{
    constexpr qint64 Size = 100 * 1000 * 1000;
    const double megabytes = double(Size) / 1e6;
    BenchFigure &in = m_results.add("attachment_store", "Store a 100 MB attachment", 200, QStringLiteral("MB/s"));
    BenchFigure &out = m_results.add("attachment_read", "Read a 100 MB attachment back", 200, QStringLiteral("MB/s"));
    in.higherIsBetter = out.higherIsBetter = true;
    QRandomGenerator random(20261124);
    for (int run = 0; run < std::min(3, m_options.repeats); ++run) {
        QByteArray data(Size, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(data.data()), Size / 4);
        QElapsedTimer timer;
        timer.start();
        Transaction tx(*m_db, m_scope);
        const QByteArray sha256 = AttachmentStore(*m_db).storeBytes(tx, data);
        tx.commit();
        in.runs.append(megabytes / (millisecondsSince(timer) / 1000));
        timer.restart();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        AttachmentStore(*m_db).readTo(sha256, buffer);
        out.runs.append(megabytes / (millisecondsSince(timer) / 1000));
        if (buffer.data() != data)
            throw std::runtime_error("the attachment read back differs from what was stored");

        // SQLite alone: the same chunks in, and out again.
        const qint64 chunk = AttachmentStore::ChunkSize;
        timer.restart();
        m_raw->exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_raw->exec(QStringLiteral("INSERT INTO attachment_content (sha256, size, chunk_size, created_at) "
                                   "VALUES ('%1', %2, %3, '2026-01-01T00:00:00.000Z')").arg(run, 64, 10, QLatin1Char('0')).arg(Size).arg(chunk));
        const qint64 content = sqlite3_last_insert_rowid(m_raw->handle());
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(m_raw->handle(), "INSERT INTO attachment_chunks (content_id, chunk_no, data) VALUES (?, ?, ?)", -1, &insert, nullptr);
        for (qint64 at = 0, no = 0; at < Size; at += chunk, ++no) {
            sqlite3_bind_int64(insert, 1, content);
            sqlite3_bind_int64(insert, 2, no);
            sqlite3_bind_blob64(insert, 3, data.constData() + at, sqlite3_uint64(std::min(chunk, Size - at)), SQLITE_STATIC);
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        m_raw->exec(QStringLiteral("COMMIT"));
        in.rawRuns.append(megabytes / (millisecondsSince(timer) / 1000));
        timer.restart();
        sqlite3_stmt *select = nullptr;
        sqlite3_prepare_v2(m_raw->handle(), "SELECT data FROM attachment_chunks WHERE content_id = ? ORDER BY chunk_no", -1, &select, nullptr);
        sqlite3_bind_int64(select, 1, content);
        QByteArray back;
        back.reserve(Size);
        while (sqlite3_step(select) == SQLITE_ROW)
            back.append(static_cast<const char *>(sqlite3_column_blob(select, 0)), sqlite3_column_bytes(select, 0));
        sqlite3_finalize(select);
        out.rawRuns.append(megabytes / (millisecondsSince(timer) / 1000));
    }
    in.detail = QStringLiteral("random bytes, SHA-256 checked, committed to disk");
    out.detail = QStringLiteral("compared with what was stored");
}

void BenchCases::startUp()
{
    // The same program on a nearly empty database (one demo case) is the yardstick.
    QTemporaryDir home;
    const QString empty = home.filePath(QStringLiteral("empty.sqlite"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());     // owner-only, as Qt wants it
    environment.insert(QStringLiteral("DOSSIERKAST_PASSWORD"), QStringLiteral("demo"));
    const auto start = [this, &environment](const QStringList &arguments, int timeout = 120000) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        process.start(m_options.executable, arguments);
        if (!process.waitForFinished(timeout) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            throw std::runtime_error("dossierkast " + arguments.join(QLatin1Char(' ')).toStdString() + " failed");
        return millisecondsSince(timer);
    };
    start({ QStringLiteral("--database"), empty, QStringLiteral("demo-data"), QStringLiteral("--incidents"), QStringLiteral("1") });
    const QStringList login{ QStringLiteral("--user"), QStringLiteral("bestuur"), QStringLiteral("--exit-when-ready") };
    // One untimed start of each first: it makes the day's backup (in the background, but the
    // program waits for it before it exits) and fills the disk cache.
    start(QStringList{ QStringLiteral("--database"), m_options.database } + login, 1800000);
    start(QStringList{ QStringLiteral("--database"), empty } + login);
    BenchFigure &figure = m_results.add("start", "Start with --exit-when-ready, against an empty database", 1.5);
    figure.targetIsRatio = true;
    BenchResults::repeat(figure, m_options.repeats, [&start, &empty, &login, this]() {
        const double ours = start(QStringList{ QStringLiteral("--database"), m_options.database } + login);
        return std::make_pair(ours, start(QStringList{ QStringLiteral("--database"), empty } + login));
    });
    figure.detail = QStringLiteral("logged in as the board's office; \"SQLite alone\" is the empty database");
}

void BenchCases::peakMemory()
{
    BenchFigure &figure = m_results.add("peak_memory", "Peak resident memory of the whole benchmark", 0, QStringLiteral("MB"));
    figure.runs.append(ProcessMemory::lifetimePeakMegabytes());
    figure.detail = QStringLiteral("includes the 100 MB attachment held twice");
}
