#include "protocolpage.h"

#include "services/lookup.h"
#include "services/protocolservice.h"
#include "domain/storageerror.h"
#include "ui_protocolpage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>

ProtocolPage::ProtocolPage(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProtocolPage>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->articlesTable->setColumnCount(3);
    m_ui->articlesTable->setHorizontalHeaderLabels({ tr("Code"), tr("Title"), tr("Section") });
    m_ui->articlesTable->verticalHeader()->hide();
    m_ui->articlesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->articlesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->mainLayout->setStretch(0, 1);
    m_ui->mainLayout->setStretch(1, 3);
    m_ui->messageLabel->hide();
    const bool admin = session.isAdministrator();
    for (QWidget *editor : std::initializer_list<QWidget *>{
             m_ui->versionNameEdit, m_ui->inForceEdit, m_ui->versionNotesEdit, m_ui->newVersionButton,
             m_ui->saveVersionButton, m_ui->codeEdit, m_ui->sectionEdit, m_ui->sectionTitleEdit, m_ui->titleEdit,
             m_ui->orderSpin, m_ui->sanctionCheck, m_ui->newArticleButton, m_ui->saveArticleButton,
             m_ui->removeArticleButton })
        editor->setEnabled(admin);
    m_ui->bodyEdit->setReadOnly(!admin);
    connect(m_ui->versionsList, &QListWidget::currentRowChanged, this, &ProtocolPage::selectVersion);
    connect(m_ui->articlesTable, &QTableWidget::currentCellChanged, this, [this](int row) { selectArticle(row); });
    connect(m_ui->newVersionButton, &QPushButton::clicked, this, &ProtocolPage::askNewVersion);
    connect(m_ui->saveVersionButton, &QPushButton::clicked, this, &ProtocolPage::saveVersion);
    connect(m_ui->newArticleButton, &QPushButton::clicked, this, &ProtocolPage::newArticle);
    connect(m_ui->saveArticleButton, &QPushButton::clicked, this, &ProtocolPage::saveArticle);
    connect(m_ui->removeArticleButton, &QPushButton::clicked, this, &ProtocolPage::removeArticle);
    reloadVersions(0);
}

ProtocolPage::~ProtocolPage() = default;

void ProtocolPage::fail(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void ProtocolPage::reloadVersions(qint64 selectId)
{
    m_versions = Lookup(m_session).protocolVersions();
    const QSignalBlocker blocker(m_ui->versionsList);
    m_ui->versionsList->clear();
    int select = int(m_versions.size()) - 1;
    for (int row = 0; row < m_versions.size(); ++row) {
        const ProtocolVersion &v = m_versions.at(row);
        m_ui->versionsList->addItem(tr("%1 (from %2)").arg(v.name, v.inForceFrom.toString(QStringLiteral("dd-MM-yyyy"))));
        if (v.id == selectId)
            select = row;
    }
    m_ui->versionsList->setCurrentRow(select);
    selectVersion(select);
}

void ProtocolPage::selectVersion(int row)
{
    if (row < 0 || row >= m_versions.size())
        return;
    m_version = *Lookup(m_session).protocolVersion(m_versions.at(row).id);
    showVersion();
}

void ProtocolPage::showVersion()
{
    m_ui->versionNameEdit->setText(m_version.name);
    m_ui->inForceEdit->setDate(m_version.inForceFrom);
    m_ui->versionNotesEdit->setText(m_version.notes);
    const QSignalBlocker blocker(m_ui->articlesTable);
    m_ui->articlesTable->setRowCount(int(m_version.articles.size()));
    for (int row = 0; row < m_version.articles.size(); ++row) {
        const ProtocolArticle &a = m_version.articles.at(row);
        m_ui->articlesTable->setItem(row, 0, new QTableWidgetItem(a.code));
        m_ui->articlesTable->setItem(row, 1, new QTableWidgetItem(a.title));
        m_ui->articlesTable->setItem(row, 2, new QTableWidgetItem(a.sectionTitle.isEmpty() ? a.section
                                                                                            : a.section + QStringLiteral(" ") + a.sectionTitle));
    }
    fail(QString());
    selectArticle(m_version.articles.isEmpty() ? -1 : 0);
}

void ProtocolPage::selectArticle(int row)
{
    m_article = row >= 0 && row < m_version.articles.size() ? m_version.articles.at(row) : ProtocolArticle();
    if (row >= 0 && m_ui->articlesTable->currentRow() != row) {
        const QSignalBlocker blocker(m_ui->articlesTable);
        m_ui->articlesTable->selectRow(row);
    }
    showArticle();
}

void ProtocolPage::showArticle()
{
    m_ui->codeEdit->setText(m_article.code);
    m_ui->sectionEdit->setText(m_article.section);
    m_ui->sectionTitleEdit->setText(m_article.sectionTitle);
    m_ui->titleEdit->setText(m_article.title);
    m_ui->bodyEdit->setPlainText(m_article.body);
    m_ui->orderSpin->setValue(m_article.sortOrder);
    m_ui->sanctionCheck->setChecked(m_article.isSanction);
    m_ui->removeArticleButton->setEnabled(m_session.isAdministrator() && m_article.id > 0);
}

void ProtocolPage::askNewVersion()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New protocol version"),
                                               tr("Name of the new version (it starts as a copy of %1):").arg(m_version.name),
                                               QLineEdit::Normal, m_version.name, &ok).trimmed();
    if (!ok)
        return;
    const QString date = QInputDialog::getText(this, tr("New protocol version"), tr("In force from (dd-mm-jjjj):"),
                                               QLineEdit::Normal, QDate::currentDate().toString(QStringLiteral("dd-MM-yyyy")), &ok);
    if (!ok)
        return;
    const QDate from = QDate::fromString(date.trimmed(), QStringLiteral("d-M-yyyy"));
    if (!from.isValid()) {
        fail(tr("\"%1\" is not a date; write it as dd-mm-jjjj.").arg(date));
        return;
    }
    addVersion(name, from);
}

bool ProtocolPage::addVersion(const QString &name, const QDate &inForceFrom)
{
    ProtocolVersion version;
    version.name = name.trimmed();
    version.inForceFrom = inForceFrom;
    try {
        ProtocolService(*m_session.database, m_session.scope).addVersion(version, m_version.id);
    } catch (const StorageError &error) {
        fail(error.message());
        return false;
    }
    reloadVersions(version.id);
    return true;
}

void ProtocolPage::saveVersion()
{
    ProtocolVersion version = m_version;
    version.name = m_ui->versionNameEdit->text().trimmed();
    version.inForceFrom = m_ui->inForceEdit->date();
    version.notes = m_ui->versionNotesEdit->text().trimmed();
    const int incidents = Lookup(m_session).incidentsUnderVersion(version.id);
    if (version.inForceFrom != m_version.inForceFrom && incidents > 0
        && QMessageBox::question(this, tr("Protocol"),
                                 tr("%n incident(s) fall under this version. They keep it, whatever its date. Change "
                                    "the date anyway?", nullptr, incidents))
               != QMessageBox::Yes)
        return;
    try {
        ProtocolService(*m_session.database, m_session.scope).saveVersion(version);
    } catch (const StorageError &error) {
        fail(error.message());
        return;
    }
    reloadVersions(version.id);
}

void ProtocolPage::newArticle()
{
    m_article = ProtocolArticle();
    m_article.protocolVersionId = m_version.id;
    m_article.sortOrder = m_version.articles.isEmpty() ? 10 : m_version.articles.last().sortOrder + 10;
    m_ui->articlesTable->clearSelection();
    showArticle();
    m_ui->codeEdit->setFocus();
}

bool ProtocolPage::saveArticle()
{
    ProtocolArticle article = m_article;
    article.protocolVersionId = m_version.id;
    article.code = m_ui->codeEdit->text().trimmed().toUpper();
    article.section = m_ui->sectionEdit->text().trimmed();
    article.sectionTitle = m_ui->sectionTitleEdit->text().trimmed();
    article.title = m_ui->titleEdit->text().trimmed();
    article.body = m_ui->bodyEdit->toPlainText().trimmed();
    article.sortOrder = m_ui->orderSpin->value();
    article.isSanction = m_ui->sanctionCheck->isChecked();
    const int incidents = article.id > 0 ? Lookup(m_session).incidentsUsingArticle(article.id) : 0;
    if (incidents > 0 && article.body != m_article.body
        && QMessageBox::question(this, tr("Protocol"),
                                 tr("%n incident(s) link %1; they will show the new text. For a change of rules rather "
                                    "than a correction, start a new version instead. Save anyway?", nullptr, incidents)
                                     .arg(article.code))
               != QMessageBox::Yes)
        return false;
    try {
        ProtocolService(*m_session.database, m_session.scope).saveArticle(article);
    } catch (const StorageError &error) {
        fail(error.message());
        return false;
    }
    const qint64 id = article.id;
    m_version = *Lookup(m_session).protocolVersion(m_version.id);
    showVersion();
    for (int row = 0; row < m_version.articles.size(); ++row)
        if (m_version.articles.at(row).id == id)
            selectArticle(row);
    return true;
}

void ProtocolPage::removeArticle()
{
    if (m_article.id == 0)
        return;
    if (QMessageBox::question(this, tr("Remove article"), tr("Remove article %1 from %2?").arg(m_article.code, m_version.name))
        != QMessageBox::Yes)
        return;
    try {
        ProtocolService(*m_session.database, m_session.scope).removeArticle(m_article.id);
    } catch (const StorageError &error) {
        fail(error.message());
        return;
    }
    m_version = *Lookup(m_session).protocolVersion(m_version.id);
    showVersion();
}
