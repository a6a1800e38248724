// The benchmark: measures the program on the bench data set (see the README) and prints a
// Markdown table; --json FILE writes the figures for comparison between runs. Not part of the
// test run: timings are no pass/fail matter there.
#include "benchcases.h"
#include "benchresults.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <sqlite3.h>
#include <stdexcept>

namespace {

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly))
        for (const QByteArray &line : file.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    return QSysInfo::currentCpuArchitecture();
}

QJsonObject machine(const QString &data, RawSqlite &raw)
{
    return QJsonObject{ { "date", QDateTime::currentDateTime().toString(Qt::ISODate) },
                        { "cpu", cpuModel() },
                        { "cores", QThread::idealThreadCount() },
                        { "system", QSysInfo::prettyProductName() },
                        { "qt", QString::fromLatin1(qVersion()) },
                        { "sqlite", QString::fromLatin1(sqlite3_libversion()) },
                        { "data", data },
                        { "incidents", raw.scalar(QStringLiteral("SELECT count(*) FROM incidents")) },
                        { "persons", raw.scalar(QStringLiteral("SELECT count(*) FROM persons")) },
                        { "correspondence", raw.scalar(QStringLiteral("SELECT count(*) FROM correspondence")) } };
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Dossierkast on the bench data set, made with: "
                                                    "dossierkast --database FILE demo-data --seed 1 --incidents 250000"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("the bench data set (SQLite file); a copy is measured"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("runs per figure (default 5)"), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("also write the figures as JSON"), QStringLiteral("file"));
    const QCommandLineOption common(QStringLiteral("common"), QStringLiteral("a word in many incidents"), QStringLiteral("word"), QStringLiteral("groepsapp"));
    const QCommandLineOption rare(QStringLiteral("rare"), QStringLiteral("a word in few rows (default: one staff number)"), QStringLiteral("word"), QStringLiteral("P10042"));
    const QCommandLineOption executable(QStringLiteral("dossierkast"), QStringLiteral("the program, for the start-up figure"),
                                        QStringLiteral("file"), QStringLiteral(DOSSIERKAST_EXECUTABLE));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("measure only these steps (comma-separated: open, list, lists, "
                                                                      "scroll, search, dossier, pdf, import, attachment, start, memory)"),
                                  QStringLiteral("steps"));
    parser.addOptions({ repeat, json, common, rare, executable, only });
    parser.process(app);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1 || !QFile::exists(parser.positionalArguments().first())) {
        err << "Give the bench data set: dossierkast_bench FILE (see --help)." << Qt::endl;
        return 2;
    }
    const QString data = parser.positionalArguments().first();

    // The import and the attachment write into the database: they get a copy.
    QTemporaryDir work(QFileInfo(data).absolutePath() + QStringLiteral("/dossierkast-bench-XXXXXX"));
    const QString copy = work.filePath(QStringLiteral("bench.sqlite"));
    err << "Copying " << data << " …" << Qt::endl;
    if (!QFile::copy(data, copy)) {
        err << "Cannot copy " << data << " to " << copy << Qt::endl;
        return 1;
    }
    BenchResults results;
    QJsonObject about;
    bool failed = false;
    try {
        RawSqlite raw(copy);
        about = machine(data, raw);
        BenchCases::Options options;
        options.database = copy;
        options.executable = parser.value(executable);
        options.commonWord = parser.value(common);
        options.rareWord = parser.value(rare);
        options.repeats = std::max(1, parser.value(repeat).toInt());
        BenchCases cases(options, results);
        const QList<std::pair<const char *, void (BenchCases::*)()>> steps{
            { "open", &BenchCases::openDatabase }, { "list", &BenchCases::incidentList },
            { "lists", &BenchCases::otherLists },
            { "scroll", &BenchCases::scrollToEnd }, { "search", &BenchCases::search },
            { "dossier", &BenchCases::dossierTimeline }, { "pdf", &BenchCases::caseSummaryPdf },
            { "import", &BenchCases::pupilImport }, { "attachment", &BenchCases::attachment },
            { "start", &BenchCases::startUp }, { "memory", &BenchCases::peakMemory } };
        const QStringList chosen = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const auto &[name, step] : steps) {
            if (!chosen.isEmpty() && !chosen.contains(QLatin1String(name)))
                continue;
            err << "Measuring " << name << " …";
            QElapsedTimer timer;
            timer.start();
            try {
                (cases.*step)();
                err << " " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
            } catch (const std::exception &e) {
                // The other figures still count; this one is missing from the table.
                err << " failed: " << e.what() << Qt::endl;
                failed = true;
            }
        }
    } catch (const std::exception &e) {
        err << "The benchmark stopped: " << e.what() << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << "Dossierkast benchmark, " << about.value("date").toString() << ", " << about.value("cpu").toString() << " ("
        << about.value("cores").toInt() << " cores), " << about.value("system").toString() << ", Qt "
        << about.value("qt").toString() << ", SQLite " << about.value("sqlite").toString() << "\n"
        << about.value("incidents").toInteger() << " incidents, " << about.value("persons").toInteger() << " persons, "
        << about.value("correspondence").toInteger() << " correspondence items\n\n"
        << results.table() << Qt::endl;
    if (parser.isSet(json)) {
        QFile file(parser.value(json));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(results.json(about)).toJson()) < 0) {
            err << "Cannot write " << parser.value(json) << Qt::endl;
            return 1;
        }
    }
    return failed ? 1 : results.allMet() ? 0 : 3;
}
