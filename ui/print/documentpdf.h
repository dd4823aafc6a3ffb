// SPDX-License-Identifier: Apache-2.0
#pragma once
// Printing a report's document model (report/document.h): its HTML laid out on the page, each
// small chart painted from the engine's sketch, the same points, limits and signals the HTML file
// draws as SVG. Qt Gui only, no widgets, so that the app and `pdsa report` share it.

#include "util/result.h"

#include <QImage>
#include <QString>

#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace pdsa::report {
struct ChartSketch;
struct Document;
}

namespace pdsa::print {

// The small chart of `sketch`, `zoom` times its size in a report (kChartWidth × kChartHeight).
QImage chartImage(const report::ChartSketch& sketch, qreal zoom);

// Hands `document` the charts as the images its HTML names (pdsa-chart:N), at `device`'s resolution.
void addChartImages(QTextDocument& document, const std::vector<report::ChartSketch>& charts,
                    const QPagedPaintDevice& device);

// Prints report HTML for QTextDocument (chart N as pdsa-chart:N, painted from `charts`) with
// `footer` under each page: what every report with small charts prints through.
Status printReportHtml(const QString& html, const std::vector<report::ChartSketch>& charts, const QString& footer,
                       QPagedPaintDevice& device);

Status printDocument(const report::Document& document, QPagedPaintDevice& device);

// Writes the document to a PDF file at `path` (through QSaveFile: all or nothing).
Status writeDocumentPdf(const report::Document& document, const QString& path);

} // namespace pdsa::print
