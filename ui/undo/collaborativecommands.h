// SPDX-License-Identifier: Apache-2.0
#pragma once
// Undo commands for the collaborative's own details. Private to ui/undo: widgets go through the
// facade in commands.h. The command holds the field's value before and after; redo and undo
// each write one value through CollaborativeRepository::save() in one transaction (save() bumps
// the record's revision, so a bundle taken later carries the change).
//
// Like Tiled's ChangeValue, consecutive edits of the same field of the same collaborative merge
// into one command, which keeps the first "before" and the last "after"; if typing returns the
// field to where it started, the merged command becomes obsolete and QUndoStack drops it.

#include "undo/commands.h"
#include "undo/writecommand.h"

#include <QUuid>

namespace pdsa::ui {

class EditCollaborativeField : public WriteCommand {
public:
    EditCollaborativeField(WorkspaceDocument& document, const QUuid& collaborativeId,
                           CollaborativeField field, QString before, QString after);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    static QString textFor(CollaborativeField field);

private:
    Status write(Workspace& workspace, const QString& value);

    QUuid m_collaborativeId;
    CollaborativeField m_field;
    QString m_before;
    QString m_after;
};

} // namespace pdsa::ui
