#include "compressedrtf.h"
#include "mailparser.h"
#include "msgfile.h"
#include "msgparser.h"
#include "rtftext.h"
#include "tnefreader.h"
#include "tneffile.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

// Outlook's own formats, made in the test from known values: .msg files (OLE compound files
// written by libgsf) with Unicode and 8-bit strings, recipients, attachments and an embedded
// message; the compressed RTF body; winmail.dat (TNEF) inside an .eml. Damaged and random files
// are filed or refused with a message, and never take the process down.
class TestOutlookMail : public QObject
{
    Q_OBJECT

private slots:
    void unicodeMessage();
    void eightBitCodePage();
    void attachmentsAndEmbeddedMessage();
    void htmlAndRtfBodies();
    void mailsAttachedAcrossFormats();
    void compressedRtfRoundTrip();
    void damagedMessages();
    void randomAndFlippedBytes();
    void winmailDatIsUnpacked();
    void damagedWinmailDatIsKept_data();
    void damagedWinmailDatIsKept();

private:
    static MsgFile message();
    static QByteArray emlWith(const QByteArray &winmail);
};

namespace {

QDateTime sentAt()
{
    return QDateTime(QDate(2026, 10, 12), QTime(9, 30), Qt::UTC);
}

MsgFile recipient(const QString &name, const QString &address, int type)
{
    MsgFile r(MsgFile::Kind::Other);
    r.unicode(0x3001, name).unicode(0x3002, QStringLiteral("SMTP")).unicode(0x3003, address).integer(0x0C15, type);
    return r;
}

} // namespace

MsgFile TestOutlookMail::message()
{
    MsgFile msg;
    msg.unicode(0x0037, QStringLiteral("Klacht over een filmpje — ‘privé’ 😟"))
        .unicode(0x0C1A, QStringLiteral("Ayşe Öztürk"))
        .unicode(0x0C1E, QStringLiteral("EX"))
        .unicode(0x0C1F, QStringLiteral("/O=SCHOOL/OU=EXCHANGE/CN=RECIPIENTS/CN=AYSE"))
        .unicode(0x5D01, QStringLiteral("ayse.ozturk@mail.example"))
        .unicode(0x1000, QStringLiteral("Beste directie,\r\n\r\nHet filmpje staat nog online.\r\n"))
        .time(0x0039, sentAt())
        .time(0x0E06, sentAt().addSecs(120))
        .recipient(recipient(QStringLiteral("Directie Esch"), QStringLiteral("directie@esch.example"), 1))
        .recipient(recipient(QStringLiteral("Mentor"), QStringLiteral("mentor@esch.example"), 2));
    return msg;
}

void TestOutlookMail::unicodeMessage()
{
    const QByteArray bytes = message().bytes();
    QVERIFY(MailParser::isOutlookMessage(bytes));
    const MailParser::Mail mail = MailParser::parseFile(bytes);
    QVERIFY2(mail.parsed, qPrintable(mail.problem));
    QCOMPARE(mail.subject, QStringLiteral("Klacht over een filmpje — ‘privé’ 😟"));
    QCOMPARE(mail.from, QStringLiteral("Ayşe Öztürk <ayse.ozturk@mail.example>"));   // not the Exchange address
    QCOMPARE(mail.to, QStringLiteral("Directie Esch <directie@esch.example>"));      // Cc left out
    QCOMPARE(mail.date, sentAt());
    QCOMPARE(mail.text, QStringLiteral("Beste directie,\r\n\r\nHet filmpje staat nog online."));
    QVERIFY(mail.attachments.isEmpty());

    // Without a sent time the received time counts; without a sender, the transport headers.
    MsgFile received;
    received.unicode(0x0037, QStringLiteral("Ontvangen"))
        .time(0x0E06, sentAt())
        .unicode(0x007D, QStringLiteral("Received: by mx\r\nFrom: \"Jan de Vries\"\r\n <jan@mail.example>\r\nSubject: x\r\n"));
    const MailParser::Mail other = MsgParser::parse(received.bytes());
    QVERIFY(other.parsed);
    QCOMPARE(other.date, sentAt());
    QCOMPARE(other.from, QStringLiteral("\"Jan de Vries\" <jan@mail.example>"));
}

void TestOutlookMail::eightBitCodePage()
{
    MsgFile cyrillic;
    cyrillic.integer(0x3FFD, 1251)
        .string8(0x0037, QStringLiteral("Жалоба родителей"), "CP1251")
        .string8(0x0C1A, QStringLiteral("Ольга Петрова"), "CP1251")
        .string8(0x0C1E, QStringLiteral("SMTP"), "CP1251")
        .string8(0x0C1F, QStringLiteral("olga@mail.example"), "CP1251")
        .string8(0x1000, QStringLiteral("Добрый день"), "CP1251");
    const MailParser::Mail mail = MsgParser::parse(cyrillic.bytes());
    QVERIFY2(mail.parsed, qPrintable(mail.problem));
    QCOMPARE(mail.subject, QStringLiteral("Жалоба родителей"));
    QCOMPARE(mail.from, QStringLiteral("Ольга Петрова <olga@mail.example>"));
    QCOMPARE(mail.text, QStringLiteral("Добрый день"));

    // No code page stated: Windows-1252, as Outlook in a Dutch office writes it.
    MsgFile western;
    western.string8(0x0037, QStringLiteral("Verslag – één gesprek €"), "CP1252");
    QCOMPARE(MsgParser::parse(western.bytes()).subject, QStringLiteral("Verslag – één gesprek €"));
}

void TestOutlookMail::attachmentsAndEmbeddedMessage()
{
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n") + QByteArray(5000, 'x');
    MsgFile file(MsgFile::Kind::Other);
    file.integer(0x3705, 1)
        .unicode(0x3707, QStringLiteral("verslag één.pdf"))
        .unicode(0x3704, QStringLiteral("VERSLA~1.PDF"))
        .unicode(0x370E, QStringLiteral("application/pdf"))
        .binary(0x3701, pdf);
    MsgFile shortName(MsgFile::Kind::Other);
    shortName.integer(0x3705, 1).string8(0x3704, QStringLiteral("FOTO.JPG"), "CP1252").binary(0x3701, QByteArray("\xFF\xD8\xFF", 3));

    MsgFile innerFile(MsgFile::Kind::Other);
    innerFile.integer(0x3705, 1).unicode(0x3707, QStringLiteral("schermafbeelding.png")).binary(0x3701, QByteArray("\x89PNG", 4));
    MsgFile inner(MsgFile::Kind::Embedded);
    inner.unicode(0x0037, QStringLiteral("Doorgestuurd: het bericht op Instagram"))
        .unicode(0x0C1A, QStringLiteral("Leerling"))
        .unicode(0x5D01, QStringLiteral("leerling@mail.example"))
        .unicode(0x1000, QStringLiteral("Zie het bericht."))
        .time(0x0039, sentAt().addDays(-2))
        .attachment(innerFile);
    MsgFile holder(MsgFile::Kind::Other);
    holder.integer(0x3705, 5).unicode(0x3001, QStringLiteral("Doorgestuurd")).embedded(inner);

    MsgFile msg = message();
    msg.attachment(file).attachment(shortName).attachment(holder);
    const MailParser::Mail mail = MsgParser::parse(msg.bytes());
    QVERIFY2(mail.parsed, qPrintable(mail.problem));
    QCOMPARE(mail.attachments.size(), 3);
    QCOMPARE(mail.attachments.at(0).fileName, QStringLiteral("verslag één.pdf"));
    QCOMPARE(mail.attachments.at(0).mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(mail.attachments.at(0).data, pdf);
    QVERIFY(mail.attachments.at(0).damage.isEmpty());
    QCOMPARE(mail.attachments.at(1).fileName, QStringLiteral("FOTO.JPG"));
    QCOMPARE(mail.attachments.at(1).data.size(), 3);

    const MailParser::Part &embedded = mail.attachments.at(2);
    QVERIFY(embedded.message);
    QCOMPARE(embedded.message->subject, QStringLiteral("Doorgestuurd: het bericht op Instagram"));
    QCOMPARE(embedded.message->from, QStringLiteral("Leerling <leerling@mail.example>"));
    QCOMPARE(embedded.message->date, sentAt().addDays(-2));
    QCOMPARE(embedded.message->attachments.size(), 1);
    QCOMPARE(embedded.message->attachments.first().fileName, QStringLiteral("schermafbeelding.png"));
    QCOMPARE(embedded.fileName, QStringLiteral("Doorgestuurd: het bericht op Instagram.msg"));
    // The attached mail's own .msg file reads as the same mail.
    const MailParser::Mail again = MailParser::parseFile(embedded.data);
    QVERIFY2(again.parsed, qPrintable(again.problem));
    QCOMPARE(again.subject, embedded.message->subject);
    QCOMPARE(again.text, QStringLiteral("Zie het bericht."));
    QCOMPARE(again.attachments.size(), 1);
    QCOMPARE(again.attachments.first().data, QByteArray("\x89PNG", 4));
}

void TestOutlookMail::htmlAndRtfBodies()
{
    MsgFile html;
    html.unicode(0x0037, QStringLiteral("HTML")).integer(0x3FDE, 28591)
        .binary(0x1013, QByteArrayLiteral("<html><body><p>Goede<b>morgen</b> \xE9\xE9n</p><p>Tweede</p></body></html>"));
    QCOMPARE(MsgParser::parse(html.bytes()).text, QStringLiteral("Goedemorgen één\nTweede"));

    const QByteArray rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}{\\colortbl;\\red0\\green0\\blue0;}"
                           "{\\*\\generator Riched20;}\\pard Het gesprek \\'e9\\'e9n keer\\par "
                           "Tweede regel \\u8364?\\tab einde}";
    MsgFile rich;
    rich.unicode(0x0037, QStringLiteral("RTF")).binary(0x1009, MsgFile::compressRtf(rtf));
    QCOMPARE(MsgParser::parse(rich.bytes()).text, QStringLiteral("Het gesprek één keer\nTweede regel €\teinde"));

    const QByteArray fromHtml = "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}"
                                "{\\*\\htmltag19 <html>}{\\*\\htmltag34 <body>}\\htmlrtf {\\htmlrtf0 "
                                "{\\*\\htmltag64 <p>}Beste ouder,\\htmlrtf\\par\\htmlrtf0{\\*\\htmltag72 </p>}"
                                "{\\*\\htmltag64 <p>}Met groet{\\*\\htmltag72 </p>}}{\\*\\htmltag42 </body>}}";
    QCOMPARE(RtfText::toPlainText(fromHtml), QStringLiteral("Beste ouder,\nMet groet"));
}

void TestOutlookMail::mailsAttachedAcrossFormats()
{
    // An .eml attached as a file to an Outlook message is read as a mail of its own.
    const QByteArray eml = "From: Jan <jan@mail.example>\r\nSubject: Oorspronkelijke klacht\r\n\r\nDe tekst.\r\n";
    MsgFile file(MsgFile::Kind::Other);
    file.integer(0x3705, 1).unicode(0x3707, QStringLiteral("klacht.eml")).binary(0x3701, eml);
    MsgFile msg = message();
    msg.attachment(file);
    const MailParser::Mail outlook = MsgParser::parse(msg.bytes());
    QCOMPARE(outlook.attachments.size(), 1);
    QVERIFY(outlook.attachments.first().message);
    QCOMPARE(outlook.attachments.first().message->subject, QStringLiteral("Oorspronkelijke klacht"));
    QCOMPARE(outlook.attachments.first().data, eml);

    // And an Outlook message attached to an .eml.
    const QByteArray attached = message().bytes();
    const QByteArray outer = QByteArrayLiteral("From: school@esch.example\r\nSubject: Doorgestuurd\r\nMIME-Version: 1.0\r\n"
                                               "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                                               "Content-Type: text/plain\r\n\r\nZie bijlage.\r\n--b\r\n"
                                               "Content-Type: application/vnd.ms-outlook; name=\"klacht.msg\"\r\n"
                                               "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"klacht.msg\"\r\n\r\n")
                             + attached.toBase64() + "\r\n--b--\r\n";
    const MailParser::Mail mail = MailParser::parse(outer);
    QCOMPARE(mail.attachments.size(), 1);
    QVERIFY(mail.attachments.first().message);
    QCOMPARE(mail.attachments.first().message->subject, QStringLiteral("Klacht over een filmpje — ‘privé’ 😟"));
    QCOMPARE(mail.attachments.first().data, attached);
}

void TestOutlookMail::compressedRtfRoundTrip()
{
    QCOMPARE(CompressedRtf::initialDictionary().size(), 207);
    const QByteArray rtf = "{\\rtf1\\ansi Een tekst die lang genoeg is om meer dan acht tekens te hebben.}";
    QCOMPARE(CompressedRtf::decompress(MsgFile::compressRtf(rtf)).value_or(QByteArray()), rtf);
    // The example of [MS-OXRTFCP] 3.1.1: a reference into the initial dictionary.
    const QByteArray example = QByteArray::fromHex("2d0000002b0000004c5a4675f1c5c7a703000a007263706731323542320af32068656c090020627705b06c647d0a800fa0");
    QCOMPARE(CompressedRtf::decompress(example).value_or(QByteArray()),
             QByteArray("{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"));
    QString problem;
    QVERIFY(!CompressedRtf::decompress(example.left(30), &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(!CompressedRtf::decompress(QByteArray(16, '\xFF'), &problem));
    QByteArray huge = example;
    qToLittleEndian<quint32>(0xFFFFFFF0, huge.data() + 4);
    QVERIFY(!CompressedRtf::decompress(huge, &problem));
}

void TestOutlookMail::damagedMessages()
{
    MsgFile file(MsgFile::Kind::Other);
    file.integer(0x3705, 1).unicode(0x3707, QStringLiteral("verslag.pdf")).binary(0x3701, QByteArray(300, 'p'), 9000);
    MsgFile msg = message();
    msg.attachment(file);
    const QByteArray whole = msg.bytes();
    const MailParser::Mail sized = MsgParser::parse(whole);
    QVERIFY(sized.parsed);
    QCOMPARE(sized.attachments.size(), 1);
    QVERIFY2(sized.attachments.first().damage.contains(QStringLiteral("9000")), qPrintable(sized.attachments.first().damage));

    // Cut anywhere: refused with a message, or read as far as it goes; never a crash.
    for (qsizetype length = 0; length < whole.size(); length += std::max<qsizetype>(1, whole.size() / 97)) {
        const MailParser::Mail cut = MailParser::parseFile(whole.left(length));
        QVERIFY2(cut.parsed || !cut.problem.isEmpty(), qPrintable(QString::number(length)));
    }
    // A property stream whose size fits no entry, a missing one, an empty compound file.
    MsgFile odd;
    odd.stream(QStringLiteral("__properties_version1.0"), QByteArray(45, '\x7F'));
    QVERIFY(!MsgParser::parse(odd.bytes()).parsed);
    QVERIFY(!MsgParser::parse(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')).parsed);
}

void TestOutlookMail::randomAndFlippedBytes()
{
    QRandomGenerator random(20261206);
    MsgFile msg = message();
    MsgFile file(MsgFile::Kind::Other);
    file.integer(0x3705, 1).unicode(0x3707, QStringLiteral("a.txt")).binary(0x3701, QByteArray(2000, 'a'));
    msg.attachment(file).binary(0x1009, MsgFile::compressRtf("{\\rtf1 tekst}"));
    const QByteArray whole = msg.bytes();
    for (int round = 0; round < 300; ++round) {
        QByteArray damaged = whole;
        const int flips = 1 + int(random.bounded(20));
        for (int i = 0; i < flips; ++i)
            damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
        const MailParser::Mail mail = MailParser::parseFile(damaged);
        QVERIFY(mail.parsed || !mail.problem.isEmpty());
    }
    for (int round = 0; round < 50; ++round) {
        QByteArray noise(int(random.bounded(1, 20000)), '\0');
        for (char &c : noise)
            c = char(random.bounded(256));
        if (round % 2 == 0)
            noise.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
        const MailParser::Mail mail = MailParser::parseFile(noise);
        QVERIFY(mail.parsed || !mail.problem.isEmpty());
        RtfText::toPlainText(noise);   // any bytes: text or nothing, never a crash
        QString problem;
        const std::optional<QByteArray> rtf = CompressedRtf::decompress(noise, &problem);
        QVERIFY(rtf || !problem.isEmpty());
    }
}

QByteArray TestOutlookMail::emlWith(const QByteArray &winmail)
{
    return QByteArrayLiteral("From: Outlook <outlook@mail.example>\r\nTo: school@esch.example\r\n"
                             "Subject: Met winmail.dat\r\nDate: Mon, 12 Oct 2026 09:30:00 +0200\r\nMIME-Version: 1.0\r\n"
                             "Content-Type: multipart/mixed; boundary=\"grens\"\r\n\r\n--grens\r\n"
                             "Content-Type: application/ms-tnef; name=\"winmail.dat\"\r\nContent-Transfer-Encoding: base64\r\n"
                             "Content-Disposition: attachment; filename=\"winmail.dat\"\r\n\r\n")
        + winmail.toBase64() + "\r\n--grens--\r\n";
}

void TestOutlookMail::winmailDatIsUnpacked()
{
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4 verslag");
    const QByteArray winmail = TnefFile::make({ { "verslag.pdf", pdf }, { "caf\xE9.txt", "koffie" } });
    const TnefReader::Content content = TnefReader::unpack(winmail);
    QVERIFY2(content.read, qPrintable(content.problem));
    QCOMPARE(content.files.size(), 2);

    const MailParser::Mail mail = MailParser::parse(emlWith(winmail));
    QVERIFY(mail.parsed);
    QVERIFY(mail.notes.isEmpty());
    QCOMPARE(mail.attachments.size(), 2);
    QCOMPARE(mail.attachments.at(0).fileName, QStringLiteral("verslag.pdf"));
    QCOMPARE(mail.attachments.at(0).data, pdf);
    QCOMPARE(mail.attachments.at(0).mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(mail.attachments.at(1).fileName, QStringLiteral("café.txt"));
    QCOMPARE(mail.attachments.at(1).data, QByteArray("koffie"));
    QCOMPARE(mail.text, QStringLiteral("Tekst uit winmail.dat"));   // the mail itself had no text
}

void TestOutlookMail::damagedWinmailDatIsKept_data()
{
    QTest::addColumn<QByteArray>("winmail");
    const QByteArray good = TnefFile::make({ { "verslag.pdf", "%PDF" } });
    QByteArray checksum = good;
    checksum[checksum.size() - 3] = char(checksum.at(checksum.size() - 3) ^ 0x55);
    QTest::newRow("wrong checksum") << checksum;
    QTest::newRow("cut off") << good.left(good.size() - 5);
    QByteArray length = good;
    qToLittleEndian<quint32>(0x7FFFFFF0, length.data() + 6 + 5);
    QTest::newRow("impossible length") << length;
    // A MAPI property of an unknown type: libytnef ends its process on it.
    QTest::newRow("library exits") << TnefFile::make({ { "a.txt", "a" } }, TnefFile::unknownMapiType());
    QByteArray noise(3000, '\0');
    QRandomGenerator random(7);
    for (char &c : noise)
        c = char(random.bounded(256));
    qToLittleEndian<quint32>(0x223E9F78, noise.data());
    QTest::newRow("random after the signature") << noise;
}

void TestOutlookMail::damagedWinmailDatIsKept()
{
    QFETCH(QByteArray, winmail);
    const MailParser::Mail mail = MailParser::parse(emlWith(winmail));
    QVERIFY(mail.parsed);
    QCOMPARE(mail.notes.size(), 1);
    QVERIFY2(mail.notes.first().contains(QStringLiteral("winmail.dat")), qPrintable(mail.notes.first()));
    QCOMPARE(mail.attachments.size(), 1);
    QCOMPARE(mail.attachments.first().data, winmail);   // kept as it came
}

QTEST_GUILESS_MAIN(TestOutlookMail)
#include "tst_outlookmail.moc"
