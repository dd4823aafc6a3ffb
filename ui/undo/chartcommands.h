// SPDX-License-Identifier: Apache-2.0
#pragma once
// The undo facade of the chart view: changing a team's chart setting for a measure, marking a
// point excluded or astronomical, and adding a free annotation. Like commands.h: each function
// validates, writes through the repositories in one transaction, and pushes one undoable command;
// nothing is pushed when nothing changes.

#include "domain/chartsetting.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QUuid>

namespace pdsa::ui {

class WorkspaceDocument;

namespace command {

// Stores `setting` as the team's chart setting for its measure (team and measure ids are taken
// from it). Consecutive changes of the same team's measure merge into one undo step only when
// they are of the same kind (`text` is the undo text, e.g. "Change chart type").
Status editChartSetting(WorkspaceDocument& document, const ChartSetting& setting, const QString& text);

// Marks one value (the total of `period`) as excluded from the calculations, or not.
Status setPointExcluded(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId,
                        const QDate& period, bool excluded);
// Marks one value (the total of `period`) as an astronomical point, or not.
Status setPointAstronomical(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId,
                            const QDate& period, bool astronomical);

// Adds a dated note to the team's chart of the measure. The text must not be empty.
Status addChartAnnotation(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId,
                          const QDate& date, const QString& text);

} // namespace command
} // namespace pdsa::ui
