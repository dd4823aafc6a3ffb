// SPDX-License-Identifier: Apache-2.0
#include "undo/chartcommands.h"

#include "undo/commandids.h"
#include "undo/recordedit.h"
#include "workspacedocument.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace pdsa::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::Command)
};

Status setPointFlag(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId,
                    const QDate& period, bool on, bool MeasureValue::*flag, const QString& text) {
    Workspace& workspace = document.workspace();
    auto found = workspace.measures.values.find(measureValueId(teamId, measureId, period, {}));
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound,
                     Text::tr("There is no value for %1.").arg(period.toString(QStringLiteral("MMM yyyy")))};
    if ((**found).*flag == on)
        return {};
    const QUuid id = (*found)->meta.id;
    return pushApplied(
        document,
        std::make_unique<WriteCommand>(document, text, [id, flag, on](Workspace& ws, bool after) -> Status {
            auto current = ws.measures.values.find(id);
            if (!current)
                return current.error();
            if (!*current)
                return Error{ErrorCode::NotFound, Text::tr("The value no longer exists.")};
            MeasureValue value = **current;
            value.*flag = after ? on : !on;
            auto saved = ws.measures.values.save(value, ws.now());
            if (!saved)
                return saved.error();
            return {};
        }));
}

} // namespace

namespace command {

Status editChartSetting(WorkspaceDocument& document, const ChartSetting& setting, const QString& text) {
    auto current = document.workspace().measures.chartSetting(setting.teamId, setting.measureId);
    if (!current)
        return current.error();
    if (setting.baselinePoints && *setting.baselinePoints < 1)
        return Error{ErrorCode::Invalid, Text::tr("The baseline needs at least one point.")};
    ChartSetting after = setting;
    after.meta = current->meta;
    std::sort(after.phaseStarts.begin(), after.phaseStarts.end());
    after.phaseStarts.erase(std::unique(after.phaseStarts.begin(), after.phaseStarts.end()),
                            after.phaseStarts.end());
    if (after == *current)
        return {};
    if (after.meta.owner.role != OwnerRole::Team)
        after.meta.owner = Owner::ofTeam(after.teamId);
    // Changes of one kind to one measure's chart (typing a goal, stepping the baseline) merge.
    const QUuid id = after.meta.id;
    return pushApplied(document, std::make_unique<RecordEdit<ChartSetting>>(
                                     document, text, std::vector<RecordState<ChartSetting>>{{id, *current, after}},
                                     MergeKey{EditChartSettingId, id, text}));
}

Status setPointExcluded(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId,
                        const QDate& period, bool excluded) {
    return setPointFlag(document, teamId, measureId, period, excluded, &MeasureValue::excluded,
                        excluded ? Text::tr("Exclude point") : Text::tr("Include point"));
}

Status setPointAstronomical(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId,
                            const QDate& period, bool astronomical) {
    return setPointFlag(document, teamId, measureId, period, astronomical, &MeasureValue::astronomical,
                        astronomical ? Text::tr("Mark astronomical point")
                                     : Text::tr("Unmark astronomical point"));
}

Status addChartAnnotation(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId,
                          const QDate& date, const QString& text) {
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, Text::tr("An annotation needs some text.")};
    if (!date.isValid())
        return Error{ErrorCode::Invalid, Text::tr("An annotation needs a date.")};
    // A tombstone is final, so each redo adds a fresh record (undo removes it again).
    auto id = std::make_shared<QUuid>();
    const QString note = text.trimmed();
    return pushApplied(document, std::make_unique<WriteCommand>(
                              document, Text::tr("Add annotation"), [=](Workspace& ws, bool after) -> Status {
                                  if (!after) {
                                      auto removed = ws.work.annotations.remove(*id, ws.now());
                                      if (!removed)
                                          return removed.error();
                                      return {};
                                  }
                                  ChartAnnotation annotation;
                                  annotation.meta.owner = Owner::ofTeam(teamId);
                                  *id = annotation.meta.id;
                                  annotation.teamId = teamId;
                                  annotation.measureId = measureId;
                                  annotation.date = date;
                                  annotation.text = note;
                                  auto saved = ws.work.annotations.save(annotation, ws.now());
                                  if (!saved)
                                      return saved.error();
                                  return {};
                              }));
}

} // namespace command
} // namespace pdsa::ui
