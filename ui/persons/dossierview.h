#pragma once

#include "services/dossierreader.h"
#include "services/session.h"

#include <QWidget>
#include <memory>

class DossierTimelineModel;
class PrivateCopies;
class QAction;
class RedactionDialog;
class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

// A personeelsdossier or leerlingendossier: who the person is, their parents or children, and
// the timeline of everything filed on them, filtered per kind and period. A parent's view
// shows the correspondence about them that is filed in their child's dossier. Mail files
// dropped on it are filed in the dossier.
class DossierView : public QWidget
{
    Q_OBJECT

public:
    enum class Period { All, LastThreeMonths, LastYear, ThisSchoolYear, LastSchoolYear, Custom };

    DossierView(Session &session, PrivateCopies &copies, const DossierReader::Dossier &dossier, QWidget *parent = nullptr);
    qint64 personId() const { return m_dossier.person.id; }
    QString title() const;
    QTableView *view() const { return m_view; }
    DossierTimelineModel *model() const { return m_model; }
    QToolButton *kindButton(DossierEntry::Kind kind) const;
    QComboBox *periodCombo() const { return m_period; }
    QLabel *header() const { return m_header; }
    QLabel *notice() const { return m_notice; }
    QAction *editAction() const { return m_edit; }
    QAction *newItemAction() const { return m_newItem; }
    // Files mail files in this dossier (what a drop does); returns how many were filed.
    int fileMail(const QStringList &paths);
    // Writes the dossier summary as PDF (asks where when `path` is empty); audited.
    bool savePdf(const QString &path = QString());
    // The dialog for a copy of this dossier made for its person (or, ticked otherwise, for others).
    std::unique_ptr<RedactionDialog> redactedSummary();
    // The first and last day of a period preset, relative to `today`.
    static std::pair<QDate, QDate> range(Period period, const QDate &today);

signals:
    void openDossierRequested(qint64 personId);
    void titleChanged(const QString &title);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createLayout();
    void newItem();
    void display(const DossierReader::Dossier &dossier);
    void reload();
    void applyFilter();
    void editPerson();
    void activated(const QModelIndex &index);

    Session &m_session;
    PrivateCopies &m_copies;
    DossierReader::Dossier m_dossier;
    DossierTimelineModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_header;
    QLabel *m_notice;
    QLabel *m_count;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QList<QToolButton *> m_kindButtons;
    QAction *m_edit;
    QAction *m_newItem;
    QAction *m_print;
    QAction *m_pdf;
    QAction *m_redacted;
};
