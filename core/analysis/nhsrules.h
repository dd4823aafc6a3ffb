// SPDX-License-Identifier: Apache-2.0
#pragma once
// The NHS "Making Data Count" special-cause rules, as NHSRplotthedots 0.2.2 applies them
// (docs/chart-rules.md §5), for one part (their "rebase group"):
// - outside: a point beyond a three-sigma (process) limit, strictly;
// - trend: 7 points in a row with 6 strictly increasing (or decreasing) steps; an equal value
//   breaks it; every point of it is flagged;
// - two_in_three: in some 3 points in a row, 2 or more are close to a limit (beyond a two-sigma
//   line but not outside the limit) and all 3 are on the same side of the centre line (none on
//   it); only the close points are flagged;
// - shift: 7 points in a row on the same side of the centre line; a point on it breaks the run.
// One cause per point, in that order of precedence. Its direction (above/increasing +1,
// below/decreasing −1) times the improvement direction says improvement or concern.
//
// The near limits are the chart's two-sigma lines: for the i chart under the NHS rules these are
// NHSRplotthedots' mean ± (2/3)·2.66·AMR (limits.h), for other charts their own two-sigma lines
// (the NHS rules are defined for XmR charts only; this app offers them on every control chart).
//
// Where NHSRplotthedots leaves a choice open (§5: its handling of missing values is fragile):
// gaps and excluded points are skipped, so the sequences run over the included, plotted points; an
// excluded point can still be "outside" (like its sigma signal, §1 step 9) but takes no part in the
// other rules.
// A point that ends one trend and starts another takes the direction of the later one, as
// NHSRplotthedots does when both neighbours belong to a trend; NHSRplotthedots' quirk of calling
// the end of a rising trend "decreasing" when the next value is equal is not copied.

#include "analysis/columns.h"
#include "analysis/spc.h"

#include <span>

namespace pdsa::analysis {

inline constexpr int kNhsRunLength = 7;

// Reads the part's (unmultiplied) y, cl, limits and include columns; sets its cause and variation.
void classifyNhs(const PartColumns& part, ImprovementDirection improvement);

} // namespace pdsa::analysis
