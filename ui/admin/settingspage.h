#pragma once

#include "services/session.h"

#include <QWidget>

class QAction;
class QComboBox;
class QTableView;
class SettingsModel;

// Beheer → Settings: language, lock time, attachment limit and the legal terms, each shown with
// its source. Changes are saved together, or undone.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Session &session, QWidget *parent = nullptr);
    bool hasUnsavedChanges() const;
    QTableView *view() const { return m_view; }
    QComboBox *languageCombo() const { return m_language; }
    QAction *saveAction() const { return m_save; }
    SettingsModel *model() const { return m_model; }

private:
    void save();
    void updateActions();

    Session &m_session;
    SettingsModel *m_model;
    QTableView *m_view;
    QComboBox *m_language;
    QString m_storedLanguage;
    QAction *m_save;
    QAction *m_revert;
};
