#pragma once

#include "domain/lettertemplate.h"
#include "services/session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextEdit;

// Beheer → Brieven: the letter templates, edited as rich text, with merge fields inserted from
// a list. A template that uses a field that does not exist is not saved; the message names it.
class LettersPage : public QWidget
{
    Q_OBJECT

public:
    explicit LettersPage(Session &session, QWidget *parent = nullptr);
    QListWidget *templatesList() const { return m_list; }
    QTextEdit *editor() const { return m_editor; }
    QListWidget *fieldsList() const { return m_fields; }
    QLabel *messageLabel() const { return m_message; }
    void selectTemplate(int row);
    void insertField(const QString &key);
    // What the buttons do; false (with the message shown) when it could not be saved.
    bool save();
    bool addCopy(const QString &name);

private:
    void reload(qint64 selectId);

    Session &m_session;
    QList<LetterTemplate> m_templates;
    LetterTemplate m_current;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_channel;
    QComboBox *m_action;
    QCheckBox *m_active;
    QTextEdit *m_editor;
    QListWidget *m_fields;
    QLabel *m_message;
};
