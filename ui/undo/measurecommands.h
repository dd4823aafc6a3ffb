// SPDX-License-Identifier: Apache-2.0
#pragma once
// The undo facade for a team's measure data (the data grid, its paste, the CSV import dialog).
// Like commands.h: each function validates, writes through the repositories in one transaction
// and pushes one undoable command; it returns an Error and pushes nothing when any cell is
// refused, and pushes nothing when nothing changed.

#include "domain/measure.h"
#include "util/result.h"

#include <QString>

#include <vector>

namespace pdsa::ui {

class WorkspaceDocument;

namespace command {

// Stores `values` (cells of `measure`; their ids are measureValueId(team, measure, period,
// stratum)) as one undo step called `text` ("Edit Mar 2025", "Paste 12 cells", "Import data").
// Every value is checked with MeasureValue::validate; the first refusal is returned.
Status setMeasureValues(WorkspaceDocument& document, const Measure& measure, std::vector<MeasureValue> values,
                        const QString& text);

// Creates or changes a measure's definition as one undo step ("New measure", "Edit measure").
// Refused: an empty name; a rate without a positive "per"; a baseline that ends before it starts;
// a shared measure (teamId null) edited from a team (`asTeam`): its definition belongs to the
// collaborative. Nothing is pushed when nothing changed.
Status saveMeasure(WorkspaceDocument& document, Measure measure, bool asTeam);

} // namespace command
} // namespace pdsa::ui
