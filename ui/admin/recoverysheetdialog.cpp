#include "recoverysheetdialog.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

RecoverySheetDialog::RecoverySheetDialog(const QString &html, QWidget *parent)
    : QDialog(parent), m_sheet(new QTextBrowser(this))
{
    setWindowTitle(tr("Recovery sheet"));
    m_sheet->setHtml(html);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    connect(print, &QPushButton::clicked, this, &RecoverySheetDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sheet);
    layout->addWidget(buttons);
    resize(720, 640);
}

void RecoverySheetDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the recovery sheet"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [this](QPrinter *device) {
        m_sheet->document()->print(device);
    });
    if (preview.exec() == QDialog::Accepted)
        m_printed = true;
}

void RecoverySheetDialog::done(int result)
{
    if (!m_printed) {
        QMessageBox box(QMessageBox::Warning, tr("Recovery sheet"), tr("The recovery sheet was not printed."),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("The passphrase is not shown again. Close only when it is written down and kept safe: "
                                  "without it no sealed backup can be put back."));
        QPushButton *close = box.addButton(tr("It is written down; close"), QMessageBox::AcceptRole);
        QPushButton *back = box.addButton(tr("Back to the sheet"), QMessageBox::RejectRole);
        box.setDefaultButton(back);
        box.exec();
        if (box.clickedButton() != close)
            return;
    }
    QDialog::done(result);
}
