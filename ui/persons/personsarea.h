#pragma once

#include "common/area.h"
#include "services/session.h"

#include <memory>

class DossierView;
class PrivateCopies;
class PersonListPage;
class QTabWidget;

// Personen: the person list, and the dossiers opened from it, each in a tab of its own.
class PersonsArea : public Area
{
    Q_OBJECT

public:
    explicit PersonsArea(Session &session, QWidget *parent = nullptr);
    ~PersonsArea() override;
    // Also before the area is made: the main window lists it and makes it when first shown.
    static QString areaTitle();
    static QIcon areaIcon();
    QString title() const override { return areaTitle(); }
    QIcon icon() const override { return areaIcon(); }
    PersonListPage *listPage() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }
    // Opens (or shows again) a dossier; opening is audited. Returns nullptr when the person is
    // out of reach (a message was shown).
    DossierView *openDossier(qint64 personId);

private:
    void closeTab(int index);

    Session &m_session;
    std::unique_ptr<PrivateCopies> m_copies;
    QTabWidget *m_tabs;
    PersonListPage *m_list;
};
