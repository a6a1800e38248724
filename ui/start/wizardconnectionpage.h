#pragma once

#include <QWizardPage>
#include <functional>

class ConnectionForm;

// First start, step 0: where the dossiers are kept. Choosing a database that is already set
// up ends the wizard; the program then asks for a login.
class WizardConnectionPage : public QWizardPage
{
    Q_OBJECT

public:
    // What the chosen database holds; `problem` is a Dutch sentence when it cannot be used.
    struct Inspection {
        QString problem;
        bool alreadySetUp = false;
        bool needsOrganisation = true;
    };
    using Inspect = std::function<Inspection(const QString &location, const QString &password)>;

    WizardConnectionPage(const QString &location, Inspect inspect, QWidget *parent = nullptr);
    ConnectionForm *form() const { return m_form; }
    bool validatePage() override;
    bool alreadySetUp() const { return m_inspection.alreadySetUp; }
    bool needsOrganisation() const { return m_inspection.needsOrganisation; }

private:
    ConnectionForm *m_form;
    Inspect m_inspect;
    Inspection m_inspection;
};
