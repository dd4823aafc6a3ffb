// SPDX-License-Identifier: Apache-2.0
#pragma once
// The run-chart and control-chart engine: plain functions over plain value structs, no widgets,
// no SQL and no I/O, so that a chart view (ui/) draws a ChartResult without touching the maths
// and `pdsa chart` prints the same result as JSON. docs/chart-rules.md states the rules it follows;
// the sections cited below (§1–§7) are that document's.
//
// The pipeline is qicharts2's (§1): one Subgroup per distinct x, in x order (chartinput.h builds
// them from a CSV file); points split into parts (phases); per part the chart's centre line and
// limits (limits.h) from the base points (baseline AND included), then the runs analyses
// (runsrules.h: Anhøj and IHI, both always) and, with the NHS rule set, the Making Data Count
// classification (nhsrules.h); sigma signals; finally the multiplier.
//
// Our deliberate differences from qicharts2 (§6, and where the rules leave a choice):
// - With parts, `freeze` applies within each part (the first `freeze` points of each phase);
//   qicharts2 ignores freeze when part is given.
// - A point whose plotted value is not finite (missing, 0/0, k/0) is a gap: it is not plotted, it
//   feeds no centre line, limit or moving range, and it takes no part in any runs analysis.
//   qicharts2 counts k/0 = Inf as a point above the centre line. For P charts a positive count
//   over a zero denominator is refused as bad input before it gets here (chartinput.cpp).
// - Limits that are not finite are NaN ("no limit", JSON null), never clamped to a number.
// - Sigma signals are computed before the multiplier is applied, on the unscaled values, so that
//   scaling can never turn "above the limit" into "on the limit" by rounding.
//
// Defaults (also printed by `pdsa chart --help`):
// - Rules: IHI for run charts; Anhøj for control charts, which is what qicharts2 does with every
//   chart (the IHI runs table is a run-chart tool, about the median).
// - Moving-range screening: on. §3: qicharts2 screens (Nelson 1982) whenever the package is
//   attached with library(qicharts2), which is how it is ordinarily used, and NHSRplotthedots
//   screens by default (screen_outliers = TRUE); only a bare qicharts2::qic call leaves it off.
// - Improvement direction (NHS rules only): up, NHSRplotthedots' default "increase".
//
// Numbers that do not exist (no limit, a gap) are NaN in these structs.

#include "domain/charttypes.h"
#include "domain/enumtext.h"
#include "util/result.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace pdsa::analysis {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// ChartType and RuleSet: domain/charttypes.h (a team's chart setting stores them too).
enum class Aggregation { Mean, Median };
enum class ImprovementDirection { Up, Down };
enum class SpecialCause : std::uint8_t { None, Outside, Trend, TwoInThree, Shift };
enum class Variation : std::uint8_t { Common, Improvement, Concern };
enum class RunsVerdict { None, TooFew, TooMany, NotApplicable };

// What qicharts2 calls the aggregated row of one x (§1 step 3): every summary a chart may plot.
struct Subgroup {
    double y = kNaN;     // Σy/Σn with a denominator, otherwise the mean or median of the values
    double ySum = kNaN;  // Σy: the count of a c chart, the numerator of p and u charts
    double yMean = kNaN; // mean of the values (xbar)
    double ySd = kNaN;   // sample SD of the values, NaN with fewer than two (s, xbar)
    int yCount = 0;      // number of values present: the subgroup size of xbar and s charts
    double n = kNaN;     // Σn, NaN without a denominator (or when every pair was missing)

    // One value (NaN: missing).
    static Subgroup value(double y);
    // A count over a denominator (either NaN: the pair is missing).
    static Subgroup ratio(double count, double denominator);
    // Several counts and denominators for one x, paired by position: Σcount/Σdenominator over the
    // pairs with both halves present (§1 step 1).
    static Subgroup ratios(const std::vector<double>& counts, const std::vector<double>& denominators);
    // Several values for one x (NaN entries are missing), plotted as their mean or median.
    static Subgroup values(const std::vector<double>& ys, Aggregation aggregation = Aggregation::Mean);
};

struct ChartOptions {
    ChartType type = ChartType::Run;
    std::optional<RuleSet> rules;       // unset: defaultRules(type)
    int freeze = 0;                     // baseline = the first `freeze` points of each part; 0 = all
    std::vector<int> partEnds;          // 1-based positions that end a part (§1 step 4)
    std::vector<int> exclude;           // 1-based positions over the whole series
    std::optional<double> centreLine;   // a fixed centre line, in the data's own (unmultiplied) units
    double multiply = 1.0;              // y, centre line and limits are multiplied by this at the end
    bool mrScreening = true;            // Nelson's screening of moving ranges (i, t, pp, up)
    ImprovementDirection improvement = ImprovementDirection::Up; // NHS rules only
};

// One point's values, gathered from a ChartResult's columns (ChartResult::point).
struct ChartPoint {
    double y = kNaN;                 // plotted value (multiplied); NaN: a gap
    double n = kNaN;                 // denominator, or the subgroup size for xbar and s
    double cl = kNaN;
    double lcl = kNaN, ucl = kNaN;   // three-sigma limits
    double lcl2s = kNaN, ucl2s = kNaN; // two-sigma lines
    int part = 1;                    // 1-based
    bool baseline = true;            // feeds the centre line and limits (unless excluded)
    bool include = true;             // false: excluded, drawn but left out of every calculation
    bool sigmaSignal = false;        // beyond a three-sigma limit (strictly)
    bool ihiShift = false;           // one of 6 or more useful points in a row on one side (IHI)
    bool ihiTrend = false;           // inside a trend of 5 or more points (IHI)
    SpecialCause specialCause = SpecialCause::None; // NHS rules only
    Variation variation = Variation::Common;        // NHS rules only
};

// The runs analyses of one part. Both rule sets are always computed, whichever one the chart
// displays. Counts that do not exist (no useful observations) are nullopt.
struct PartSummary {
    int first = 0, last = 0; // 0-based indices of the part's first and last points
    // Anhøj (qicharts2, §2)
    int nObs = 0;
    int nUseful = 0;
    std::optional<int> longestRun, longestRunMax, nCrossings, nCrossingsMin;
    bool runsSignal = false;
    // IHI (Perla, Provost & Murray 2011, §7)
    bool shift = false;
    bool trend = false;
    std::optional<int> nRuns;
    std::optional<int> runsLower, runsUpper; // the runs table's limits, for 10–60 useful points
    RunsVerdict runsVerdict = RunsVerdict::NotApplicable;
};

// The chart, one column per quantity with one entry per point (in x order), so that a chart of a
// million points is a few flat arrays; point(i) gathers one point. The meaning of each column is
// that of the ChartPoint field of the same name.
struct ChartResult {
    ChartType type = ChartType::Run;
    RuleSet rules = RuleSet::Ihi;

    std::vector<double> y, n, cl, lcl, ucl, lcl2s, ucl2s;
    std::vector<int> part;
    std::vector<std::uint8_t> baseline, include, sigmaSignal, ihiShift, ihiTrend;
    std::vector<SpecialCause> specialCause;
    std::vector<Variation> variation;

    std::vector<PartSummary> parts;

    std::size_t size() const { return y.size(); }
    ChartPoint point(std::size_t i) const;
    std::vector<ChartPoint> points() const;
};

RuleSet defaultRules(ChartType type);

// Runs the engine. Errors: ErrorCode::Usage for options that do not fit (the NHS rules on a run
// or mr chart, a freeze under 12 with the NHS rules, a multiplier ≤ 0, a centre line out of
// range); ErrorCode::Invalid for data a chart cannot take (a time between events ≤ 0, a
// proportion above 1), the message naming the point (1-based).
Result<ChartResult> computeChart(const std::vector<Subgroup>& subgroups, const ChartOptions& options);

// The same, computed into `chart` so that its columns' memory is reused: a view that recomputes its
// chart whenever an option changes keeps one ChartResult and saves the allocation (for a million
// points, about half the time; tests/bench/analysis_bench.cpp). After an error `chart` is valid
// but its content is unspecified.
Status computeChart(const std::vector<Subgroup>& subgroups, const ChartOptions& options, ChartResult& chart);

} // namespace pdsa::analysis

namespace pdsa {

PDSA_ENUM_NAMES(analysis::Aggregation, {analysis::Aggregation::Mean, "mean"},
                {analysis::Aggregation::Median, "median"});
PDSA_ENUM_NAMES(analysis::ImprovementDirection, {analysis::ImprovementDirection::Up, "up"},
                {analysis::ImprovementDirection::Down, "down"});
PDSA_ENUM_NAMES(analysis::SpecialCause, {analysis::SpecialCause::None, "none"},
                {analysis::SpecialCause::Outside, "outside"}, {analysis::SpecialCause::Trend, "trend"},
                {analysis::SpecialCause::TwoInThree, "two_in_three"}, {analysis::SpecialCause::Shift, "shift"});
PDSA_ENUM_NAMES(analysis::Variation, {analysis::Variation::Common, "common"},
                {analysis::Variation::Improvement, "improvement"}, {analysis::Variation::Concern, "concern"});
PDSA_ENUM_NAMES(analysis::RunsVerdict, {analysis::RunsVerdict::None, "none"},
                {analysis::RunsVerdict::TooFew, "too_few"}, {analysis::RunsVerdict::TooMany, "too_many"},
                {analysis::RunsVerdict::NotApplicable, "not_applicable"});

} // namespace pdsa
