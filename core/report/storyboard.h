// SPDX-License-Identifier: Apache-2.0
#pragma once
// A team's monthly report as the storyboard teams bring to learning sessions: the aim, the
// narrative (progress, successes, challenges, next steps, help needed), the month's PDSA cycles
// (started, finished, decisions), each measure's latest value and any signal new that month on
// a small chart, and the faculty score beside the team's self-score. Qt Core only: the content
// is HTML, with each small chart a sketch (report/document.h) that the HTML file draws as inline
// SVG and ui/print paints for the PDF, so both show the same chart.

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

// The storyboard of `teamId`'s report for `month`. Refused for a team that is not here and a month
// outside the collaborative.
Result<Storyboard> storyboard(Workspace& workspace, const QUuid& teamId, const QDate& month);

// The storyboard as a standalone HTML file (UTF-8), each chart drawn as inline SVG.
QString storyboardHtmlFile(const Storyboard& board);

} // namespace pdsa::report
