// Working from the keyboard: a date typed as "01", Tab, "11", Tab, "2026" is that date; the
// focused button, check box and list item can be seen.
#include "common/uisetup.h"
#include "languagesetup.h"
#include "reports/accessrequestdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void datesTypedAsPeopleDo_data();
    void datesTypedAsPeopleDo();
    void focusCanBeSeen();

private:
    static int highlighted(QWidget *widget);
};

void TestKeyboard::initTestCase()
{
    LanguageSetup::install(*qApp, QStringLiteral("nl"));
    UiSetup::install();
}

void TestKeyboard::datesTypedAsPeopleDo_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QDate>("date");
    // A request of a few days ago (the field takes the last month up to today). Tab between the
    // parts, whether or not the field moved on by itself after a full part.
    const QDate d = QDate::currentDate().addDays(-3);
    const QString day = d.toString(QStringLiteral("dd"));
    const QString month = d.toString(QStringLiteral("MM"));
    const QString year = d.toString(QStringLiteral("yyyy"));
    QTest::newRow("two digits each") << QStringList{ day, "\t", month, "\t", year, "\t" } << d;
    QTest::newRow("as few digits as will do") << QStringList{ QString::number(d.day()), "\t", QString::number(d.month()), "\t", year, "\t" } << d;
    QTest::newRow("separators") << QStringList{ day, "-", month, "-", year, "\t" } << d;
    QTest::newRow("no separators") << QStringList{ day, month, year, "\t" } << d;
}

void TestKeyboard::datesTypedAsPeopleDo()
{
    QFETCH(QStringList, keys);
    QFETCH(QDate, date);
    AccessRequestDialog dialog(QStringLiteral("Noor Bakker"), 1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *edit = dialog.findChild<QDateEdit *>(QStringLiteral("receivedEdit"));
    auto *next = dialog.findChild<QCheckBox *>(QStringLiteral("answeredCheck"));
    QVERIFY(edit && next);
    edit->setFocus(Qt::TabFocusReason);
    for (const QString &key : keys) {
        if (key == QLatin1String("\t"))
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        else
            QTest::keyClicks(QApplication::focusWidget(), key);
    }
    QCOMPARE(dialog.receivedOn(), date);
    // The last Tab leaves the field for the next one, which got nothing typed into it.
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(next));
    QVERIFY(!next->isChecked());
}

int TestKeyboard::highlighted(QWidget *widget)
{
    const QColor ring = widget->palette().color(QPalette::Active, QPalette::Highlight);
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += qAbs(c.red() - ring.red()) + qAbs(c.green() - ring.green()) + qAbs(c.blue() - ring.blue()) < 40;
        }
    return count;
}

void TestKeyboard::focusCanBeSeen()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *first = new QPushButton(QStringLiteral("Opslaan"), &window);
    auto *button = new QPushButton(QStringLiteral("Afdrukken"), &window);
    auto *check = new QCheckBox(QStringLiteral("Gezag"), &window);
    for (QWidget *w : { static_cast<QWidget *>(first), static_cast<QWidget *>(button), static_cast<QWidget *>(check) })
        layout->addWidget(w);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    first->setFocus(Qt::TabFocusReason);
    const int buttonWithout = highlighted(button);
    const int checkWithout = highlighted(check);
    QTest::keyClick(first, Qt::Key_Tab);
    QVERIFY(button->hasFocus());
    const int buttonWith = highlighted(button);
    QVERIFY2(buttonWith > buttonWithout + 2 * button->width(),
             qPrintable(QStringLiteral("%1 → %2 pixels in the highlight colour").arg(buttonWithout).arg(buttonWith)));
    QTest::keyClick(button, Qt::Key_Tab);
    QVERIFY(check->hasFocus());
    const int checkWith = highlighted(check);
    QVERIFY2(checkWith > checkWithout + 40, qPrintable(QStringLiteral("%1 → %2").arg(checkWithout).arg(checkWith)));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
