#include "pickpersondialog.h"

#include "domain/labels.h"
#include "personpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

PickPersonDialog::PickPersonDialog(Session &session, const QString &title, bool withRole, QWidget *parent)
    : QDialog(parent), m_picker(new PersonPicker(session, std::nullopt, this)), m_message(new QLabel(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    if (withRole) {
        m_role = new QComboBox(this);
        for (InvolvementRole role : { InvolvementRole::Veroorzaker, InvolvementRole::Slachtoffer, InvolvementRole::Getuige,
                                      InvolvementRole::Melder, InvolvementRole::BetrokkenOuder })
            m_role->addItem(Labels::involvementRole(role), int(role));
        // A parent is usually involved as a parent; the role follows the person chosen until
        // the user picks one.
        connect(m_role, &QComboBox::activated, this, [this] { m_roleChosen = true; });
        connect(m_picker, &PersonPicker::currentChanged, this, [this] {
            const auto person = m_picker->current();
            if (m_roleChosen || !person)
                return;
            const InvolvementRole role = person->kind == PersonKind::Ouder ? InvolvementRole::BetrokkenOuder
                                                                            : InvolvementRole::Veroorzaker;
            m_role->setCurrentIndex(m_role->findData(int(role)));
        });
        auto *form = new QFormLayout;
        auto *label = new QLabel(tr("&Role:"), this);
        label->setBuddy(m_role);
        form->addRow(label, m_role);
        layout->addLayout(form);
    }
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PickPersonDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_picker, &PersonPicker::activated, this, &PickPersonDialog::attempt);
    layout->addWidget(buttons);
    resize(680, 520);
    m_picker->setFocus();
}

InvolvementRole PickPersonDialog::role() const
{
    return m_role ? InvolvementRole(m_role->currentData().toInt()) : InvolvementRole::Getuige;
}

void PickPersonDialog::attempt()
{
    const std::optional<Person> chosen = m_picker->current();
    if (!chosen) {
        m_message->setText(tr("Choose a person in the list."));
        m_message->show();
        m_picker->setFocus();
        return;
    }
    m_person = *chosen;
    accept();
}
