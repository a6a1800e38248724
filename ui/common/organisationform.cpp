#include "organisationform.h"

#include "ui_organisationform.h"

#include <QFile>
#include <QFileDialog>
#include <QImageReader>
#include <QMessageBox>
#include <QPixmap>

OrganisationForm::OrganisationForm(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::OrganisationForm>())
{
    m_ui->setupUi(this);
    m_ui->letterheadEdit->setMaximumHeight(80);
    m_ui->logoButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->logoLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->verticalLayout->addStretch();
    connect(m_ui->logoButton, &QPushButton::clicked, this, &OrganisationForm::chooseLogo);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &OrganisationForm::edited);
    connect(m_ui->letterheadEdit, &QPlainTextEdit::textChanged, this, &OrganisationForm::edited);
    showLogo();
}

OrganisationForm::~OrganisationForm() = default;

void OrganisationForm::setOrganisation(const Organisation &o, const QByteArray &logo)
{
    m_loaded = o;
    m_ui->nameEdit->setText(o.name);
    m_ui->addressEdit->setText(o.address);
    m_ui->postalCodeEdit->setText(o.postalCode);
    m_ui->cityEdit->setText(o.city);
    m_ui->phoneEdit->setText(o.phone);
    m_ui->emailEdit->setText(o.email);
    m_ui->websiteEdit->setText(o.website);
    const QSignalBlocker blocker(m_ui->letterheadEdit);
    m_ui->letterheadEdit->setPlainText(o.letterheadText);
    m_logo = logo;
    m_logoChanged = false;
    showLogo();
}

Organisation OrganisationForm::organisation() const
{
    Organisation o = m_loaded;
    o.name = m_ui->nameEdit->text().trimmed();
    o.address = m_ui->addressEdit->text().trimmed();
    o.postalCode = m_ui->postalCodeEdit->text().trimmed().toUpper();
    o.city = m_ui->cityEdit->text().trimmed();
    o.phone = m_ui->phoneEdit->text().trimmed();
    o.email = m_ui->emailEdit->text().trimmed();
    o.website = m_ui->websiteEdit->text().trimmed();
    o.letterheadText = m_ui->letterheadEdit->toPlainText().trimmed();
    return o;
}

void OrganisationForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    m_ui->letterheadEdit->setReadOnly(readOnly);
    m_ui->logoButton->setEnabled(!readOnly);
}

QString OrganisationForm::problem() const
{
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        return tr("Enter the name of the organisation (the board).");
    const QString email = m_ui->emailEdit->text().trimmed();
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.startsWith(QLatin1Char('@'))
                             || email.endsWith(QLatin1Char('@'))))
        return tr("The e-mail address %1 is not valid.").arg(email);
    return QString();
}

void OrganisationForm::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the letterhead logo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 5 * 1024 * 1024) {
        QMessageBox::warning(this, tr("Logo"), tr("The image %1 cannot be used: it cannot be read or is larger "
                                                  "than 5 MB.").arg(path));
        return;
    }
    const QByteArray bytes = file.readAll();
    QPixmap check;
    if (!check.loadFromData(bytes)) {
        QMessageBox::warning(this, tr("Logo"), tr("The file %1 is not a PNG or JPEG image.").arg(path));
        return;
    }
    m_logo = bytes;
    m_logoChanged = true;
    showLogo();
    emit edited();
}

void OrganisationForm::showLogo()
{
    QPixmap pixmap;
    if (!m_logo.isEmpty() && pixmap.loadFromData(m_logo))
        m_ui->logoLabel->setPixmap(pixmap.scaled(240, 80, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_ui->logoLabel->setText(tr("No logo chosen."));
}
