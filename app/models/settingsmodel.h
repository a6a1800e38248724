#pragma once

#include "../domain/accessscope.h"
#include "../domain/settingdefinition.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Database;

// The numeric settings of Beheer with their unit and legal source. Edits are held until
// save() hands them to SettingsService (one transaction, administrators only), or revert()
// drops them.
class SettingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Group, Setting, Value, Unit, Source, ColumnCount };

    SettingsModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isModified() const;
    // Saves the edits and `alsoSave` (stored values by key, the language) together; throws
    // StorageError (Denied, Invalid) and then keeps the edits.
    void save(const AccessScope &scope, const QHash<QString, QString> &alsoSave = {});
    void revert() override;

signals:
    void modifiedChanged(bool modified);

private:
    struct Row {
        SettingDefinition definition;
        int stored = 0;
        int value = 0;
        QString source;
    };

    Database &m_db;
    QList<Row> m_rows;
};
