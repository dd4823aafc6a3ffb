#pragma once
// QUndoCommand::id() values of the commands that merge. QUndoStack only tries to merge commands
// with the same id, so every mergeable kind of edit gets its own range here.

namespace pdsa::ui {

enum CommandId {
    // One id per CollaborativeField: edits of different fields never merge.
    EditCollaborativeFieldBase = 1000,
};

} // namespace pdsa::ui
