// SPDX-License-Identifier: Apache-2.0
#include "print/worksheetpdf.h"

#include "print/pages.h"
#include "report/worksheet.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace pdsa::print {

namespace {

// The translation context of printing's own messages (the worksheet's text is report/worksheet.cpp's).
class Worksheet {
    Q_DECLARE_TR_FUNCTIONS(pdsa::print::Worksheet)
};

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
        QTextDocument document;
        prepareDocument(document, device);
        document.setHtml(worksheet.html);
        printPages(document, worksheet.footer, device, painter, i == 0);
    }
    if (!painter.end())
        return Error{ErrorCode::Io, Worksheet::tr("cannot finish printing the worksheet")};
    return {};
}

Status writeWorksheetPdf(Workspace& workspace, const std::vector<QUuid>& cycleIds, const QString& path) {
    return writePdf(path, Worksheet::tr("PDSA worksheet"),
                    [&](QPagedPaintDevice& device) { return printWorksheets(workspace, cycleIds, device); });
}

} // namespace pdsa::print
