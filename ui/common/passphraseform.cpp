#include "passphraseform.h"

#include "services/sealedbackup.h"
#include "ui_passphraseform.h"

PassphraseForm::PassphraseForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PassphraseForm>())
{
    m_ui->setupUi(this);
    connect(m_ui->showCheck, &QCheckBox::toggled, this, [this](bool show) {
        const QLineEdit::EchoMode mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_ui->passphraseEdit->setEchoMode(mode);
        m_ui->repeatEdit->setEchoMode(mode);
    });
    connect(m_ui->suggestButton, &QPushButton::clicked, this, &PassphraseForm::suggest);
}

PassphraseForm::~PassphraseForm() = default;

QString PassphraseForm::passphrase() const
{
    return m_ui->passphraseEdit->text();
}

QString PassphraseForm::problem() const
{
    const QString weakness = SealedBackup::weakness(passphrase());
    if (!weakness.isEmpty())
        return weakness;
    if (m_ui->repeatEdit->text() != passphrase())
        return tr("The two passphrases differ.");
    return QString();
}

void PassphraseForm::suggest()
{
    const QString suggestion = SealedBackup::suggestPassphrase();
    m_ui->passphraseEdit->setText(suggestion);
    m_ui->repeatEdit->setText(suggestion);
    m_ui->showCheck->setChecked(true);
}
