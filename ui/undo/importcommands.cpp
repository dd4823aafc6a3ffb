// SPDX-License-Identifier: Apache-2.0
#include "undo/importcommands.h"

#include "undo/writecommand.h"
#include "workspacedocument.h"

#include <QUndoStack>

#include <memory>

namespace pdsa::ui::command {

bool pushAppliedImport(WorkspaceDocument& document, const QString& text, const QByteArray& changeset) {
    if (changeset.isEmpty() || changeset.size() > kLargestUndoableImport) {
        // Undo steps taken before the import could write over what it brought.
        document.undoStack()->clear();
        return false;
    }
    auto command = std::make_unique<WriteCommand>(document, text, [changeset](Workspace& workspace, bool after) {
        return workspace.replay(changeset, !after);
    });
    command->writeAsImport();
    command->markApplied();
    document.undoStack()->push(command.release());
    return true;
}

} // namespace pdsa::ui::command
