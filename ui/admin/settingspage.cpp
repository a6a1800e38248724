#include "settingspage.h"

#include "services/lookup.h"
#include "common/icons.h"
#include "common/errormessage.h"
#include "common/viewstate.h"
#include "models/settingsmodel.h"
#include "settingsvaluedelegate.h"
#include "domain/storageerror.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

SettingsPage::SettingsPage(Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_model(new SettingsModel(*session.database, this)),
      m_view(new QTableView(this)),
      m_language(new QComboBox(this))
{
    const bool admin = session.isAdministrator();
    m_save = new QAction(Icons::save(), tr("&Save settings"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_revert = new QAction(Icons::undo(), tr("&Undo changes"), this);
    addAction(m_save);
    addAction(m_revert);
    connect(m_save, &QAction::triggered, this, &SettingsPage::save);
    connect(m_revert, &QAction::triggered, this, [this] {
        m_model->revert();
        m_language->setCurrentIndex(m_language->findData(m_storedLanguage));
    });
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_save);
    bar->addAction(m_revert);
    bar->setVisible(admin);

    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_storedLanguage = Lookup(session).setting(QStringLiteral("language"), QStringLiteral("nl"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_storedLanguage)));
    m_language->setEnabled(admin);
    m_language->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::updateActions);
    auto *languageRow = new QFormLayout;
    languageRow->addRow(tr("&Language of the program:"), m_language);
    auto *languageNote = new QLabel(tr("A new language takes effect the next time Dossierkast starts."), this);
    languageNote->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("settingsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(SettingsModel::Value, new SettingsValueDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(admin ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                        | QAbstractItemView::AnyKeyPressed
                                  : QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(SettingsModel::Setting, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SettingsModel::Group, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SettingsModel::Source, QHeaderView::ResizeToContents);
    connect(m_model, &SettingsModel::modifiedChanged, this, &SettingsPage::updateActions);
    auto *note = new QLabel(tr("The terms are defaults from the law and the CAO, with their source. Laws and the "
                               "CAO change, and the board's lawyer has the last word: adjust them when needed."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(languageRow);
    layout->addWidget(languageNote);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    updateActions();
}

bool SettingsPage::hasUnsavedChanges() const
{
    return m_model->isModified() || m_language->currentData().toString() != m_storedLanguage;
}

void SettingsPage::updateActions()
{
    const bool enabled = m_session.isAdministrator() && hasUnsavedChanges();
    m_save->setEnabled(enabled);
    m_revert->setEnabled(enabled);
}

void SettingsPage::save()
{
    try {
        // The language and the numbers in one transaction, through the service that checks them.
        const QString language = m_language->currentData().toString();
        QHash<QString, QString> extra;
        if (language != m_storedLanguage)
            extra.insert(QStringLiteral("language"), language);
        m_model->save(m_session.scope, extra);
        m_storedLanguage = language;
    } catch (const StorageError &error) {
        ErrorMessage::show(this, tr("Settings"), error);
    }
    updateActions();
}
