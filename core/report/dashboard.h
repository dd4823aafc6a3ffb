// SPDX-License-Identifier: Apache-2.0
#pragma once
// The organizer's dashboard: for each shared measure, the collaborative aggregate (its pooled P or
// U chart, for a measure with a denominator) above one small chart per team, all on one scale,
// with the team's latest value, its change since the baseline and its latest faculty score to
// sort by. Read in one pass per measure (every team's values at once), so that 20 teams × 6
// measures load in a few milliseconds. In the app only: nothing is suppressed here.

#include "domain/measure.h"
#include "report/document.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::report {

struct DashboardTile {
    QUuid teamId;
    QString team;
    ChartSketch sketch;                // the team's chart of the measure over the months shown
    QString latest;                    // "56 % (2026-06)", or "no value yet"
    std::optional<double> latestValue; // in the plotted unit
    std::optional<double> change;      // latest less the baseline's mean, towards better when > 0
    std::optional<double> score;       // the team's latest faculty score
    QString reading;                    // "shift (2025-08 to 2026-06, improvement)" or "no signal"
    QString alt;                       // the tile's text alternative
};

struct DashboardMeasure {
    Measure measure;
    QString unit;     // "%", "per 100 children", "days"
    QString goal;     // the goal as the tiles show it ("60.0 %"), empty without one
    QString chart;    // the tiles' chart ("Run chart", "P chart")
    bool pooled = false;
    ChartSketch aggregate; // the pooled chart (pooled only)
    QString aggregateReading;
    std::vector<DashboardTile> tiles; // by team name
};

struct DashboardOptions {
    QDate from, to; // the months shown (invalid: every month)
};

// Every shared measure in the set's order. Each tile's chart is the measure kind's default chart
// with the IHI rules (the same for every team, so they compare), starting at the measure's
// baseline and frozen on its months; a tile's change is its latest value less the mean of those
// months (a measure with no baseline: the team's first twelve months).
Result<std::vector<DashboardMeasure>> dashboard(Workspace& workspace, const DashboardOptions& options);

} // namespace pdsa::report
