// SPDX-License-Identifier: Apache-2.0
#include "print/storyboardpdf.h"

#include "print/documentpdf.h"
#include "print/pages.h"
#include "report/storyboard.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace pdsa::print {

namespace {

class Storyboard {
    Q_DECLARE_TR_FUNCTIONS(pdsa::print::Storyboard)
};

} // namespace

Status printStoryboard(Workspace& workspace, const QUuid& teamId, const QDate& month, QPagedPaintDevice& device) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error{ErrorCode::Invalid, Storyboard::tr("printing a report needs a QGuiApplication")};
    auto board = report::storyboard(workspace, teamId, month);
    if (!board)
        return board.error();
    QTextDocument document;
    prepareDocument(document, device);
    addChartImages(document, board->charts, device);
    document.setHtml(board->html);
    QPainter painter;
    if (!painter.begin(&device))
        return Error{ErrorCode::Io, Storyboard::tr("cannot start printing the report")};
    printPages(document, board->footer, device, painter, true);
    if (!painter.end())
        return Error{ErrorCode::Io, Storyboard::tr("cannot finish printing the report")};
    return {};
}

Status writeStoryboardPdf(Workspace& workspace, const QUuid& teamId, const QDate& month, const QString& path) {
    return writePdf(path, Storyboard::tr("Monthly team report"),
                    [&](QPagedPaintDevice& device) { return printStoryboard(workspace, teamId, month, device); });
}

} // namespace pdsa::print
