// SPDX-License-Identifier: Apache-2.0
#pragma once
// What every printed report shares (the PDSA worksheet, the monthly storyboard): the font, a
// QTextDocument laid out on the device's page, the footer under each page, and writing a PDF
// file whole or not at all.

#include "util/result.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace pdsa::print {

// Lays `document` out for `device`'s page, less room for the footer, in the reports' font.
// Set its HTML after this.
void prepareDocument(QTextDocument& document, QPagedPaintDevice& device);

// Prints `document` from its first page on (after a new page unless `first`), with a footer under
// each page naming what it is (`footer`) and the page.
void printPages(QTextDocument& document, const QString& footer, QPagedPaintDevice& device, QPainter& painter,
                bool first);

// Writes a Letter-size PDF titled `title` at `path` (through QSaveFile: all or nothing) with what
// `print` paints on it.
Status writePdf(const QString& path, const QString& title, const std::function<Status(QPagedPaintDevice&)>& print);

} // namespace pdsa::print
