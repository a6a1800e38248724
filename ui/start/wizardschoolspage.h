#pragma once

#include "domain/school.h"

#include <QList>
#include <QWizardPage>

class QTableWidget;

// First start, step 2: the board's schools, one per row.
class WizardSchoolsPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { Name, Brin, Address, PostalCode, City, Director, ColumnCount };

    explicit WizardSchoolsPage(QWidget *parent = nullptr);
    QList<School> schools() const;
    QTableWidget *table() const { return m_table; }
    void addRow();
    bool validatePage() override;

private:
    void removeRow();
    QTableWidget *m_table;
};
