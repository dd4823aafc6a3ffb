// SPDX-License-Identifier: Apache-2.0
#include "undo/measurecommands.h"

#include "services/rules.h"
#include "undo/writecommand.h"
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

// One cell's state: the value, or nothing (no live record).
struct CellState {
    QUuid id;
    std::optional<MeasureValue> before;
    MeasureValue after;
};

// Writes `value` as a user's change (a removed cell comes back live: RecordTable::save restores).
Status writeCell(Workspace& workspace, const MeasureValue& value, const QDateTime& now) {
    auto saved = workspace.measures.values.save(value, now);
    if (!saved)
        return saved.error();
    return {};
}

class SetMeasureValues : public WriteCommand {
public:
    SetMeasureValues(WorkspaceDocument& document, std::vector<CellState> cells, const QString& text)
        : WriteCommand(document, text)
        , m_cells(std::move(cells)) {
        m_write = [this](Workspace& workspace, bool forward) { return write(workspace, forward); };
    }

private:
    Status write(Workspace& workspace, bool forward) {
        const QDateTime now = workspace.now();
        for (const CellState& cell : m_cells) {
            if (forward) {
                PDSA_TRY(writeCell(workspace, cell.after, now));
            } else if (cell.before) {
                PDSA_TRY(writeCell(workspace, *cell.before, now));
            } else {
                auto removed = workspace.measures.values.remove(cell.id, now);
                if (!removed)
                    return removed.error();
            }
        }
        return {};
    }

    std::vector<CellState> m_cells;
};

// A measure's definition before (nothing: it is new) and after.
class SaveMeasure : public WriteCommand {
public:
    SaveMeasure(WorkspaceDocument& document, std::optional<Measure> before, Measure after)
        : WriteCommand(document, before ? Text::tr("Edit measure %1").arg(after.name)
                                        : Text::tr("New measure %1").arg(after.name))
        , m_before(std::move(before))
        , m_after(std::move(after)) {
        m_write = [this](Workspace& workspace, bool forward) { return write(workspace, forward); };
    }

private:
    // Undoing a new measure deletes it; redoing restores it (RecordTable::save revives it).
    Status write(Workspace& workspace, bool forward) {
        const QDateTime now = workspace.now();
        const Measure* target = forward ? &m_after : (m_before ? &*m_before : nullptr);
        if (!target) {
            auto removed = workspace.measures.measures.remove(m_after.meta.id, now);
            if (!removed)
                return removed.error();
            return {};
        }
        auto saved = workspace.measures.measures.save(*target, now);
        if (!saved)
            return saved.error();
        return {};
    }

    std::optional<Measure> m_before;
    Measure m_after;
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
    auto edit = std::make_unique<SaveMeasure>(document, before, measure);
    PDSA_TRY(edit->applyFirst());
    document.undoStack()->push(edit.release());
    return {};
}

Status setMeasureValues(WorkspaceDocument& document, const Measure& measure, std::vector<MeasureValue> values,
                        const QString& text) {
    Workspace& workspace = document.workspace();
    std::vector<CellState> cells;
    for (MeasureValue& value : values) {
        value.measureId = measure.meta.id;
        value.meta.id = measureValueId(value.teamId, measure.meta.id, value.period, value.stratumId);
        PDSA_TRY(value.validate(measure));
        auto existing = workspace.measures.values.find(value.meta.id);
        if (!existing)
            return existing.error();
        CellState cell{value.meta.id, *existing, value};
        if (cell.before) {
            MeasureValue compare = value;
            compare.meta = cell.before->meta;
            if (compare == *cell.before)
                continue; // unchanged
        } else {
            cell.after.meta.owner = Owner::ofTeam(value.teamId);
        }
        cells.push_back(std::move(cell));
    }
    if (cells.empty())
        return {};
    auto edit = std::make_unique<SetMeasureValues>(document, std::move(cells), text);
    PDSA_TRY(edit->applyFirst());
    document.undoStack()->push(edit.release());
    return {};
}

} // namespace command
} // namespace pdsa::ui
