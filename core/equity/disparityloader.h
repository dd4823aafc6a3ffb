// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reads what a disparity view needs from a workspace (disparity.h builds it): the measure, the
// dimension's groups, and their counts per month summed over one team or every team. The checks
// are here, so that the app, `pdsa disparity` and the reports refuse the same requests with the
// same words.

#include "equity/disparity.h"
#include "util/result.h"

#include <QStringList>

#include <optional>

namespace pdsa {
class Workspace;
}

namespace pdsa::equity {

struct DisparityRequest {
    QUuid teamId; // null: the whole collaborative, every live team's counts summed
    QUuid measureId;
    QString dimension;
    ReferenceKind reference = ReferenceKind::Rest;
    QString referenceGroup; // with ReferenceKind::Group: a group's name (case aside) or id
    Window window = kDefaultWindow;
    std::optional<int> minCell;            // unset: the collaborative's minimum cell size
    std::optional<analysis::RuleSet> rules; // unset: the team's chart setting of the measure (IHI for all teams)
};

// The dimensions the collaborative's strata are grouped by, in the order of their first stratum.
Result<QStringList> strataDimensions(Workspace& workspace);

// Why a measure has no disparity view (an empty Status when it has one): it must count children
// (or events) over a denominator, and be entered by stratum.
Status checkComparable(const Measure& measure);

// Refused (ErrorCode::Invalid or NotFound, one sentence naming what was asked) for a measure of
// another kind or not entered by stratum, an unknown dimension or reference group, or a minimum
// cell size out of range.
Result<Disparity> loadDisparity(Workspace& workspace, const DisparityRequest& request);

// One line of an equity summary: for one measure and one dimension, the group furthest from its
// reference (by the size of its difference in the latest window any group has one, quarterly
// against the rest) and how its gap reads.
struct EquityLine {
    Measure measure;
    QString dimension;
    std::optional<DisparityGroup> furthest; // none: no window with a difference yet
    QString window;                         // the latest window read ("2026-Q2")
    std::optional<double> difference, differenceLcl, differenceUcl;
    bool small = false; // that window's counts are small numbers
    QString gap;        // gapSentence()
};

// Per stratified proportion or rate measure (the shared set, then the team's own) and per
// dimension: the team's (or, with a null team, the whole collaborative's) equity at a glance.
Result<std::vector<EquityLine>> equitySummary(Workspace& workspace, const QUuid& teamId);

} // namespace pdsa::equity
