#include "settingsvaluedelegate.h"

#include <QSpinBox>

QWidget *SettingsValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(index.data(Qt::UserRole + 1).toInt(), index.data(Qt::UserRole + 2).toInt());
    spin->setGroupSeparatorShown(true);
    spin->setFrame(false);
    return spin;
}
