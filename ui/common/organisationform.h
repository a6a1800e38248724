#pragma once

#include "domain/organisation.h"

#include <QByteArray>
#include <QWidget>
#include <memory>

namespace Ui {
class OrganisationForm;
}

// The organisation's details and letterhead logo; used by the first-start wizard and Beheer.
class OrganisationForm : public QWidget
{
    Q_OBJECT

public:
    explicit OrganisationForm(QWidget *parent = nullptr);
    ~OrganisationForm() override;

    void setOrganisation(const Organisation &organisation, const QByteArray &logo);
    // The values in the form; the version and logo hash come from what was set.
    Organisation organisation() const;
    // The chosen logo's bytes (PNG or JPEG), empty when none.
    QByteArray logo() const { return m_logo; }
    bool logoChanged() const { return m_logoChanged; }
    void setReadOnly(bool readOnly);
    // A Dutch sentence when something required is missing, else empty.
    QString problem() const;

signals:
    void edited();

private:
    void chooseLogo();
    void showLogo();

    std::unique_ptr<Ui::OrganisationForm> m_ui;
    Organisation m_loaded;
    QByteArray m_logo;
    bool m_logoChanged = false;
};
