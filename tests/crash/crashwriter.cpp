// Writes records into a database in a loop and prints the id of each one after its transaction
// committed, until it is killed. tst_crashsafety kills it at random moments.
#include "accessscope.h"
#include "attachmentstore.h"
#include "database.h"
#include "personrepository.h"
#include "storageerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: dossierkast_crashwriter DATABASE\n");
        return 2;
    }
    auto db = Database::openExisting(QString::fromLocal8Bit(argv[1]));
    QTextStream out(stdout);
    for (int round = 0;; ++round) {
        try {
            Transaction tx(*db, AccessScope::system());
            Person p;
            p.kind = PersonKind::Overig;
            p.givenNames = QStringLiteral("Crash");
            p.surname = QStringLiteral("Proef %1").arg(round);
            p.notes = QString(QRandomGenerator::global()->bounded(10, 4000), QLatin1Char('x'));
            PersonRepository(*db).insert(tx, p);
            if (round % 5 == 0) {
                // Now and then a document with content of its own, so chunks are written too.
                AttachmentInfo info;
                info.personId = p.id;
                info.fileName = QStringLiteral("stuk-%1.bin").arg(round);
                info.mimeType = QStringLiteral("application/octet-stream");
                QByteArray data(QRandomGenerator::global()->bounded(1000, 40000), Qt::Uninitialized);
                for (char &c : data)
                    c = char(QRandomGenerator::global()->bounded(256));
                AttachmentStore(*db).attachBytes(tx, info, data);
            }
            tx.commit();
            out << p.id << Qt::endl;       // only after the commit returned
        } catch (const StorageError &error) {
            std::fprintf(stderr, "%s\n", error.what());
            return 1;
        }
    }
}
