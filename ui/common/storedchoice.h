#pragma once

#include <QString>
#include <QVariant>

class QComboBox;

// A form must never change what the user did not change. A choice list may lack the stored
// value (a case outside the list's filter, a rung since switched off, a school no longer
// listed); then the value is added to the list, marked, and chosen, so that saving the form
// unchanged saves what was stored.
namespace StoredChoice {

// Chooses the item holding `stored`; adds it as `label` (marked "no longer in the list") when the
// list lacks it. A null or zero `stored` chooses the first item.
void select(QComboBox *combo, const QVariant &stored, const QString &label);

} // namespace StoredChoice
