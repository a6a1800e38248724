#include "storedchoice.h"

#include <QComboBox>
#include <QCoreApplication>

#include <algorithm>

namespace StoredChoice {

void select(QComboBox *combo, const QVariant &stored, const QString &label)
{
    const bool none = !stored.isValid() || stored.isNull()
                      || (stored.metaType().id() != QMetaType::QString && stored.toLongLong() == 0);
    int index = combo->findData(stored);
    if (index < 0 && !none) {
        combo->addItem(QCoreApplication::translate("StoredChoice", "%1 (as stored; not in this list)").arg(label), stored);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, index));
}

} // namespace StoredChoice
