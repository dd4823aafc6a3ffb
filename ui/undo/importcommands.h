// SPDX-License-Identifier: Apache-2.0
#pragma once
// The undo facade for bundle imports: an import the dialog applied becomes one undo step, like
// any edit, instead of clearing the history. The step holds every row the import changed (an
// SQLite changeset, recorded by bundle::ImportSession::apply): undo writes the rows back as they
// were, redo as the import left them, each in one transaction. Either is refused, changing
// nothing, if a row changed since in a way the step does not expect.

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace pdsa::ui {

class WorkspaceDocument;

namespace command {

// The largest import kept for undo; a larger one clears the history, as it cannot be kept in
// memory at a reasonable cost.
constexpr qsizetype kLargestUndoableImport = 64 * 1024 * 1024;

// Pushes the import already applied, whose changes are `changeset`, as one undo step called
// `text` ("Import Alder County.pdsabundle"). Returns false, and clears the history instead, when
// there is no record of it or it is larger than kLargestUndoableImport.
bool pushAppliedImport(WorkspaceDocument& document, const QString& text, const QByteArray& changeset);

} // namespace command
} // namespace pdsa::ui
