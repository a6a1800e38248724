#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class ConnectionForm;
}

// Where the dossiers live: a SQLite file on this PC, or a PostgreSQL server that several PCs
// share. The password is only held for this session and never stored.
class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionForm(QWidget *parent = nullptr);
    ~ConnectionForm() override;

    void setLocation(const QString &location);
    // A file path, or postgresql://user@server:port/database?sslmode=… (no password).
    QString location() const;
    QString password() const;
    void setPassword(const QString &password);
    bool isServer() const;
    // A sentence saying what is missing, else empty.
    QString problem() const;
    void setReadOnly(bool readOnly);
    // Tries the server (or checks the file's folder) and shows the outcome; true when reachable.
    bool test();

signals:
    void edited();

private:
    void updateEnabled();
    void browse();

    std::unique_ptr<Ui::ConnectionForm> m_ui;
};
