// SPDX-License-Identifier: Apache-2.0
#include "report/dashboard.h"

#include "analysis/measurechart.h"
#include "domain/assessmentscore.h"
#include "report/spreadreport.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace pdsa::report {

namespace {

class Dashboards {
    Q_DECLARE_TR_FUNCTIONS(pdsa::report::Dashboard)
};

QDate monthOf(const QDate& day) { return day.isValid() ? QDate(day.year(), day.month(), 1) : QDate(); }

QString chartName(analysis::ChartType type) {
    switch (type) {
    case analysis::ChartType::Run: return Dashboards::tr("Run chart");
    case analysis::ChartType::I: return Dashboards::tr("I chart");
    case analysis::ChartType::P: return Dashboards::tr("P chart");
    case analysis::ChartType::U: return Dashboards::tr("U chart");
    case analysis::ChartType::C: return Dashboards::tr("C chart");
    default: return Dashboards::tr("%1 chart").arg(toText(type).toUpper());
    }
}

QString valueText(double value, const QString& unit) {
    const QString number = QString::number(value, 'f', std::abs(value) >= 100 ? 0 : 1);
    return unit == QLatin1String("%") ? QStringLiteral("%1 %").arg(number)
                                      : unit.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, unit);
}

// The points of `chart` within the months shown, as a sketch: every value, the centre line, the
// limits, the signals.
ChartSketch sketchOf(const analysis::MeasureChart& chart, const DashboardOptions& options, size_t& begin) {
    ChartSketch sketch;
    sketch.measure = chart.measure.name;
    sketch.goal = chart.goal;
    const analysis::MeasureChartSeries& s = chart.total;
    const auto column = [](const std::vector<double>& values, size_t i) {
        return i < values.size() ? values[i] : analysis::kNaN;
    };
    begin = 0;
    while (begin < s.points.size() && options.from.isValid() && s.points[begin].period < options.from)
        ++begin;
    const bool limits = !s.chart.ucl.empty();
    for (size_t i = begin; i < s.points.size(); ++i) {
        if (options.to.isValid() && s.points[i].period > options.to)
            break;
        sketch.y.push_back(s.points[i].value);
        sketch.signal.push_back(s.points[i].signal());
        sketch.centre.push_back(column(s.chart.cl, i));
        if (limits) {
            sketch.upper.push_back(column(s.chart.ucl, i));
            sketch.lower.push_back(column(s.chart.lcl, i));
        }
    }
    return sketch;
}

} // namespace

Result<std::vector<DashboardMeasure>> dashboard(Workspace& workspace, const DashboardOptions& input) {
    DashboardOptions options{monthOf(input.from), monthOf(input.to)};
    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    std::sort(teams->begin(), teams->end(), [](const Team& a, const Team& b) { return a.name.toLower() < b.name.toLower(); });
    auto shared = workspace.measures.forTeam(QUuid());
    if (!shared)
        return shared.error();
    auto scores = workspace.work.scores.all();
    if (!scores)
        return scores.error();
    std::map<QUuid, std::pair<QDate, double>> latestScore;
    for (const AssessmentScore& s : *scores)
        if (!s.isSelfScore() && (!options.to.isValid() || s.month <= options.to)) {
            auto& latest = latestScore[s.teamId];
            if (!latest.first.isValid() || s.month > latest.first)
                latest = {s.month, s.score};
        }

    std::vector<DashboardMeasure> result;
    for (const Measure& m : *shared) {
        DashboardMeasure board;
        board.measure = m;
        const analysis::ChartType type = analysis::chartTypesFor(m.dataKind).front();
        board.chart = chartName(type);
        const bool up = m.improvement == Improvement::Up;

        // Every team's totals of the measure at once, and every team's chart built from them.
        auto values = workspace.measures.values.where(
            "measure_id = ?1 AND stratum_id IS NULL AND team_id IN (SELECT id FROM team WHERE deleted = 0)",
            [&](storage::Query& q) { q.bind(1, m.meta.id); });
        if (!values)
            return values.error();
        QHash<QUuid, std::vector<MeasureValue>> byTeam;
        for (MeasureValue& v : *values)
            byTeam[v.teamId].push_back(std::move(v));
        const bool baselineSet = m.baselineStart.isValid() && m.baselineEnd.isValid();
        for (const Team& t : *teams) {
            DashboardTile tile;
            tile.teamId = t.meta.id;
            tile.team = t.name;
            analysis::MeasureChartInput chartInput;
            chartInput.measure = m;
            chartInput.setting.teamId = t.meta.id;
            chartInput.setting.measureId = m.meta.id;
            chartInput.setting.chartType = type;
            chartInput.setting.ruleSet = analysis::RuleSet::Ihi;
            chartInput.values = byTeam.value(t.meta.id);
            if (options.to.isValid())
                std::erase_if(chartInput.values, [&](const MeasureValue& v) { return monthOf(v.period) > options.to; });
            // The centre frozen on the baseline's own points: the chart starts there (a team's earlier
            // history aside), and the points of the baseline months are the first N.
            QDate baseFirst = monthOf(m.baselineStart), baseLast = monthOf(m.baselineEnd);
            if (baselineSet) {
                std::erase_if(chartInput.values, [&](const MeasureValue& v) { return monthOf(v.period) < baseFirst; });
                std::set<QDate> periods;
                for (const MeasureValue& v : chartInput.values)
                    if (monthOf(v.period) <= baseLast)
                        periods.insert(v.period);
                if (!periods.empty())
                    chartInput.setting.baselinePoints = int(periods.size());
            } else if (!chartInput.values.empty()) { // no baseline set: the team's first twelve months
                baseFirst = monthOf(std::min_element(chartInput.values.begin(), chartInput.values.end(),
                                                     [](const MeasureValue& a, const MeasureValue& b) { return a.period < b.period; })
                                        ->period);
                baseLast = baseFirst.addMonths(11);
            }
            const analysis::MeasureChart chart = analysis::buildMeasureChart(chartInput);
            board.unit = chart.unit;
            if (m.goal)
                board.goal = valueText(*m.goal, chart.unit);
            size_t begin = 0;
            tile.sketch = sketchOf(chart, options, begin);
            tile.sketch.measure = t.name;
            tile.reading = signalsInWords(chart.total, begin, up);
            // The latest value shown, and its change from the mean of the baseline months.
            const auto& points = chart.total.points;
            for (size_t i = points.size(); i-- > begin;)
                if (!std::isnan(points[i].value) && (!options.to.isValid() || points[i].period <= options.to)) {
                    tile.latestValue = points[i].value;
                    tile.latest = QStringLiteral("%1 (%2)").arg(valueText(points[i].value, chart.unit),
                                                                points[i].period.toString(QStringLiteral("yyyy-MM")));
                    break;
                }
            double sum = 0;
            int count = 0;
            for (const analysis::MeasureChartPoint& p : points)
                if (!std::isnan(p.value) && monthOf(p.period) >= baseFirst && monthOf(p.period) <= baseLast) {
                    sum += p.value;
                    ++count;
                }
            if (tile.latestValue && count > 0)
                tile.change = (*tile.latestValue - sum / count) * (up ? 1 : -1);
            if (const auto found = latestScore.find(t.meta.id); found != latestScore.end())
                tile.score = found->second.second;
            if (tile.latest.isEmpty())
                tile.latest = Dashboards::tr("no value yet");
            tile.alt = Dashboards::tr("%1: %2, latest %3%4; %5").arg(
                t.name, m.name, tile.latest,
                m.goal ? Dashboards::tr(", goal %1").arg(valueText(*m.goal, chart.unit)) : QString(), tile.reading);
            board.tiles.push_back(std::move(tile));
        }
        // The collaborative aggregate, for a measure counted over a denominator.
        if (m.hasDenominator()) {
            auto totals = monthlyTotals(workspace, m.meta.id);
            if (!totals)
                return totals.error();
            if (!totals->empty()) {
                board.pooled = true;
                const analysis::MeasureChart chart =
                    pooledChart(m, *totals, options.to, pooledBaseline(m, *totals, options.to));
                size_t begin = 0;
                board.aggregate = sketchOf(chart, options, begin);
                board.aggregate.measure = m.name;
                board.aggregate.width = 480;
                board.aggregate.height = 150;
                if (!board.aggregate.y.empty()) {
                    board.aggregate.firstLabel = chart.total.points[begin].period.toString(QStringLiteral("yyyy-MM"));
                    board.aggregate.lastLabel =
                        chart.total.points[begin + board.aggregate.y.size() - 1].period.toString(QStringLiteral("yyyy-MM"));
                }
                board.aggregateReading = signalsInWords(chart.total, begin, up);
            }
        }
        // One scale for every tile of the measure and its aggregate.
        double low = INFINITY, high = -INFINITY;
        const auto take = [&](const ChartSketch& sketch) {
            for (const std::vector<double>* series : {&sketch.y, &sketch.centre, &sketch.upper, &sketch.lower})
                for (double v : *series)
                    if (!std::isnan(v)) {
                        low = std::min(low, v);
                        high = std::max(high, v);
                    }
        };
        for (const DashboardTile& tile : board.tiles)
            take(tile.sketch);
        if (board.pooled)
            take(board.aggregate);
        if (std::isfinite(low)) {
            for (DashboardTile& tile : board.tiles) {
                tile.sketch.low = low;
                tile.sketch.high = high;
            }
            board.aggregate.low = low;
            board.aggregate.high = high;
        }
        result.push_back(std::move(board));
    }
    return result;
}

} // namespace pdsa::report
