#include "viewstate.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

namespace ViewState {

bool restore(QHeaderView *header, const QString &key)
{
    const QByteArray state = QSettings().value(QStringLiteral("views/%1/header").arg(key)).toByteArray();
    return !state.isEmpty() && header->restoreState(state);
}

void save(const QHeaderView *header, const QString &key)
{
    QSettings settings;
    settings.setValue(QStringLiteral("views/%1/header").arg(key), header->saveState());
    settings.setValue(QStringLiteral("views/%1/columns").arg(key), header->count());
}

int savedColumnCount(const QString &key)
{
    bool ok = false;
    const int count = QSettings().value(QStringLiteral("views/%1/columns").arg(key)).toInt(&ok);
    return ok ? count : -1;
}

void restore(QSplitter *splitter, const QString &key)
{
    splitter->restoreState(QSettings().value(QStringLiteral("views/%1/splitter").arg(key)).toByteArray());
}

void save(const QSplitter *splitter, const QString &key)
{
    QSettings().setValue(QStringLiteral("views/%1/splitter").arg(key), splitter->saveState());
}

bool restoreGeometry(QWidget *window, const QString &key)
{
    const QByteArray geometry = QSettings().value(QStringLiteral("windows/%1/geometry").arg(key)).toByteArray();
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

void saveGeometry(const QWidget *window, const QString &key)
{
    QSettings().setValue(QStringLiteral("windows/%1/geometry").arg(key), window->saveGeometry());
}

} // namespace ViewState
