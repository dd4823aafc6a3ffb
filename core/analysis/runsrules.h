// SPDX-License-Identifier: Apache-2.0
#pragma once
// The runs analyses of one part of a chart, against its centre line: the Anhøj rules as
// qicharts2 applies them (docs/chart-rules.md §2) and the IHI run-chart rules of Perla, Provost &
// Murray 2011 (§7). Both are always computed; the rule set a chart displays only decides which one
// the chart view and the CLI's reader look at.
//
// Shared ground: only included points count; a point whose plotted value is a gap is skipped; a
// point exactly on the centre line is not "useful": it neither breaks nor extends a run and is no
// crossing. The IHI trend rule is the exception: it looks at the values alone, so points on the
// centre line take part in it.

#include "analysis/columns.h"
#include "analysis/spc.h"

#include <optional>
#include <span>

namespace pdsa::analysis {

// round(log2(n)) + 3, Schilling's approximation to the upper 95% prediction limit of the longest
// run (qicharts2's longest.run.max). n ≥ 1.
int longestRunMax(int nUseful);

// qbinom(0.05, n − 1, 0.5): the smallest k with P(Bin(n − 1, ½) ≤ k) ≥ 0.05 (qicharts2's
// n.crossings.min). n ≥ 1.
int crossingsMin(int nUseful);

// The IHI rules' thresholds: a shift is this many useful points or more in a row on one side of
// the centre line; a trend is this many points or more all going up or all going down.
inline constexpr int kIhiShiftLength = 6;
inline constexpr int kIhiTrendLength = 5;

struct RunsLimits {
    int lower = 0; // fewer runs than this: too few
    int upper = 0; // more runs than this: too many
};

// The IHI table of the number of runs expected by chance, indexed by the number of useful
// observations; nullopt outside the table's range of 10–60.
std::optional<RunsLimits> ihiRunsLimits(int nUseful);
inline constexpr int kIhiRunsTableFirst = 10;
inline constexpr int kIhiRunsTableLast = 60;

// Analyses one part: reads its (unmultiplied) y, cl and include columns and sets its ihiShift and
// ihiTrend flags. With `signalsAllowed` false (mr charts, §1 step 10) the counts are still
// reported but no rule signals.
PartSummary analyseRuns(const PartColumns& part, bool signalsAllowed = true);

} // namespace pdsa::analysis
