#include "wizardschoolspage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

WizardSchoolsPage::WizardSchoolsPage(QWidget *parent) : QWizardPage(parent), m_table(new QTableWidget(0, ColumnCount, this))
{
    setTitle(tr("Schools"));
    setSubTitle(tr("The schools of the board. More can be added later in Beheer. Double-click a cell to edit it."));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("BRIN/vestiging"), tr("Address"), tr("Postal code"),
                                         tr("City"), tr("Director") });
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto *add = new QPushButton(tr("&Add school"), this);
    auto *remove = new QPushButton(tr("&Remove school"), this);
    connect(add, &QPushButton::clicked, this, &WizardSchoolsPage::addRow);
    connect(remove, &QPushButton::clicked, this, &WizardSchoolsPage::removeRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    addRow();
}

void WizardSchoolsPage::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem());
    m_table->setCurrentCell(row, Name);
    m_table->editItem(m_table->item(row, Name));
}

void WizardSchoolsPage::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString name = m_table->item(row, Name)->text();
    if (!name.isEmpty()
        && QMessageBox::question(this, title(), tr("Remove the school %1 from the list?").arg(name)) != QMessageBox::Yes)
        return;
    m_table->removeRow(row);
}

QList<School> WizardSchoolsPage::schools() const
{
    QList<School> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto cell = [this, row](int column) { return m_table->item(row, column)->text().trimmed(); };
        School s;
        s.name = cell(Name);
        s.brin = cell(Brin).toUpper();
        s.address = cell(Address);
        s.postalCode = School::normalisedPostalCode(cell(PostalCode));
        s.city = cell(City);
        s.directorName = cell(Director);
        bool empty = true;
        for (int column = 0; column < ColumnCount; ++column)
            empty = empty && cell(column).isEmpty();
        if (!empty)
            result.append(s);
    }
    return result;
}

bool WizardSchoolsPage::validatePage()
{
    QString problem;
    const QList<School> list = schools();
    QSet<QString> names;
    if (list.isEmpty())
        problem = m_table->rowCount() > 0
                      ? tr("Type the name of the first school in the row above (double-click the Name cell); more "
                           "schools with Add school.")
                      : tr("Add at least one school with Add school.");
    for (int i = 0; i < list.size() && problem.isEmpty(); ++i) {
        problem = list.at(i).problem();
        if (problem.isEmpty() && names.contains(list.at(i).name))
            problem = tr("The school name %1 occurs twice.").arg(list.at(i).name);
        names.insert(list.at(i).name);
    }
    if (problem.isEmpty())
        return true;
    QMessageBox::warning(this, title(), problem);
    return false;
}
