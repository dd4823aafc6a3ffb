// SPDX-License-Identifier: Apache-2.0
#include "print/worksheetpdf.h"

#include "report/worksheet.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
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

// The translation context of printing's own messages (the worksheet's text is report/worksheet.cpp's).
class Worksheet {
    Q_DECLARE_TR_FUNCTIONS(pdsa::print::Worksheet)
};

QFont worksheetFont() {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.0);
    // No ligatures: "fi" must stay two letters in the PDF's text, so that it can be searched and
    // read back (pdftotext) as written.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Prints one worksheet from its first page on: the document laid out on the device's page, with a
// footer under each page naming the team, the cycle and the page.
void printOne(const QString& html, const QString& footer, QPagedPaintDevice& device, QPainter& painter,
              bool first) {
    const QFont font = worksheetFont();
    QFont footerFont = font;
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF footerMetrics(footerFont, &device);
    const qreal footerHeight = footerMetrics.height() * 2.2;
    const QSizeF page(device.width(), device.height());
    const QSizeF body(page.width(), page.height() - footerHeight);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setDefaultFont(font);
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);
    document.setDocumentMargin(0);
    document.setHtml(html);
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
        painter.setFont(footerFont);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QRectF footerRect(0, page.height() - footerMetrics.height(), page.width(),
                                footerMetrics.height());
        const QString pageText = Worksheet::tr("Page %1 of %2").arg(p + 1).arg(pages);
        const qreal pageWidth =
            footerMetrics.horizontalAdvance(pageText) + footerMetrics.averageCharWidth() * 4;
        painter.drawText(footerRect.adjusted(pageWidth, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
                         pageText);
        painter.drawText(footerRect.adjusted(0, 0, -pageWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(footer, Qt::ElideRight, footerRect.width() - pageWidth));
        painter.restore();
    }
}

} // namespace

Status printWorksheets(Workspace& workspace, const std::vector<QUuid>& cycleIds, QPagedPaintDevice& device) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{ErrorCode::Invalid, Worksheet::tr("printing a worksheet needs a QGuiApplication")};
    auto worksheets = report::worksheets(workspace, cycleIds);
    if (!worksheets)
        return worksheets.error();
    QPainter painter;
    if (!painter.begin(&device))
        return Error{ErrorCode::Io, Worksheet::tr("cannot start printing the worksheet")};
    // One document per cycle, so that each starts on a new page and numbers its own pages.
    for (size_t i = 0; i < worksheets->size(); ++i) {
        const report::CycleWorksheet& worksheet = (*worksheets)[i];
        printOne(worksheet.html, worksheet.footer, device, painter, i == 0);
    }
    if (!painter.end())
        return Error{ErrorCode::Io, Worksheet::tr("cannot finish printing the worksheet")};
    return {};
}

Status writeWorksheetPdf(Workspace& workspace, const std::vector<QUuid>& cycleIds, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, Worksheet::tr("%1: cannot write it (%2)").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                         QMarginsF(0.6, 0.55, 0.6, 0.5), QPageLayout::Inch));
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("PDSA Tracker"));
        writer.setTitle(Worksheet::tr("PDSA worksheet"));
        if (auto printed = printWorksheets(workspace, cycleIds, writer); !printed) {
            file.cancelWriting();
            return Error{printed.error().code, QStringLiteral("%1: %2").arg(path, printed.error().message)};
        }
    }
    if (!file.commit())
        return Error{ErrorCode::Io, Worksheet::tr("%1: cannot write it (%2)").arg(path, file.errorString())};
    return {};
}

} // namespace pdsa::print
