// SPDX-License-Identifier: Apache-2.0
#include "undo/measurecommands.h"

#include "services/rules.h"
#include "undo/recordedit.h"
#include "workspacedocument.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

#include <optional>

namespace pdsa::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::Command)
};

} // namespace

namespace command {

Status saveMeasure(WorkspaceDocument& document, Measure measure, bool asTeam) {
    PDSA_TRY(rules::checkMeasureDefinition(measure));
    auto existing = document.workspace().measures.measures.find(measure.meta.id);
    if (!existing)
        return existing.error();
    const std::optional<Measure> before = *existing;
    if (asTeam && ((before && before->isShared()) || measure.isShared()))
        return Error{
            ErrorCode::Invalid,
            Text::tr("\"%1\" is a shared measure of the collaborative: its definition is the same for every "
                     "team and only the organizer changes it.")
                .arg(before ? before->name : measure.name)};
    if (before) {
        Measure compare = measure;
        compare.meta = before->meta;
        if (compare == *before)
            return {};
    } else if (!measure.teamId.isNull()) {
        measure.meta.owner = Owner::ofTeam(measure.teamId);
    }
    // Undoing a new measure deletes it; redoing restores it (RecordTable::save revives it).
    const QString text = before ? Text::tr("Edit measure %1").arg(measure.name)
                                : Text::tr("New measure %1").arg(measure.name);
    return pushApplied(document, std::make_unique<RecordEdit<Measure>>(
                                     document, text, std::vector<RecordState<Measure>>{{measure.meta.id, before, measure}}));
}

Status setMeasureValues(WorkspaceDocument& document, const Measure& measure, std::vector<MeasureValue> values,
                        const QString& text) {
    Workspace& workspace = document.workspace();
    std::vector<RecordState<MeasureValue>> cells;
    for (MeasureValue& value : values) {
        value.measureId = measure.meta.id;
        value.meta.id = measureValueId(value.teamId, measure.meta.id, value.period, value.stratumId);
        PDSA_TRY(value.validate(measure));
        auto existing = workspace.measures.values.find(value.meta.id);
        if (!existing)
            return existing.error();
        RecordState<MeasureValue> cell{value.meta.id, *existing, value};
        if (cell.before) {
            MeasureValue compare = value;
            compare.meta = cell.before->meta;
            if (compare == *cell.before)
                continue; // unchanged
        } else {
            cell.after->meta.owner = Owner::ofTeam(value.teamId);
        }
        cells.push_back(std::move(cell));
    }
    if (cells.empty())
        return {};
    return pushApplied(document, std::make_unique<RecordEdit<MeasureValue>>(document, text, std::move(cells)));
}

} // namespace command
} // namespace pdsa::ui
