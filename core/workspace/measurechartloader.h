// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reads what one team's chart of one measure needs from a workspace (the measure, the team's
// chart setting, its values, strata, annotations and PDSA cycles) and builds the chart with the
// engine. Here rather than in core/analysis, which stays free of storage.

#include "analysis/measurechart.h"

namespace pdsa {

class Workspace;

// `upTo` (when valid) leaves out the values of later periods: the chart as it stood then.
Result<analysis::MeasureChart> loadMeasureChart(Workspace& workspace, const QUuid& teamId, const QUuid& measureId,
                                               const QDate& upTo = {});

} // namespace pdsa
