// SPDX-License-Identifier: Apache-2.0
#pragma once
// QUndoCommand::id() values of the commands that merge. QUndoStack tries to merge two commands
// only when their ids are equal, and a command's mergeWith() then looks at the other command as
// its own class: two classes sharing an id would be read as each other. So every class that
// merges takes its id (or its range of ids) from here and from nowhere else, the ranges do not
// overlap (checked below), and every mergeWith() still checks the other command's class.

namespace pdsa::ui {

enum CommandId {
    // One id per CollaborativeField: edits of different fields never merge.
    EditCollaborativeFieldBase = 1000,
    EditCollaborativeFieldEnd = 1099,
    // PDSA cycle edits that merge (text fields, question cells, scale): one id for all of them;
    // the command compares cycle and field itself (ui/undo/cyclecommands.cpp).
    EditCycleId = 2000,
    // One id per ChangePackageField: a name edit never merges with a description edit.
    EditChangePackageTextBase = 3000,
    EditChangePackageTextEnd = 3099,
    // A chart setting of one measure (baseline, chart type, goal…): one id, the command compares
    // the setting and the kind of change itself.
    EditChartSettingId = 4000,
    // Typing in a monthly report's sections: one id, the command compares report and section.
    EditReportTextId = 5000,
};

static_assert(EditCollaborativeFieldEnd < EditCycleId && EditCycleId < EditChangePackageTextBase
                  && EditChangePackageTextEnd < EditChartSettingId && EditChartSettingId < EditReportTextId,
              "merge ids of different command classes must never be equal");

} // namespace pdsa::ui
