#include "settingsvaluedelegate.h"

#include <QComboBox>
#include <QSpinBox>

QWidget *SettingsValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const QStringList choices = index.data(Qt::UserRole + 3).toStringList();
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        combo->addItems(choices);
        combo->setFrame(false);
        return combo;
    }
    auto *spin = new QSpinBox(parent);
    spin->setRange(index.data(Qt::UserRole + 1).toInt(), index.data(Qt::UserRole + 2).toInt());
    spin->setGroupSeparatorShown(true);
    spin->setFrame(false);
    return spin;
}

void SettingsValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void SettingsValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentIndex(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}
