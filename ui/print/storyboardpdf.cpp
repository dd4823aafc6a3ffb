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
    auto board = report::storyboard(workspace, teamId, month);
    if (!board)
        return board.error();
    return printReportHtml(board->html, board->charts, board->footer, device);
}

Status writeStoryboardPdf(Workspace& workspace, const QUuid& teamId, const QDate& month, const QString& path) {
    return writePdf(path, Storyboard::tr("Monthly team report"),
                    [&](QPagedPaintDevice& device) { return printStoryboard(workspace, teamId, month, device); });
}

} // namespace pdsa::print
