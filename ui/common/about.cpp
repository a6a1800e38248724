#include "about.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace About {

void show(QWidget *parent, const QString &databasePath)
{
    const QString text =
        QCoreApplication::translate("About",
                                    "<h3>Dossierkast %1</h3>"
                                    "<p>Dossiers of incidents around the protocol for social media, mail and internet "
                                    "of a school board.</p>"
                                    "<p><b>Database:</b> %2</p>"
                                    "<p><b>Licence:</b> GNU General Public License, version 3 or later. This program "
                                    "comes with no warranty.</p>"
                                    "<p>Built with Qt %3 and libsodium.</p>")
            .arg(QCoreApplication::applicationVersion(), databasePath.toHtmlEscaped(), QString::fromLatin1(qVersion()));
    QMessageBox::about(parent, QCoreApplication::translate("About", "About Dossierkast"), text);
}

} // namespace About
