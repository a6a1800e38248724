#include "guardianshipdialog.h"

#include "common/listview.h"
#include "domain/labels.h"
#include "models/personlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

GuardianshipDialog::GuardianshipDialog(Session &session, PersonKind other, const DossierReader::Relative &current,
                                       QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_current(current),
      m_relation(new QComboBox(this)),
      m_authority(new QCheckBox(tr("Has parental &authority (gezag)"), this)),
      m_mail(new QCheckBox(tr("Receives &letters and mail about the pupil"), this)),
      m_message(new QLabel(this))
{
    const bool choosing = current.person.id == 0;
    setWindowTitle(choosing ? (other == PersonKind::Ouder ? tr("Link a parent or carer") : tr("Link a child"))
                            : tr("Link with %1").arg(current.person.displayName()));
    auto *layout = new QVBoxLayout(this);
    if (choosing) {
        m_search = new QLineEdit(this);
        m_search->setPlaceholderText(tr("Search by name or number…"));
        m_search->setClearButtonEnabled(true);
        m_view = new QTableView(this);
        m_model = new PersonListModel(*session.database, session.scope, this);
        PersonFilter filter;
        filter.kind = other;
        m_model->setFilter(filter);
        ListView::setUp(m_view, m_model, QStringLiteral("guardianshipPick"), PersonListModel::Name);
        for (int column : { int(PersonListModel::Kind), int(PersonListModel::LeaveDate),
                            int(other == PersonKind::Ouder ? PersonListModel::School : PersonListModel::ExternalId) })
            m_view->hideColumn(column);
        connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
            PersonFilter filter = m_model->filter();
            filter.search = text;
            m_model->setFilter(filter);
            if (m_model->rowCount() == 1)
                m_view->selectRow(0);
        });
        connect(m_view, &QTableView::activated, this, &GuardianshipDialog::attempt);
        layout->addWidget(m_search);
        layout->addWidget(m_view);
        if (other == PersonKind::Ouder)
            layout->addWidget(new QLabel(tr("A parent who is not in the list yet is added under Persons first "
                                            "(or comes with the pupil export)."), this));
    }
    auto *form = new QFormLayout;
    for (GuardianRelation relation : { GuardianRelation::Moeder, GuardianRelation::Vader, GuardianRelation::Verzorger,
                                       GuardianRelation::Voogd, GuardianRelation::Pleegouder, GuardianRelation::Overig })
        m_relation->addItem(Labels::relation(relation), int(relation));
    m_relation->setCurrentIndex(m_relation->findData(int(current.link.relation)));
    auto *relationLabel = new QLabel(tr("&Relation:"), this);
    relationLabel->setBuddy(m_relation);
    form->addRow(relationLabel, m_relation);
    m_authority->setChecked(current.link.parentalAuthority);
    m_mail->setChecked(current.link.receivesMail);
    form->addRow(QString(), m_authority);
    form->addRow(QString(), m_mail);
    layout->addLayout(form);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GuardianshipDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(choosing ? 620 : 420, choosing ? 520 : 160);
    if (m_search)
        m_search->setFocus();
}

void GuardianshipDialog::attempt()
{
    if (m_view) {
        const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
        if (row < 0) {
            m_message->setText(tr("Choose a person in the list."));
            m_message->show();
            m_search->setFocus();
            return;
        }
        m_current.person = m_model->person(row);
    }
    accept();
}

DossierReader::Relative GuardianshipDialog::relative() const
{
    DossierReader::Relative result = m_current;
    result.link.relation = GuardianRelation(m_relation->currentData().toInt());
    result.link.parentalAuthority = m_authority->isChecked();
    result.link.receivesMail = m_mail->isChecked();
    return result;
}
