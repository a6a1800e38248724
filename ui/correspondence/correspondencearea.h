#pragma once

#include "common/area.h"
#include "services/session.h"

#include <memory>

class CorrespondenceListModel;
class PrivateCopies;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

// Correspondentie: the register of letters, mails, phone notes and meeting reports over all
// dossiers the user may see, filtered by direction, channel, school, period and incident and searched by
// subject, summary and correspondent. Mail files dropped here are filed in a chosen dossier.
class CorrespondenceArea : public Area
{
    Q_OBJECT

public:
    explicit CorrespondenceArea(Session &session, QWidget *parent = nullptr);
    ~CorrespondenceArea() override;
    // Also before the area is made: the main window lists it and makes it when first shown.
    static QString areaTitle();
    static QIcon areaIcon();
    QString title() const override { return areaTitle(); }
    QIcon icon() const override { return areaIcon(); }
    QTableView *view() const { return m_view; }
    CorrespondenceListModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *directionCombo() const { return m_direction; }
    QLineEdit *incidentEdit() const { return m_incident; }
    QAction *newAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *importMailAction() const { return m_importMail; }
    PrivateCopies &copies() { return *m_copies; }
    // Files mail files after asking in whose dossier (what a drop does).
    int fileMail(const QStringList &paths);
    void applySearchNow();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showCount();
    void applyFilter();
    void addItem();
    void editItem();
    int currentRow() const;

    Session &m_session;
    std::unique_ptr<PrivateCopies> m_copies;
    CorrespondenceListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_direction;
    QComboBox *m_channel;
    QComboBox *m_school;
    QComboBox *m_period;
    QLineEdit *m_incident;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_importMail;
};
