#include "viewstate.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

namespace ViewState {

void restore(QHeaderView *header, const QString &key)
{
    header->restoreState(QSettings().value(QStringLiteral("views/%1/header").arg(key)).toByteArray());
}

void save(const QHeaderView *header, const QString &key)
{
    QSettings().setValue(QStringLiteral("views/%1/header").arg(key), header->saveState());
}

void restore(QSplitter *splitter, const QString &key)
{
    splitter->restoreState(QSettings().value(QStringLiteral("views/%1/splitter").arg(key)).toByteArray());
}

void save(const QSplitter *splitter, const QString &key)
{
    QSettings().setValue(QStringLiteral("views/%1/splitter").arg(key), splitter->saveState());
}

void restoreGeometry(QWidget *window, const QString &key)
{
    window->restoreGeometry(QSettings().value(QStringLiteral("windows/%1/geometry").arg(key)).toByteArray());
}

void saveGeometry(const QWidget *window, const QString &key)
{
    QSettings().setValue(QStringLiteral("windows/%1/geometry").arg(key), window->saveGeometry());
}

} // namespace ViewState
