// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the disparity view draws, planned as a measure's chart is (chartlayout.h), so that it can
// be tested without a window:
// - the gap chart of one group: its difference from the reference per window, the 95 % interval
//   as a band, the line of no gap, the gap's median, the points of its latest signal, the windows
//   of small numbers, and the team's PDSA cycles and phases;
// - the rates chart: each group's rate, the chosen group bold with its interval band, and its
//   reference dashed.
// Proportions are drawn in percent (the gap in percentage points), rates per the measure's "per".

#include "analysis/measurechart.h"
#include "charts/chartlayout.h"
#include "equity/disparity.h"

namespace pdsa::ui {

// Whether windows of small numbers are drawn (on screen, and in an export made for a team's
// internal use) or left out and labelled "<N" (every other export).
enum class SmallNumbers { Shown, Suppressed };

struct GapChartExtras {
    std::vector<analysis::MeasureChartMarker> markers; // the team's cycles linked to the measure
    QList<QDate> phaseStarts;                          // the team's chart phases
};

// The factor from the engine's fractions to what is drawn: 100 for proportions, the "per" of a rate.
double disparityScale(const Measure& measure);
// The unit of a gap as people read it: "percentage points", "per 1,000".
QString gapUnit(const Measure& measure);
// A difference as people read it: "12.3 points below", "4.1 per 1,000 above", "no gap".
QString gapText(const Measure& measure, double difference);
// What a group is compared with, in words: "the rest of Race/ethnicity", "the total", "White".
QString referenceText(const equity::Disparity& disparity);

// The plan's legend as a line of rich text, each entry with its symbol in its colour: a key that
// wraps under a narrow chart where Qt Charts' own legend would elide every name.
QString legendKey(const ChartPlan& plan);

ChartPlan planGapChart(const equity::Disparity& disparity, std::size_t group, const GapChartExtras& extras,
                       SmallNumbers small);
ChartPlan planRatesChart(const equity::Disparity& disparity, std::size_t group, SmallNumbers small);

} // namespace pdsa::ui
