#include "mailparser.h"

#include <QFile>
#include <QTest>

// E-mail parsing through GMime on fixtures written for these tests: multipart with attachments,
// quoted-printable, base64, encoded words in headers and file names, Latin-1, HTML-only, a
// forwarded mail, and files that are no mail at all.
class TestMailParser : public QObject
{
    Q_OBJECT

private slots:
    void multipartWithAttachments();
    void latin1AndEncodedWords();
    void htmlOnlyBecomesText();
    void forwardedMailStaysAMail();
    void brokenFilesSaySo_data();
    void brokenFilesSaySo();

private:
    static QByteArray fixture(const QString &name);
};

QByteArray TestMailParser::fixture(const QString &name)
{
    QFile file(QStringLiteral(DOSSIERKAST_FIXTURES "/mail/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestMailParser::multipartWithAttachments()
{
    const MailParser::Mail mail = MailParser::parse(fixture(QStringLiteral("ouder-met-bijlage.eml")));
    QVERIFY2(mail.parsed, qPrintable(mail.problem));
    QCOMPARE(mail.subject, QStringLiteral("Bezwaar tegen de schorsing van Emir"));
    QVERIFY2(mail.from.contains(QStringLiteral("Ayşe Öztürk")), qPrintable(mail.from));
    QVERIFY(mail.from.contains(QStringLiteral("ayse.ozturk@mail.example")));
    QVERIFY(mail.to.contains(QStringLiteral("directie@esch.example")));
    QCOMPARE(mail.date, QDateTime(QDate(2026, 11, 16), QTime(8, 15), Qt::UTC));
    // Quoted-printable soft line breaks joined, UTF-8 decoded.
    QVERIFY2(mail.text.contains(QStringLiteral("Hij heeft het bericht niet zelf geplaatst.")), qPrintable(mail.text));
    QVERIFY(mail.text.endsWith(QStringLiteral("Ayşe Öztürk")));
    QCOMPARE(mail.attachments.size(), 2);
    QCOMPARE(mail.attachments.at(0).fileName, QStringLiteral("bezwaar brïef.pdf"));
    QCOMPARE(mail.attachments.at(0).mimeType, QStringLiteral("application/pdf"));
    QVERIFY(mail.attachments.at(0).data.startsWith("%PDF-1.4"));
    QCOMPARE(mail.attachments.at(1).fileName, QStringLiteral("screenshot.png"));
    QCOMPARE(mail.attachments.at(1).data.size(), 1024);
    QCOMPARE(quint8(mail.attachments.at(1).data.at(255)), quint8(255));
}

void TestMailParser::latin1AndEncodedWords()
{
    const MailParser::Mail mail = MailParser::parse(fixture(QStringLiteral("latin1.eml")));
    QVERIFY(mail.parsed);
    QCOMPARE(mail.subject, QStringLiteral("Gesprek over het cafébezoek"));
    QVERIFY(mail.from.contains(QStringLiteral("Jörg Müller")));
    QCOMPARE(mail.text, QStringLiteral("Wij komen graag op gesprek. Groet uit Genève, Jörg."));
    QVERIFY(mail.attachments.isEmpty());
}

void TestMailParser::htmlOnlyBecomesText()
{
    const MailParser::Mail mail = MailParser::parse(fixture(QStringLiteral("alleen-html.eml")));
    QVERIFY(mail.parsed);
    QVERIFY2(mail.text.contains(QStringLiteral("Vandaag is er in de klas gefilmd.")), qPrintable(mail.text));
    QVERIFY(!mail.text.contains(QLatin1Char('<')));
}

void TestMailParser::forwardedMailStaysAMail()
{
    const MailParser::Mail mail = MailParser::parse(fixture(QStringLiteral("doorgestuurd.eml")));
    QVERIFY(mail.parsed);
    QCOMPARE(mail.text, QStringLiteral("Zie de doorgestuurde klacht hieronder."));
    QCOMPARE(mail.attachments.size(), 1);
    QCOMPARE(mail.attachments.first().mimeType, QStringLiteral("message/rfc822"));
    QCOMPARE(mail.attachments.first().fileName, QStringLiteral("Klacht over een filmpje.eml"));
    QVERIFY(mail.attachments.first().data.contains("filmpje van mijn dochter"));
}

void TestMailParser::brokenFilesSaySo_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("binary") << "kapot.eml";
    QTest::newRow("empty") << "leeg.eml";
    QTest::newRow("outlook msg") << "notitie.msg";
}

void TestMailParser::brokenFilesSaySo()
{
    QFETCH(QString, name);
    const MailParser::Mail mail = MailParser::parse(fixture(name));
    QVERIFY(!mail.parsed);
    QVERIFY(!mail.problem.isEmpty());
}

QTEST_GUILESS_MAIN(TestMailParser)
#include "tst_mailparser.moc"
