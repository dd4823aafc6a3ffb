// SPDX-License-Identifier: Apache-2.0
#include "print/pages.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

namespace pdsa::print {

namespace {

// The translation context of printing's own messages.
class Printing {
    Q_DECLARE_TR_FUNCTIONS(pdsa::print::Printing)
};

QFont reportFont() {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.0);
    // No ligatures: "fi" must stay two letters in the PDF's text, so that it can be searched and
    // read back (pdftotext) as written.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont footerFont() {
    QFont font = reportFont();
    font.setPointSizeF(7.5);
    return font;
}

qreal footerHeight(QPagedPaintDevice& device) {
    return QFontMetricsF(footerFont(), &device).height() * 2.2;
}

} // namespace

void prepareDocument(QTextDocument& document, QPagedPaintDevice& device) {
    document.documentLayout()->setPaintDevice(&device);
    document.setDefaultFont(reportFont());
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(device.width(), device.height() - footerHeight(device)));
}

void printPages(QTextDocument& document, const QString& footer, QPagedPaintDevice& device, QPainter& painter,
                bool first) {
    const QFontMetricsF footerMetrics(footerFont(), &device);
    const QSizeF page(device.width(), device.height());
    const QSizeF body(page.width(), page.height() - footerHeight(device));
    document.setPageSize(body);
    const int pages = document.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (!first || p > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -p * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, p * body.height()), body));
        painter.restore();

        painter.save();
        painter.setFont(footerFont());
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QRectF footerRect(0, page.height() - footerMetrics.height(), page.width(), footerMetrics.height());
        const QString pageText = Printing::tr("Page %1 of %2").arg(p + 1).arg(pages);
        const qreal pageWidth = footerMetrics.horizontalAdvance(pageText) + footerMetrics.averageCharWidth() * 4;
        painter.drawText(footerRect.adjusted(pageWidth, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter, pageText);
        painter.drawText(footerRect.adjusted(0, 0, -pageWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(footer, Qt::ElideRight, footerRect.width() - pageWidth));
        painter.restore();
    }
}

Status writePdf(const QString& path, const QString& title, const std::function<Status(QPagedPaintDevice&)>& print) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, Printing::tr("%1: cannot write it (%2)").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                         QMarginsF(0.6, 0.55, 0.6, 0.5), QPageLayout::Inch));
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("PDSA Tracker"));
        writer.setTitle(title);
        if (auto printed = print(writer); !printed) {
            file.cancelWriting();
            return Error{printed.error().code, QStringLiteral("%1: %2").arg(path, printed.error().message)};
        }
    }
    if (!file.commit())
        return Error{ErrorCode::Io, Printing::tr("%1: cannot write it (%2)").arg(path, file.errorString())};
    return {};
}

} // namespace pdsa::print
