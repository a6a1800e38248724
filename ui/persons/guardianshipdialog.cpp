#include "guardianshipdialog.h"

#include "domain/labels.h"
#include "models/personlistmodel.h"
#include "personpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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
        m_picker = new PersonPicker(session, other, this);
        if (other == PersonKind::Ouder)
            m_picker->view()->hideColumn(PersonListModel::School);
        connect(m_picker, &PersonPicker::activated, this, &GuardianshipDialog::attempt);
        layout->addWidget(m_picker);
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
    if (m_picker)
        m_picker->setFocus();
}

void GuardianshipDialog::attempt()
{
    if (m_picker) {
        const std::optional<Person> chosen = m_picker->current();
        if (!chosen) {
            m_message->setText(tr("Choose a person in the list."));
            m_message->show();
            m_picker->setFocus();
            return;
        }
        m_current.person = *chosen;
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
