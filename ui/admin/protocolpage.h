#pragma once

#include "domain/protocolversion.h"
#include "services/session.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ProtocolPage;
}

// Beheer → Protocol: the protocol versions with their in-force dates, and each version's
// articles (code, section, title, text), where a board pastes its official wording. A new
// version starts as a copy of the one before; incidents keep the articles of their own
// version. Administrators edit; others read.
class ProtocolPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProtocolPage(Session &session, QWidget *parent = nullptr);
    ~ProtocolPage() override;
    // Starts a new version as a copy of the selected one (what the button does after asking).
    bool addVersion(const QString &name, const QDate &inForceFrom);
    void selectVersion(int row);
    void selectArticle(int row);
    bool saveArticle();
    ProtocolVersion currentVersion() const { return m_version; }

private:
    void reloadVersions(qint64 selectId);
    void showVersion();
    void showArticle();
    void askNewVersion();
    void saveVersion();
    void newArticle();
    void removeArticle();
    void fail(const QString &message);

    std::unique_ptr<Ui::ProtocolPage> m_ui;
    Session &m_session;
    QList<ProtocolVersion> m_versions;
    ProtocolVersion m_version;
    ProtocolArticle m_article;
};
