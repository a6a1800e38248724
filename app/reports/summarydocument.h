#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QString>

class QPagedPaintDevice;

// A printed summary: HTML content laid out on A4 pages, each page carrying "Vertrouwelijk", who
// printed it and when, the audit mark of the trail at that moment, and "pagina x van y". Tables repeat their header row on every page
// (thead). Renders to PDF or to any paged device (a printer).
class SummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(SummaryDocument)

public:
    SummaryDocument(const QString &html, const QString &printedBy, const QDateTime &printedAt, const QImage &logo = QImage());
    QByteArray pdf() const;
    // Paints every page on `device` (a QPdfWriter or a QPrinter) with the page size and margins
    // the device has (the user's page set-up); returns the number of pages.
    int paint(QPagedPaintDevice &device) const;
    QString footer(int page, int pages) const;
    // "Auditkenmerk 1234-0a1b2c3d4e5f" on every page (AuditTrail::anchor), so that the printout
    // can later prove the trail was not rewritten (`check --anchor`).
    void setAuditAnchor(const QString &anchor) { m_anchor = anchor; }
    // An image the HTML refers to as <img src="dossierkast:NAME">, drawn the width of the text.
    void addImage(const QString &name, const QImage &image);

private:
    QString m_html;
    QString m_printedBy;
    QDateTime m_printedAt;
    QImage m_logo;
    QString m_anchor;
    QHash<QString, QImage> m_images;
};
