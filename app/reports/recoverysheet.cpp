#include "recoverysheet.h"

#include <QStringList>

QString RecoverySheet::html(const SealedBackup::Key &key, const QString &passphrase, const QString &organisation)
{
    const auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    // Character by character, so that a handwritten copy can be checked against it.
    QStringList spelled;
    for (const QChar c : passphrase)
        spelled.append(c == QLatin1Char(' ') ? tr("(space)") : QString(c));
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(e(tr("Recovery sheet for the backups of Dossierkast")));
    if (!organisation.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(e(organisation));
    html += QStringLiteral("<p>%1</p>")
                .arg(e(tr("Every backup of Dossierkast is sealed. Only the passphrase below opens it. Dossierkast does "
                          "not keep this passphrase anywhere: whoever loses this sheet cannot put a sealed backup back.")));
    html += QStringLiteral("<table cellpadding='6' border='1' cellspacing='0' width='100%'>");
    html += QStringLiteral("<tr><td width='25%'>%1</td><td><span style='font-family: monospace; font-size: 13pt;'>"
                           "<b>%2</b></span></td></tr>")
                .arg(e(tr("Passphrase")), e(passphrase));
    html += QStringLiteral("<tr><td>%1</td><td style='font-family: monospace;'>%2</td></tr>")
                .arg(e(tr("Character by character")), e(spelled.join(QLatin1Char(' '))));
    html += QStringLiteral("<tr><td>%1</td><td style='font-family: monospace;'>%2</td></tr>").arg(e(tr("Key")), e(key.fingerprint()));
    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                .arg(e(tr("Set on")), e(key.setOn.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>%1</h2><ol>").arg(e(tr("Keep this sheet")));
    for (const QString &line : { tr("Keep it where the board keeps its deeds (a safe), not beside the backups or the PC."),
                                 tr("Do not photograph, scan or mail it: a copy of the passphrase opens every backup."),
                                 tr("When a new passphrase is set, keep this sheet as long as backups with this key exist: "
                                    "the key above is named in every backup and in Beheer → Back-up.") })
        html += QStringLiteral("<li>%1</li>").arg(e(line));
    html += QStringLiteral("</ol><h2>%1</h2><ol>").arg(e(tr("Putting a sealed backup back")));
    for (const QString &line : { tr("In Dossierkast: Beheer → Back-up → Put a backup back…, choose the backup and type the "
                                    "passphrase when asked."),
                                 tr("Without a working Dossierkast: install it on a PC, then run "
                                    "'dossierkast --database NEW-FILE restore BACKUP-FILE' and type the passphrase when asked."),
                                 tr("A wrong passphrase or a damaged backup is refused; the database stays as it was.") })
        html += QStringLiteral("<li>%1</li>").arg(e(line));
    html += QStringLiteral("</ol><p>&nbsp;</p><table cellpadding='6' width='100%'><tr><td>%1 ______________________</td>"
                           "<td>%2 ______________________</td></tr></table>")
                .arg(e(tr("Set by:")), e(tr("Signature:")));
    return html;
}
