#include "connectionform.h"

#include "services/databaseconnection.h"
#include "ui_connectionform.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

ConnectionForm::ConnectionForm(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ConnectionForm>())
{
    m_ui->setupUi(this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_ui->fileRadio);
    group->addButton(m_ui->serverRadio);
    m_ui->sslCombo->addItem(tr("Preferred (prefer)"), QStringLiteral("prefer"));
    m_ui->sslCombo->addItem(tr("Required (require)"), QStringLiteral("require"));
    m_ui->sslCombo->addItem(tr("Required, server certificate checked (verify-full)"), QStringLiteral("verify-full"));
    m_ui->sslCombo->addItem(tr("Off (disable)"), QStringLiteral("disable"));
    m_ui->browseButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->testButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->noteLabel->setText(tr("The password is not saved. Leave it empty when the server finds it in ~/.pgpass "
                                "or a PostgreSQL service file; otherwise Dossierkast asks for it at each start."));
    m_ui->statusLabel->hide();
    connect(group, &QButtonGroup::buttonToggled, this, [this] {
        updateEnabled();
        emit edited();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ConnectionForm::browse);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionForm::test);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &ConnectionForm::edited);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectionForm::edited);
    connect(m_ui->sslCombo, &QComboBox::currentIndexChanged, this, &ConnectionForm::edited);
    setLocation(DatabaseConnection::defaultLocation());
}

ConnectionForm::~ConnectionForm() = default;

void ConnectionForm::setLocation(const QString &location)
{
    if (DatabaseConnection::isServerLocation(location)) {
        const QUrl url(location);
        m_ui->serverRadio->setChecked(true);
        m_ui->hostEdit->setText(url.host());
        m_ui->portSpin->setValue(url.port(5432));
        m_ui->databaseEdit->setText(url.path().mid(1));
        m_ui->userEdit->setText(url.userName());
        const QString ssl = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
        m_ui->sslCombo->setCurrentIndex(std::max(0, m_ui->sslCombo->findData(ssl.isEmpty() ? QStringLiteral("prefer") : ssl)));
    } else {
        m_ui->fileRadio->setChecked(true);
        m_ui->fileEdit->setText(location);
        if (m_ui->databaseEdit->text().isEmpty())
            m_ui->databaseEdit->setText(QStringLiteral("dossierkast"));
        if (m_ui->userEdit->text().isEmpty())
            m_ui->userEdit->setText(QStringLiteral("dossierkast"));
    }
    updateEnabled();
}

QString ConnectionForm::location() const
{
    if (!isServer())
        return m_ui->fileEdit->text().trimmed();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_ui->hostEdit->text().trimmed());
    url.setPort(m_ui->portSpin->value());
    url.setUserName(m_ui->userEdit->text().trimmed());
    url.setPath(QLatin1Char('/') + m_ui->databaseEdit->text().trimmed());
    const QString ssl = m_ui->sslCombo->currentData().toString();
    if (ssl != QLatin1String("prefer")) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), ssl);
        url.setQuery(query);
    }
    return url.toString();
}

QString ConnectionForm::password() const
{
    return m_ui->passwordEdit->text();
}

void ConnectionForm::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

bool ConnectionForm::isServer() const
{
    return m_ui->serverRadio->isChecked();
}

QString ConnectionForm::problem() const
{
    if (!isServer())
        return m_ui->fileEdit->text().trimmed().isEmpty() ? tr("Choose where the database file is kept.") : QString();
    if (m_ui->hostEdit->text().trimmed().isEmpty())
        return tr("Enter the name or address of the PostgreSQL server.");
    if (m_ui->databaseEdit->text().trimmed().isEmpty())
        return tr("Enter the name of the database on the server.");
    if (m_ui->userEdit->text().trimmed().isEmpty())
        return tr("Enter the user name for the server.");
    return QString();
}

void ConnectionForm::setReadOnly(bool readOnly)
{
    for (QWidget *child : findChildren<QWidget *>())
        if (child != m_ui->testButton && child != m_ui->statusLabel && child != m_ui->noteLabel
            && child != m_ui->passwordEdit)
            child->setEnabled(!readOnly);
    if (!readOnly)
        updateEnabled();
}

bool ConnectionForm::test()
{
    QString outcome = problem();
    if (outcome.isEmpty() && isServer()) {
        setCursor(Qt::WaitCursor);
        outcome = DatabaseConnection::probeServer(location(), password());
        unsetCursor();
    }
    m_ui->statusLabel->setText(outcome.isEmpty() ? tr("The connection works.") : outcome);
    m_ui->statusLabel->setStyleSheet(outcome.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_ui->statusLabel->show();
    return outcome.isEmpty();
}

void ConnectionForm::updateEnabled()
{
    const bool server = isServer();
    for (QWidget *w : { static_cast<QWidget *>(m_ui->fileEdit), static_cast<QWidget *>(m_ui->browseButton),
                        static_cast<QWidget *>(m_ui->fileEditLabel) })
        w->setEnabled(!server);
    for (QWidget *w : { static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin),
                        static_cast<QWidget *>(m_ui->databaseEdit), static_cast<QWidget *>(m_ui->userEdit),
                        static_cast<QWidget *>(m_ui->sslCombo), static_cast<QWidget *>(m_ui->passwordEdit),
                        static_cast<QWidget *>(m_ui->hostEditLabel), static_cast<QWidget *>(m_ui->portSpinLabel),
                        static_cast<QWidget *>(m_ui->databaseEditLabel), static_cast<QWidget *>(m_ui->userEditLabel),
                        static_cast<QWidget *>(m_ui->sslComboLabel), static_cast<QWidget *>(m_ui->passwordEditLabel) })
        w->setEnabled(server);
}

void ConnectionForm::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_ui->fileEdit->text(),
                                                      tr("Dossierkast database (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_ui->fileEdit->setText(path);
        emit edited();
    }
}
