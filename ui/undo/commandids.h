#pragma once
// QUndoCommand::id() values of the commands that merge. QUndoStack only tries to merge commands
// with the same id, so every mergeable kind of edit gets its own range here.

namespace pdsa::ui {

enum CommandId {
    // One id per CollaborativeField: edits of different fields never merge.
    EditCollaborativeFieldBase = 1000,
    // PDSA cycle edits that merge (text fields, question cells, scale): one id for all of them;
    // the command compares cycle and field itself (ui/undo/cyclecommands.cpp).
    EditCycleId = 2000,
    // One id per ChangePackageField: a name edit never merges with a description edit.
    EditChangePackageTextBase = 3000,
};

} // namespace pdsa::ui
