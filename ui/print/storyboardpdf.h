// SPDX-License-Identifier: Apache-2.0
#pragma once
// Printing a team's monthly storyboard (report/storyboard.h): its HTML laid out on the page, each
// small chart painted from the engine's sketch (the same points, centre line and signals the HTML
// file draws). Qt Gui only, no widgets, so that the app and `pdsa report team` share it.

#include "util/result.h"

#include <QDate>
#include <QString>
#include <QUuid>

class QPagedPaintDevice;

namespace pdsa {
class Workspace;
}

namespace pdsa::print {

Status printStoryboard(Workspace& workspace, const QUuid& teamId, const QDate& month, QPagedPaintDevice& device);

// Writes the storyboard to a PDF file at `path` (through QSaveFile: all or nothing).
Status writeStoryboardPdf(Workspace& workspace, const QUuid& teamId, const QDate& month, const QString& path);

} // namespace pdsa::print
