#pragma once

#include <QString>

class QWidget;

// "Over Dossierkast": version, the database in use, and the licence.
namespace About {

void show(QWidget *parent, const QString &databasePath);

} // namespace About
