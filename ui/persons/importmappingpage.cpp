#include "importmappingpage.h"

#include "importwizard.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int PreviewRows = 5;

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_preview(new QTableWidget(this)), m_message(new QLabel(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Check which column holds what. The choice is remembered for files with the same columns."));
    auto *grid = new QGridLayout;
    const QList<PersonImport::Field> all = PersonImport::fields();
    const int perColumn = int(all.size() + 1) / 2;
    for (int i = 0; i < all.size(); ++i) {
        const PersonImport::Field field = all.at(i);
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("field%1").arg(int(field)));
        auto *label = new QLabel(PersonImport::label(field) + QLatin1Char(':'), this);
        label->setBuddy(combo);
        grid->addWidget(label, i % perColumn, (i / perColumn) * 2);
        grid->addWidget(combo, i % perColumn, (i / perColumn) * 2 + 1);
        m_combos.insert(field, combo);
        m_labels.insert(field, label);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::fillPreview);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->setMinimumHeight(150);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(new QLabel(tr("Preview of the first rows, as they will be read:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
}

QString ImportMappingPage::settingsKey(const QStringList &header)
{
    const QByteArray digest = QCryptographicHash::hash(header.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("import/mappings/") + QString::fromLatin1(digest.toHex());
}

QList<PersonImport::Field> ImportMappingPage::fieldsFor(PersonKind kind) const
{
    using F = PersonImport::Field;
    QList<F> result;
    for (F field : PersonImport::fields()) {
        const bool parentField = field >= F::Parent1Name;
        if (parentField && kind != PersonKind::Leerling)
            continue;
        if (field == F::Group && kind != PersonKind::Leerling)
            continue;
        if (field == F::FunctionTitle && kind != PersonKind::Medewerker)
            continue;
        result.append(field);
    }
    return result;
}

void ImportMappingPage::initializePage()
{
    const QStringList header = m_wizard->table.header();
    PersonImport::Mapping mapping = PersonImport::propose(header);
    // A mapping chosen earlier for exactly these columns wins over the proposal.
    const QVariantMap remembered = QSettings().value(settingsKey(header)).toMap();
    if (!remembered.isEmpty()) {
        mapping.clear();
        for (auto it = remembered.cbegin(); it != remembered.cend(); ++it)
            if (it.value().toInt() >= 0 && it.value().toInt() < header.size())
                mapping.insert(PersonImport::Field(it.key().toInt()), it.value().toInt());
    }
    const QList<PersonImport::Field> shown = fieldsFor(m_wizard->options.kind);
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        QComboBox *combo = it.value();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(not imported)"), -1);
        for (int column = 0; column < header.size(); ++column)
            combo->addItem(header.at(column), column);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.value(it.key(), -1))));
        combo->setEnabled(shown.contains(it.key()));
        m_labels.value(it.key())->setEnabled(shown.contains(it.key()));
    }
    m_message->clear();
    fillPreview();
}

PersonImport::Mapping ImportMappingPage::current() const
{
    PersonImport::Mapping mapping;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        if (it.value()->isEnabled() && it.value()->currentData().toInt() >= 0)
            mapping.insert(it.key(), it.value()->currentData().toInt());
    return mapping;
}

void ImportMappingPage::fillPreview()
{
    // One column per imported field, in the form's order, so the user sees the reading.
    const PersonImport::Mapping mapping = current();
    QList<PersonImport::Field> used;
    for (PersonImport::Field field : PersonImport::fields())
        if (mapping.contains(field))
            used.append(field);
    m_preview->clear();
    m_preview->setColumnCount(int(used.size()));
    QStringList labels;
    for (PersonImport::Field field : used)
        labels.append(PersonImport::label(field));
    m_preview->setHorizontalHeaderLabels(labels);
    const QList<CsvTable::Row> rows = m_wizard->table.rows().mid(0, PreviewRows);
    m_preview->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row)
        for (int column = 0; column < used.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(rows.at(row).fields.value(mapping.value(used.at(column)))));
    m_preview->resizeColumnsToContents();
}

bool ImportMappingPage::validatePage()
{
    const PersonImport::Mapping mapping = current();
    if (!mapping.contains(PersonImport::Field::Surname)) {
        m_message->setText(tr("Choose the column with the surname."));
        m_combos.value(PersonImport::Field::Surname)->setFocus();
        return false;
    }
    if (m_wizard->options.kind == PersonKind::Leerling && !mapping.contains(PersonImport::Field::BirthDate)) {
        m_message->setText(tr("Choose the column with the date of birth: every pupil needs one."));
        m_combos.value(PersonImport::Field::BirthDate)->setFocus();
        return false;
    }
    QHash<int, PersonImport::Field> taken;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (taken.contains(it.value())) {
            m_message->setText(tr("The column \"%1\" is chosen for both %2 and %3.")
                                   .arg(m_wizard->table.header().value(it.value()),
                                        PersonImport::label(taken.value(it.value())).toLower(),
                                        PersonImport::label(it.key()).toLower()));
            return false;
        }
        taken.insert(it.value(), it.key());
    }
    QVariantMap remembered;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        remembered.insert(QString::number(int(it.key())), it.value());
    QSettings().setValue(settingsKey(m_wizard->table.header()), remembered);
    m_wizard->mapping = mapping;
    return true;
}
