// SPDX-License-Identifier: Apache-2.0
#pragma once
// The printable PDSA worksheet's content: one cycle, or a whole ramp, laid out like the paper
// worksheets coaches hand out. Qt Core only, so that it is built in core; ui/print paints it (PDF
// file or printer) for the app and for `pdsa worksheet`.
//
// The content is HTML for QTextDocument, not a document model of plain structs: the markup holds
// the worksheet's layout and its ink colours, and the painter draws it as it is.

#include "util/result.h"

#include <QString>
#include <QUuid>

#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::report {

// One cycle's worksheet, printed from a page of its own with its own page numbers.
struct CycleWorksheet {
    QString html;   // the worksheet, HTML for QTextDocument
    QString footer; // the line under each of its pages: the team and the cycle
};

// The worksheets of `cycleIds`, in that order. Errors: an id that names no PDSA cycle of the
// workspace; no id at all.
Result<std::vector<CycleWorksheet>> worksheets(Workspace& workspace, const std::vector<QUuid>& cycleIds);

// The same worksheets as one HTML document, each after the first starting on a new page.
Result<QString> worksheetHtml(Workspace& workspace, const std::vector<QUuid>& cycleIds);

} // namespace pdsa::report
