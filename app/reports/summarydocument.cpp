#include "summarydocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QScreen>
#include <QTextDocument>
#include <QTextFrame>

SummaryDocument::SummaryDocument(const QString &html, const QString &printedBy, const QDateTime &printedAt, const QImage &logo)
    : m_html(html), m_printedBy(printedBy), m_printedAt(printedAt), m_logo(logo)
{
}

void SummaryDocument::addImage(const QString &name, const QImage &image)
{
    m_images.insert(name, image);
}

QString SummaryDocument::footer(int page, int pages) const
{
    const QString printed = m_printedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"));
    if (m_anchor.isEmpty())
        return tr("Confidential · printed by %1 on %2 · page %3 of %4").arg(m_printedBy, printed).arg(page).arg(pages);
    return tr("Confidential · printed by %1 on %2 · audit mark %3 · page %4 of %5")
        .arg(m_printedBy, printed, m_anchor)
        .arg(page)
        .arg(pages);
}

int SummaryDocument::paint(QPagedPaintDevice &device) const
{
    QPainter painter(&device);
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    // Room at the bottom of each page for the footer line.
    const qreal footerHeight = device.logicalDpiY() * 0.35;
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    if (!m_logo.isNull())
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("dossierkast:logo")), m_logo);
    // QTextDocument enlarges images by the device's resolution over the screen's: the images
    // are made that much smaller first, so they come out as wide as the text.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal screenDpi = screen ? qRound(screen->logicalDotsPerInchX()) : 100;
    const qreal enlarged = device.logicalDpiX() / screenDpi;
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("dossierkast:") + it.key()),
                             it.value().scaledToWidth(int(page.width() * 0.98 / enlarged), Qt::SmoothTransformation));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setHtml(m_html);
    // The root frame's margins repeat on every page: the bottom one keeps text out of the
    // footer's band, so no line is cut between two pages (and none appears twice in the PDF).
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setTopMargin(device.logicalDpiY() * 0.05);
    frame.setBottomMargin(footerHeight);
    frame.setLeftMargin(0);
    frame.setRightMargin(0);
    document.rootFrame()->setFrameFormat(frame);
    document.setPageSize(page.size());
    const int pages = document.pageCount();
    QFont footerFont = font;
    footerFont.setPointSizeF(7.5);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        const qreal top = index * page.height();
        painter.translate(0, -top);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, top, page.width(), page.height() - footerHeight);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(Qt::darkGray);
        painter.drawLine(QPointF(0, page.height() - footerHeight * 0.8), QPointF(page.width(), page.height() - footerHeight * 0.8));
        painter.drawText(QRectF(0, page.height() - footerHeight * 0.7, page.width(), footerHeight * 0.7),
                         Qt::AlignHCenter | Qt::AlignVCenter, footer(index + 1, pages));
    }
    painter.end();
    return pages;
}

QByteArray SummaryDocument::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 22), QPageLayout::Millimeter);
    writer.setTitle(tr("Confidential summary"));
    writer.setCreator(QStringLiteral("Dossierkast"));
    // PDF/A-1b: fonts embedded and metadata as archives want them, for files kept for years.
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    paint(writer);
    buffer.close();
    return bytes;
}
