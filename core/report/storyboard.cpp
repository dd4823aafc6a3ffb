// SPDX-License-Identifier: Apache-2.0
#include "report/storyboard.h"

#include "analysis/measurechart.h"
#include "coaching/reporting.h"
#include "domain/assessmentscore.h"
#include "workspace/measurechartloader.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pdsa::report {

namespace {

class Storyboards {
    Q_DECLARE_TR_FUNCTIONS(pdsa::report::Storyboard)
};

constexpr int kChartPoints = 24; // two years of months on each small chart

QString esc(const QString& text) {
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString monthName(const QDate& month) {
    return QLocale(QLocale::English).toString(month, QStringLiteral("MMMM yyyy"));
}

bool inMonth(const QDate& date, const QDate& month) {
    return date.isValid() && date.year() == month.year() && date.month() == month.month();
}

QString numberText(double value) {
    return std::abs(value - std::round(value)) < 1e-9 ? QString::number(qint64(std::llround(value)))
                                                      : QString::number(value, 'f', 1);
}

QString rulesText(std::uint8_t rules) {
    QStringList names;
    if (rules & analysis::RuleShift)
        names << Storyboards::tr("shift");
    if (rules & analysis::RuleTrend)
        names << Storyboards::tr("trend");
    if (rules & analysis::RuleBeyondLimit)
        names << Storyboards::tr("point beyond a limit");
    if (rules & analysis::RuleTwoOfThree)
        names << Storyboards::tr("two of three near a limit");
    if (rules & (analysis::RuleImprovement | analysis::RuleConcern))
        names << Storyboards::tr("special cause");
    return names.join(QStringLiteral(", "));
}

// The small chart of `chart` (the values up to the report's month) for `month`. A signal is new
// this month when the month's point takes part in a rule that the point before it did not in the
// chart as it stood a month earlier (`before`): a shift or a trend completed, a point beyond a limit.
ChartSketch sketchOf(const analysis::MeasureChart& chart, const analysis::MeasureChart& before, const QDate& month) {
    ChartSketch sketch;
    sketch.measure = chart.measure.name;
    sketch.goal = chart.goal;
    const auto& points = chart.total.points;
    const size_t end = points.size();
    const size_t begin = end > size_t(kChartPoints) ? end - kChartPoints : 0;
    std::uint8_t monthRules = 0;
    for (size_t i = begin; i < end; ++i) {
        const analysis::MeasureChartPoint& p = points[i];
        sketch.y.push_back(p.value);
        sketch.centre.push_back(i < chart.total.chart.cl.size() ? chart.total.chart.cl[i] : analysis::kNaN);
        sketch.signal.push_back(p.signal());
        if (p.period >= month && !std::isnan(p.value)) {
            sketch.monthPoint = int(sketch.y.size()) - 1;
            monthRules |= p.rules;
        }
    }
    std::uint8_t earlierRules = 0;
    for (size_t i = before.total.points.size(); i-- > 0;)
        if (!std::isnan(before.total.points[i].value)) {
            earlierRules = before.total.points[i].rules;
            break;
        }
    const std::uint8_t newRules = monthRules & std::uint8_t(~earlierRules);
    const QString unit = chart.unit == QLatin1String("%") ? QStringLiteral(" %") : QStringLiteral(" ") + chart.unit;
    sketch.latest = Storyboards::tr("no value yet");
    for (size_t i = end; i-- > begin;)
        if (!std::isnan(points[i].value)) {
            sketch.latest = QStringLiteral("%1%2 (%3)")
                                .arg(numberText(points[i].value), unit.trimmed().isEmpty() ? QString() : unit,
                                     points[i].period.toString(QStringLiteral("yyyy-MM")));
            break;
        }
    if (newRules != 0)
        sketch.signalText = Storyboards::tr("New signal this month: %1").arg(rulesText(newRules));
    return sketch;
}

QString section(const QString& heading, const QString& body) {
    return QStringLiteral("<h3 style=\"margin:8px 0 2px 0; color:#1f4e79;\">%1</h3><p style=\"margin:0 0 4px 0;\">%2</p>")
        .arg(heading.toHtmlEscaped(), body.trimmed().isEmpty() ? QStringLiteral("<i>%1</i>").arg(Storyboards::tr("Not filled in."))
                                                               : esc(body));
}

QString scoreText(const std::optional<double>& score) {
    if (!score)
        return Storyboards::tr("not given");
    return QStringLiteral("%1 — %2").arg(QString::number(*score, 'f', 1), assessmentLevel(*score).name);
}

} // namespace

Result<Storyboard> storyboard(Workspace& workspace, const QUuid& teamId, const QDate& anyDay) {
    const QDate month(anyDay.year(), anyDay.month(), 1);
    auto team = workspace.teams.teams.find(teamId);
    if (!team)
        return team.error();
    if (!*team)
        return Error{ErrorCode::NotFound, Storyboards::tr("no team with id %1 in this workspace")
                                              .arg(teamId.toString(QUuid::WithoutBraces))};
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    const std::vector<QDate> months = coaching::collaborativeMonths(*collaborative, month);
    if (months.empty() || months.back() != month)
        return Error{ErrorCode::Invalid,
                     Storyboards::tr("%1 is not a month of the collaborative (%2 to %3)")
                         .arg(month.toString(QStringLiteral("yyyy-MM")),
                              collaborative->startDate.toString(QStringLiteral("yyyy-MM")),
                              collaborative->endDate.isValid() ? collaborative->endDate.toString(QStringLiteral("yyyy-MM"))
                                                               : Storyboards::tr("open-ended"))};
    const Team& t = **team;
    Storyboard board;
    board.team = t.name;
    board.month = month;
    board.title = Storyboards::tr("%1 — monthly report, %2").arg(t.name, monthName(month));
    board.footer = QStringLiteral("%1 · %2 · %3").arg(collaborative->name, t.name, monthName(month));

    auto reports = workspace.work.reports.where("team_id = ?1 AND month = ?2", [&](storage::Query& q) {
        q.bind(1, teamId).bind(2, month);
    });
    if (!reports)
        return reports.error();
    const std::optional<TeamReport> report =
        reports->empty() ? std::nullopt : std::optional<TeamReport>(reports->front());
    auto aims = workspace.teams.aims.forTeam(teamId);
    if (!aims)
        return aims.error();
    auto cycles = workspace.cycles.cycles.forTeam(teamId);
    if (!cycles)
        return cycles.error();
    auto scores = workspace.work.scores.where("team_id = ?1 AND month = ?2", [&](storage::Query& q) {
        q.bind(1, teamId).bind(2, month);
    });
    if (!scores)
        return scores.error();
    std::optional<double> faculty, self;
    for (const AssessmentScore& s : *scores)
        (s.isSelfScore() ? self : faculty) = s.score;
    auto measures = workspace.measures.forTeam(teamId);
    if (!measures)
        return measures.error();
    for (const Measure& measure : *measures) {
        // The chart as it stood at the month's end, and a month earlier.
        auto chart = loadMeasureChart(workspace, teamId, measure.meta.id, month.addMonths(1).addDays(-1));
        if (!chart)
            return chart.error();
        auto before = loadMeasureChart(workspace, teamId, measure.meta.id, month.addDays(-1));
        if (!before)
            return before.error();
        board.charts.push_back(sketchOf(*chart, *before, month));
    }

    // The HTML, in the storyboard's order: header, aim, narrative, cycles, measures, scores.
    const QDate due = coaching::dueDate(*collaborative, month);
    const QDate today = QDate::currentDate();
    const coaching::ReportStatus status =
        coaching::reportStatus(month, due, report ? report->submittedOn : QDate(), today);
    QString state;
    switch (status) {
    case coaching::ReportStatus::Submitted:
        state = Storyboards::tr("Submitted on %1 (due %2)").arg(report->submittedOn.toString(Qt::ISODate), due.toString(Qt::ISODate));
        break;
    case coaching::ReportStatus::Late:
        state = Storyboards::tr("Submitted late, on %1 (due %2)").arg(report->submittedOn.toString(Qt::ISODate), due.toString(Qt::ISODate));
        break;
    case coaching::ReportStatus::NotDue:
    case coaching::ReportStatus::Due:
        state = report ? Storyboards::tr("Draft, due %1").arg(due.toString(Qt::ISODate))
                       : Storyboards::tr("Not written yet; due %1").arg(due.toString(Qt::ISODate));
        break;
    case coaching::ReportStatus::Missing:
        state = report ? Storyboards::tr("Draft, not submitted (was due %1)").arg(due.toString(Qt::ISODate))
                       : Storyboards::tr("Missing: nothing was submitted (was due %1)").arg(due.toString(Qt::ISODate));
        break;
    }
    QString html;
    html += QStringLiteral("<h1 style=\"margin:0; font-size:16pt; color:#1f4e79;\">%1</h1>").arg(t.name.toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin:2px 0 6px 0; color:#404040;\">%1 · %2<br>%3</p>")
                .arg(collaborative->name.toHtmlEscaped(),
                     Storyboards::tr("Monthly report, %1").arg(monthName(month)).toHtmlEscaped(), state.toHtmlEscaped());
    QStringList aimTexts;
    for (const Aim& aim : *aims)
        aimTexts << esc(aim.statement);
    html += QStringLiteral("<h2 style=\"margin:6px 0 2px 0; font-size:12pt;\">%1</h2><p style=\"margin:0;\">%2</p>")
                .arg(Storyboards::tr("Aim"), aimTexts.isEmpty() ? QStringLiteral("<i>%1</i>").arg(Storyboards::tr("No aim written yet."))
                                                                : aimTexts.join(QStringLiteral("<br>")));

    html += QStringLiteral("<h2 style=\"margin:10px 0 2px 0; font-size:12pt;\">%1</h2>").arg(Storyboards::tr("This month"));
    if (!report) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(Storyboards::tr("The team has not written this month's report."));
    } else {
        html += section(Storyboards::tr("Progress"), report->progress);
        html += section(Storyboards::tr("Successes"), report->successes);
        html += section(Storyboards::tr("Challenges"), report->challenges);
        html += section(Storyboards::tr("Next steps"), report->nextSteps);
        html += section(Storyboards::tr("Help needed"), report->helpNeeded);
    }

    html += QStringLiteral("<h2 style=\"margin:10px 0 2px 0; font-size:12pt;\">%1</h2>").arg(Storyboards::tr("PDSA cycles this month"));
    QString rows;
    for (const PdsaCycle& cycle : *cycles) {
        const bool started = inMonth(cycle.startDate, month);
        const bool finished = inMonth(cycle.endDate, month);
        if (!started && !finished)
            continue;
        QString what = started && finished ? Storyboards::tr("started and finished")
                       : started           ? Storyboards::tr("started")
                                           : Storyboards::tr("finished");
        if (cycle.decision != Decision::None)
            what += QStringLiteral(" · ") + Storyboards::tr("decision: %1").arg(toText(cycle.decision));
        rows += QStringLiteral("<tr><td style=\"padding:2px 8px 2px 0;\">%1</td><td style=\"padding:2px 0; color:#404040;\">%2</td></tr>")
                    .arg(cycle.title.toHtmlEscaped(), what.toHtmlEscaped());
    }
    html += rows.isEmpty() ? QStringLiteral("<p><i>%1</i></p>").arg(Storyboards::tr("No PDSA cycle started or finished this month."))
                           : QStringLiteral("<table cellspacing=\"0\">%1</table>").arg(rows);

    html += QStringLiteral("<h2 style=\"margin:10px 0 2px 0; font-size:12pt;\">%1</h2>").arg(Storyboards::tr("Measures"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
    for (size_t i = 0; i < board.charts.size(); ++i) {
        const ChartSketch& c = board.charts[i];
        if (i % 2 == 0)
            html += QStringLiteral("<tr>");
        html += QStringLiteral("<td valign=\"top\"><b>%1</b><br>%2%3<br><img src=\"pdsa-chart:%4\" width=\"%5\" height=\"%6\"></td>")
                    .arg(c.measure.toHtmlEscaped(), Storyboards::tr("Latest: %1").arg(c.latest).toHtmlEscaped(),
                         c.signalText.isEmpty() ? QString()
                                                : QStringLiteral("<br><span style=\"color:#b35900;\">%1</span>").arg(c.signalText.toHtmlEscaped()))
                    .arg(i)
                    .arg(kChartWidth)
                    .arg(kChartHeight);
        if (i % 2 == 1 || i + 1 == board.charts.size())
            html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2 style=\"margin:10px 0 2px 0; font-size:12pt;\">%1</h2>").arg(Storyboards::tr("Assessment"));
    html += QStringLiteral("<p style=\"margin:0;\">%1<br>%2</p>")
                .arg(Storyboards::tr("Faculty score: %1").arg(scoreText(faculty)).toHtmlEscaped(),
                     Storyboards::tr("Team's self-score: %1").arg(scoreText(self)).toHtmlEscaped());
    if (faculty && self && std::abs(*faculty - *self) >= kScoreGapFlag)
        html += QStringLiteral("<p style=\"margin:2px 0; color:#b35900;\">%1</p>")
                    .arg(Storyboards::tr("The two scores are %1 apart: worth talking over on the next call.")
                             .arg(QString::number(std::abs(*faculty - *self), 'f', 1))
                             .toHtmlEscaped());
    board.html = html;
    return board;
}

QString storyboardHtmlFile(const Storyboard& board) {
    QString body = board.html;
    for (size_t i = 0; i < board.charts.size(); ++i)
        body.replace(QStringLiteral("<img src=\"pdsa-chart:%1\" width=\"%2\" height=\"%3\">").arg(i).arg(kChartWidth).arg(kChartHeight),
                     chartSvg(board.charts[i], board.charts[i].measure));
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;max-width:46em;margin:2em auto;"
                          "color:#202020}</style></head><body>\n%2\n<p style=\"margin-top:16px;color:#606060;font-size:8pt;\">%3</p>"
                          "</body></html>\n")
        .arg(board.title.toHtmlEscaped(), body, board.footer.toHtmlEscaped());
}

} // namespace pdsa::report
