#include "settingsmodel.h"

#include "../services/settingsservice.h"

#include "../domain/changebus.h"
#include "../services/listreader.h"

#include <QFont>

SettingsModel::SettingsModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    ChangeBus::listen(this, [this](const QString &entity) {
        if (entity == QLatin1String("settings") && !isModified())
            revert();
    });
    revert();
}

void SettingsModel::revert()
{
    beginResetModel();
    m_rows.clear();
    const ListReader settings(m_db, AccessScope::system());
    for (const SettingDefinition &definition : SettingDefinition::all()) {
        Row row;
        row.definition = definition;
        bool ok = false;
        const qint64 stored = settings.settingValue(definition.key).toLongLong(&ok);
        const int missing = definition.choices.isEmpty() && definition.fallback == 0 ? definition.minimum : definition.fallback;
        row.stored = ok ? int(stored / definition.scale) : missing;
        row.value = row.stored;
        row.source = settings.settingSource(definition.key);
        m_rows.append(row);
    }
    endResetModel();
    emit modifiedChanged(false);
}

bool SettingsModel::isModified() const
{
    for (const Row &row : m_rows)
        if (row.value != row.stored)
            return true;
    return false;
}

void SettingsModel::save(const AccessScope &scope, const QHash<QString, QString> &alsoSave)
{
    QHash<QString, QString> values = alsoSave;
    for (const Row &row : std::as_const(m_rows))
        if (row.value != row.stored)
            values.insert(row.definition.key, QString::number(qint64(row.value) * row.definition.scale));
    if (!values.isEmpty())
        SettingsService(m_db, scope).save(values);
    for (Row &row : m_rows)
        row.stored = row.value;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit modifiedChanged(false);
}

int SettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole && index.column() == Value && !row.definition.choices.isEmpty())
        return row.definition.valueText(row.value);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Group: return SettingDefinition::groupLabel(row.definition.group);
        case Setting: return row.definition.label;
        case Value: return row.value;
        case Unit: return row.definition.unit;
        case Source: return row.source;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Value && row.definition.choices.isEmpty()) {
        return tr("From %1 to %2 %3").arg(row.definition.minimum).arg(row.definition.maximum).arg(row.definition.unit);
    } else if (role == Qt::FontRole && index.column() == Value && row.value != row.stored) {
        QFont bold;
        bold.setBold(true);
        return bold;
    } else if (role == Qt::UserRole) {
        return row.definition.key;
    } else if (role == Qt::UserRole + 1) {
        return row.definition.minimum;
    } else if (role == Qt::UserRole + 2) {
        return row.definition.maximum;
    } else if (role == Qt::UserRole + 3) {
        return row.definition.choices;
    }
    return {};
}

bool SettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Value || role != Qt::EditRole)
        return false;
    bool ok = false;
    const int number = value.toInt(&ok);
    Row &row = m_rows[index.row()];
    if (!ok || number < row.definition.minimum || number > row.definition.maximum)
        return false;
    if (number == row.value)
        return true;
    const bool wasModified = isModified();
    row.value = number;
    emit dataChanged(index, index);
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
    return true;
}

Qt::ItemFlags SettingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Value)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group: return tr("Group");
    case Setting: return tr("Setting");
    case Value: return tr("Value");
    case Unit: return tr("Unit");
    case Source: return tr("Source");
    }
    return {};
}
