// SPDX-License-Identifier: Apache-2.0
#pragma once
// Printing the PDSA worksheet: one cycle, or a whole ramp (one cycle after another, each starting
// on a new page), painted from the content report/worksheet.h builds. Qt Gui only (QTextDocument,
// QPdfWriter), no widgets, so that the app and `pdsa worksheet` share it.

#include "util/result.h"

#include <QString>
#include <QUuid>

#include <vector>

class QPagedPaintDevice;

namespace pdsa {
class Workspace;
}

namespace pdsa::print {

// Prints the worksheets of `cycleIds`, in that order, onto `device` (a QPdfWriter or a QPrinter).
Status printWorksheets(Workspace& workspace, const std::vector<QUuid>& cycleIds, QPagedPaintDevice& device);

// Writes the worksheets to a PDF file at `path` (through QSaveFile: all or nothing).
Status writeWorksheetPdf(Workspace& workspace, const std::vector<QUuid>& cycleIds, const QString& path);

} // namespace pdsa::print
