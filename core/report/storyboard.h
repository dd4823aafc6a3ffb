// SPDX-License-Identifier: Apache-2.0
#pragma once
// A team's monthly report as the storyboard teams bring to learning sessions: the aim, the
// narrative (progress, successes, challenges, next steps, help needed), the month's PDSA cycles
// (started, finished, decisions), each measure's latest value and any signal new that month on
// a small chart, and the faculty score beside the team's self-score. Qt Core only: the content
// is HTML, with each small chart a sketch (the engine's points, centre line and signals) that the
// HTML file draws as inline SVG and ui/print paints for the PDF, so both show the same chart.

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

// One measure's small chart: the last points up to the report's month, as the engine computed them
// from the values up to then (later values do not change what the month's report showed).
struct ChartSketch {
    QString measure;
    QString latest;           // "42 % (2025-03)", or "no value yet"
    QString signalText;       // "new signal this month: shift" or empty
    std::vector<double> y;    // NaN: a gap
    std::vector<double> centre;
    std::vector<bool> signal; // the point takes part in a signal
    std::optional<double> goal;
    int monthPoint = -1;      // the index of the report's month, -1 when it has no value
};

struct Storyboard {
    QString team;
    QDate month; // first day
    QString title;  // "Alder County — monthly report, March 2025"
    QString footer; // the line under each printed page
    std::vector<ChartSketch> charts;
    // The whole report as HTML; chart N is <img src="pdsa-chart:N" width=… height=…> for the
    // painter to fill (kChartWidth × kChartHeight pixels at 96 dpi).
    QString html;
};

inline constexpr int kChartWidth = 300;
inline constexpr int kChartHeight = 120;

// Where a sketch's points sit in its kChartWidth × kChartHeight box, for both of its drawings
// (the HTML file's SVG and the PDF's painting): the values, centre line and goal span the box
// less a padding (a flat chart gets a band of ±1 around its value).
class SketchScale {
public:
    explicit SketchScale(const ChartSketch& sketch);
    bool empty() const { return m_empty; } // no value to draw
    double x(size_t point) const;
    double y(double value) const;
    static constexpr double kPadding = 8;

private:
    size_t m_points = 0;
    double m_low = 0, m_high = 1;
    bool m_empty = true;
};

// The storyboard of `teamId`'s report for `month`. Refused for a team that is not here and a month
// outside the collaborative.
Result<Storyboard> storyboard(Workspace& workspace, const QUuid& teamId, const QDate& month);

// The storyboard as a standalone HTML file (UTF-8), each chart drawn as inline SVG.
QString storyboardHtmlFile(const Storyboard& board);

} // namespace pdsa::report
