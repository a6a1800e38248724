#pragma once

#include "services/personimport.h"

#include <QHash>
#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QTableWidget;

// Step 2: which column holds what. Proposed from the header names the Dutch systems use, or
// taken from the last import of a file with the same columns; a preview shows the first rows.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    QComboBox *fieldCombo(PersonImport::Field field) const { return m_combos.value(field); }
    QTableWidget *preview() const { return m_preview; }
    // The QSettings key under which the mapping of a header set is remembered.
    static QString settingsKey(const QStringList &header);

private:
    QList<PersonImport::Field> fieldsFor(PersonKind kind) const;
    PersonImport::Mapping current() const;
    void fillPreview();

    ImportWizard *m_wizard;
    QHash<PersonImport::Field, QComboBox *> m_combos;
    QHash<PersonImport::Field, QLabel *> m_labels;
    QTableWidget *m_preview;
    QLabel *m_message;
};
