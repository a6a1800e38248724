#include "importfilepage.h"

#include "domain/labels.h"
#include "importwizard.h"
#include "services/lookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_file(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_school(new QComboBox(this)),
      m_complete(new QCheckBox(tr("This is a &complete list of the school: mark pupils who are missing from it "
                                  "as left (you see them listed before anything is written)"), this)),
      m_detected(new QLabel(this))
{
    setTitle(tr("File"));
    setSubTitle(tr("A CSV export from the pupil administration (ParnasSys, Magister, ESIS) or the HR system "
                   "(AFAS, Youforce). Nothing is written until the last step."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(browse);
    for (PersonKind kind : { PersonKind::Leerling, PersonKind::Medewerker, PersonKind::Ouder })
        m_kind->addItem(Labels::personKind(kind), int(kind));
    m_school->addItem(tr("(no school)"), qint64(0));
    for (const School &school : Lookup(wizard->session()).schools())
        m_school->addItem(school.name, school.id);
    m_school->setCurrentIndex(m_school->count() == 2 ? 1 : 0);
    m_complete->setChecked(false);
    m_detected->setWordWrap(true);
    m_detected->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout(this);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Contains:"), m_kind);
    form->addRow(tr("&School:"), m_school);
    form->addRow(QString(), m_complete);
    form->addRow(QString(), m_detected);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportFilePage::readFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportFilePage::updateKind);
    connect(m_school, &QComboBox::currentIndexChanged, this, &ImportFilePage::updateKind);
    updateKind();
}

void ImportFilePage::browse()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("import/folder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the export"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    m_file->setText(QDir::toNativeSeparators(path));
    readFile();
}

void ImportFilePage::updateKind()
{
    const auto kind = PersonKind(m_kind->currentData().toInt());
    // Parents belong to no school; a complete list only makes sense for one school's pupils.
    m_school->setEnabled(kind != PersonKind::Ouder);
    m_complete->setEnabled(kind == PersonKind::Leerling && m_school->currentData().toLongLong() > 0);
    if (!m_complete->isEnabled())
        m_complete->setChecked(false);
}

void ImportFilePage::readFile()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty() || path == m_readPath)
        return;
    QString error;
    m_wizard->table = CsvTable::read(path, &error);
    m_readPath = error.isEmpty() ? path : QString();
    if (!error.isEmpty()) {
        m_detected->setText(error);
        return;
    }
    const CsvTable &table = m_wizard->table;
    if (!table.problem().isEmpty()) {
        // A damaged file goes no further: what it would import cannot be trusted.
        m_detected->setText(tr("%1 cannot be imported: %2.").arg(QFileInfo(path).fileName(), table.problem()));
        return;
    }
    const QString delimiter = table.delimiter() == QLatin1Char('\t') ? tr("tab") : QString(table.delimiter());
    QString text = tr("Read: %1 · encoding %2 · delimiter %3 · %n row(s) · columns: %4", nullptr, int(table.rows().size()))
                       .arg(QFileInfo(path).fileName(), table.encoding(), delimiter, table.headerForMessage());
    m_detected->setText(text);
}

bool ImportFilePage::isComplete() const
{
    return !m_file->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    readFile();
    if (m_readPath.isEmpty() || !m_wizard->table.problem().isEmpty())
        return false;       // the reason is on the page
    if (m_wizard->table.header().isEmpty()) {
        m_detected->setText(tr("The file %1 holds no header line with column names.").arg(m_file->text()));
        return false;
    }
    const auto kind = PersonKind(m_kind->currentData().toInt());
    if (kind == PersonKind::Leerling && m_school->currentData().toLongLong() == 0) {
        m_detected->setText(tr("Choose the school of this pupil list: every pupil belongs to a school."));
        m_school->setFocus();
        return false;
    }
    m_wizard->fileName = QFileInfo(m_readPath).fileName();
    m_wizard->options.kind = kind;
    m_wizard->options.schoolId = kind == PersonKind::Ouder ? 0 : m_school->currentData().toLongLong();
    m_wizard->options.markMissingAsLeft = m_complete->isChecked();
    m_wizard->options.today = QDate::currentDate();
    return true;
}
