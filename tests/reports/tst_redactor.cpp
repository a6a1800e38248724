// Redaction of names in free text: every variant of a redacted person's name is replaced,
// named persons stay, shared words are reported instead of guessed.
#include "languagesetup.h"
#include "redactor.h"

#include <QTest>

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { LanguageSetup::install(*qApp, QStringLiteral("nl")); }
    void variantsAreReplaced_data();
    void variantsAreReplaced();
    void keptPersonsStayNamed();
    void sharedWordsAreReportedNotReplaced();
    void twoRedactedPersonsSharingAWord();
    void labelsAreStable();
    void staffInTheirRole();
    void extraTermsAndHighlighting();
    void wordsInsideOtherWordsStay();
    void kindWordBeforeANameIsNotRepeated();

private:
    static Person person(qint64 id, PersonKind kind, const QString &given, const QString &roepnaam, const QString &particle,
                         const QString &surname, const QString &email = QString());
    static QList<Person> people();
};

Person TestRedactor::person(qint64 id, PersonKind kind, const QString &given, const QString &roepnaam, const QString &particle,
                            const QString &surname, const QString &email)
{
    Person p;
    p.id = id;
    p.kind = kind;
    p.givenNames = given;
    p.roepnaam = roepnaam;
    p.tussenvoegsel = particle;
    p.surname = surname;
    p.email = email;
    return p;
}

QList<Person> TestRedactor::people()
{
    return { person(1, PersonKind::Leerling, QStringLiteral("Emma"), QString(), QString(), QStringLiteral("Jansen")),
             person(2, PersonKind::Leerling, QStringLiteral("Johannes Petrus"), QStringLiteral("Joep"), QStringLiteral("van 't"),
                    QStringLiteral("Hof")),
             person(3, PersonKind::Leerling, QStringLiteral("Zoë"), QString(), QString(), QStringLiteral("Öztürk")),
             person(4, PersonKind::Ouder, QStringLiteral("Ingrid"), QString(), QStringLiteral("de"), QStringLiteral("Wit"),
                    QStringLiteral("ingrid.dewit@example.nl")),
             person(5, PersonKind::Medewerker, QStringLiteral("Maarten"), QString(), QString(), QStringLiteral("Schouten-Bakker")) };
}

void TestRedactor::variantsAreReplaced_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");
    QTest::newRow("display name") << "Joep van 't Hof" << "Leerling B";
    QTest::newRow("sort name") << "Hof, Joep van 't" << "Leerling B";
    QTest::newRow("all given names") << "Johannes Petrus van 't Hof" << "Leerling B";
    QTest::newRow("second given name") << "Petrus" << "Leerling B";
    QTest::newRow("roepnaam") << "joep" << "Leerling B";
    QTest::newRow("surname with particle") << "Van 't Hof" << "Leerling B";
    QTest::newRow("surname alone") << "HOF" << "Leerling B";
    QTest::newRow("typographic apostrophe") << "van ’t Hof" << "Leerling B";
    QTest::newRow("initials") << "J.P. van 't Hof" << "Leerling B";
    QTest::newRow("without diacritics") << "Zoe Ozturk" << "Leerling C";
    QTest::newRow("upper case") << "ÖZTÜRK" << "Leerling C";
    QTest::newRow("given name alone") << "zoë" << "Leerling C";
    QTest::newRow("e-mail") << "ingrid.dewit@example.nl" << "Ouder D";
    QTest::newRow("double surname") << "Maarten Schouten-Bakker" << "Medewerker E";
    QTest::newRow("part of a double surname") << "Bakker" << "Medewerker E";
}

void TestRedactor::variantsAreReplaced()
{
    QFETCH(QString, text);
    QFETCH(QString, label);
    const Redactor redactor(people(), {}, RedactionOptions());
    const QString sentence = QStringLiteral("Gisteren schreef %1 iets.").arg(text);
    QCOMPARE(redactor.plain(sentence), QStringLiteral("Gisteren schreef %1 iets.").arg(label));
}

void TestRedactor::keptPersonsStayNamed()
{
    RedactionOptions options;
    options.keptPersons = { 1 };
    const Redactor redactor(people(), {}, options);
    QCOMPARE(redactor.plain(QStringLiteral("Emma Jansen en Zoë Öztürk ruzieden; Emma huilde, Zoë niet.")),
             QStringLiteral("Emma Jansen en Leerling B ruzieden; Emma huilde, Leerling B niet."));
    QCOMPARE(redactor.label(1), QStringLiteral("Emma Jansen"));
    QCOMPARE(redactor.label(3), QStringLiteral("Leerling B"));
}

void TestRedactor::sharedWordsAreReportedNotReplaced()
{
    // A sibling shares the surname of the pupil the summary is for.
    QList<Person> persons = people();
    persons.append(person(6, PersonKind::Leerling, QStringLiteral("Daan"), QString(), QString(), QStringLiteral("Jansen")));
    RedactionOptions options;
    options.keptPersons = { 1 };
    const Redactor redactor(persons, {}, options);
    QCOMPARE(redactor.plain(QStringLiteral("Daan Jansen, Daan en Emma Jansen. De familie Jansen.")),
             QStringLiteral("Leerling C, Leerling C en Emma Jansen. De familie Jansen."));
    QCOMPARE(redactor.ambiguousWords(), QStringList{ QStringLiteral("Jansen") });
}

void TestRedactor::twoRedactedPersonsSharingAWord()
{
    QList<Person> persons = people();
    persons.append(person(6, PersonKind::Leerling, QStringLiteral("Daan"), QString(), QString(), QStringLiteral("Jansen")));
    const Redactor redactor(persons, {}, RedactionOptions());
    // The shared surname cannot say who is meant, but is hidden all the same.
    QCOMPARE(redactor.plain(QStringLiteral("Daan Jansen en Emma Jansen: Jansen.")),
             QStringLiteral("Leerling D en Leerling A: [naam]."));
}

void TestRedactor::labelsAreStable()
{
    QList<Person> reversed = people();
    std::reverse(reversed.begin(), reversed.end());
    const Redactor a(people(), {}, RedactionOptions());
    const Redactor b(reversed, {}, RedactionOptions());
    for (qint64 id = 1; id <= 5; ++id)
        QCOMPARE(a.label(id), b.label(id));
    QCOMPARE(a.label(1), QStringLiteral("Leerling A"));
    QCOMPARE(a.label(4), QStringLiteral("Ouder D"));
    QCOMPARE(a.label(5), QStringLiteral("Medewerker E"));
}

void TestRedactor::staffInTheirRole()
{
    User director;
    director.id = 9;
    director.displayName = QStringLiteral("Karin Visser (directeur)");
    const QString text = QStringLiteral("Karin Visser sprak met Maarten Schouten-Bakker.");
    QCOMPARE(Redactor(people(), { director }, RedactionOptions()).plain(text),
             QStringLiteral("Karin Visser sprak met Medewerker E."));
    RedactionOptions all;
    all.nameStaffInRole = false;
    QCOMPARE(Redactor(people(), { director }, all).plain(text), QStringLiteral("Schoolmedewerker F sprak met Medewerker E."));
}

void TestRedactor::extraTermsAndHighlighting()
{
    RedactionOptions options;
    options.extraTerms = { QStringLiteral("Sportclub Hengelo") };
    options.highlight = true;
    const Redactor redactor(people(), {}, options);
    QCOMPARE(redactor.plain(QStringLiteral("Emma zit op sportclub hengelo.")), QStringLiteral("Leerling A zit op [weggelakt]."));
    QCOMPARE(redactor.html(QStringLiteral("Emma <3")),
             QStringLiteral("<span style=\"background-color: #ffe27a;\">Leerling A</span> &lt;3"));
}

void TestRedactor::wordsInsideOtherWordsStay()
{
    const Redactor redactor(people(), {}, RedactionOptions());
    QCOMPARE(redactor.plain(QStringLiteral("De Hofstede, Emmaschool en Jansens.")), QStringLiteral("De Hofstede, Emmaschool en Jansens."));
}

void TestRedactor::kindWordBeforeANameIsNotRepeated()
{
    const Redactor redactor(people(), {}, RedactionOptions());
    QCOMPARE(redactor.plain(QStringLiteral("De leerling Emma Jansen plaatste het.")), QStringLiteral("De Leerling A plaatste het."));
    QCOMPARE(redactor.plain(QStringLiteral("Leerling Joep en ouder Ingrid de Wit belden.")),
             QStringLiteral("Leerling B en Ouder D belden."));
    // Only the same word as the label's: "klasgenoot Emma" and "oudercommissie" stay.
    QCOMPARE(redactor.plain(QStringLiteral("klasgenoot Emma")), QStringLiteral("klasgenoot Leerling A"));
    QCOMPARE(redactor.plain(QStringLiteral("medeleerling Emma")), QStringLiteral("medeleerling Leerling A"));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
