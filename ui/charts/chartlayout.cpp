// SPDX-License-Identifier: Apache-2.0
#include "charts/chartlayout.h"

#include "charts/decimation.h"

#include "format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pdsa::ui {

using namespace pdsa::analysis;

namespace {

// The chart's texts keep the chart view's translation context, where they were first written.
struct ChartText {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::MeasureChartView)
};

const QColor kData(0x1f, 0x3b, 0x73); // dark blue data line and points
const QColor kCentre(0x20, 0x20, 0x20);
const QColor kLimit(0x60, 0x60, 0x60);
const QColor kGoal(0x2e, 0x7d, 0x32);
const QColor kSignal(0xc6, 0x28, 0x28);      // red
const QColor kImprovement(0x1f, 0x6f, 0xb4); // NHS blue
const QColor kConcern(0xe6, 0x7e, 0x22);     // NHS orange
const QColor kMarker(0x6a, 0x3d, 0x9a);
const QColor kNote(0x8d, 0x6e, 0x3f);
const QColor kStrata[] = {QColor(0x1b, 0x9e, 0x77), QColor(0xd9, 0x5f, 0x02), QColor(0x75, 0x70, 0xb3),
                          QColor(0xe7, 0x29, 0x8a), QColor(0x66, 0xa6, 0x1e), QColor(0xa6, 0x76, 0x1d)};

QString centreName(const MeasureChart& chart) {
    const QString name =
        chart.type == ChartType::Run ? ChartText::tr("Median") : ChartText::tr("Centre line (mean)");
    if (chart.setting.fixedCentre)
        return ChartText::tr("%1, fixed").arg(name);
    if (chart.freeze > 0)
        return ChartText::tr("%1 of the first %n points", nullptr, chart.freeze).arg(name);
    return name;
}

} // namespace

QColor stratumColor(std::size_t index) {
    return kStrata[index % (sizeof(kStrata) / sizeof(kStrata[0]))];
}

PlannedSeries plannedLine(SeriesRole role, const QString& name, const QColor& color, qreal width, Qt::PenStyle style) {
    PlannedSeries series;
    series.role = role;
    series.name = name;
    series.color = color;
    series.width = width;
    series.style = style;
    return series;
}

PlannedSeries plannedMarkers(SeriesRole role, const QString& name, MarkerShape shape, const QColor& fill,
                             const QColor& border, qreal size) {
    PlannedSeries series;
    series.role = role;
    series.markers = true;
    series.name = name;
    series.shape = shape;
    series.color = fill;
    series.border = border;
    series.size = size;
    return series;
}

namespace {

PlannedSeries line(SeriesRole role, const QString& name, const QColor& color, qreal width,
                   Qt::PenStyle style = Qt::SolidLine) {
    return plannedLine(role, name, color, width, style);
}

PlannedSeries markers(SeriesRole role, const QString& name, MarkerShape shape, const QColor& fill,
                      const QColor& border, qreal size) {
    return plannedMarkers(role, name, shape, fill, border, size);
}

// How the points one signal rule flags are drawn: their shape and colour.
struct RuleStyle {
    PointRule rule;
    MarkerShape shape;
    QColor color;
};

// The plan is built in drawing order; the y range grows with every value drawn.
class Planner {
public:
    Planner(const MeasureChart& chart, const ChartPlanOptions& options)
        : m_chart(chart)
        , m_options(options)
        , m_series(drawnSeries(chart, options.mode, options.stratumIndex))
        , m_result(m_series.chart)
        , m_n(m_series.points.size())
        , m_hasEngine(m_result.size() == m_n) {}

    ChartPlan plan() {
        m_plan.legendVisible = !m_options.compact;
        m_plan.yTitle = m_chart.unit;
        planXAxis();
        planDataLine();
        planPoints();
        if (m_options.mode == ChartMode::Lines)
            planStrata();
        if (m_hasEngine && m_n > 0 && m_options.mode != ChartMode::Lines)
            planPhases();
        if (m_chart.goal)
            widen(*m_chart.goal);
        planYAxis();
        planGoal();
        if (m_options.mode != ChartMode::Lines && m_hasEngine)
            planPhaseDividers();
        if (!m_options.compact && !m_chart.markers.empty())
            planMarkers();
        m_plan.title = m_options.compact || m_options.mode == ChartMode::Stratum ? m_series.label : QString();
        return std::move(m_plan);
    }

private:
    double valueAt(std::size_t i) const { return m_hasEngine ? m_result.y[i] : m_series.points[i].value; }

    void widen(double v) {
        if (std::isfinite(v)) {
            m_yLo = std::min(m_yLo, v);
            m_yHi = std::max(m_yHi, v);
        }
    }

    QList<QPointF> thin(const QList<QPointF>& points) {
        QList<QPointF> kept = decimateForColumns(points, m_plan.xMin, m_plan.xMax, m_options.columns);
        m_plan.decimated |= kept.size() < points.size();
        return kept;
    }

    void add(PlannedSeries series, bool inLegend) {
        series.inLegend = inLegend;
        m_plan.series.push_back(std::move(series));
    }

    void planXAxis();
    void planDataLine();
    void planPoints();
    void planPointSet(PlannedSeries series, bool (*take)(const MeasureChartPoint&, PointRule),
                      PointRule rule = RuleNone);
    void planStrata();
    void planPhases();
    void planStepped(std::size_t start, std::size_t end, const std::vector<double>& column,
                     PlannedSeries style, bool& named);
    qreal phaseEdge(std::size_t i, bool left) const;
    void planYAxis();
    void planGoal();
    void planPhaseDividers();
    void planMarkers();

    const MeasureChart& m_chart;
    const ChartPlanOptions& m_options;
    const MeasureChartSeries& m_series;
    const ChartResult& m_result;
    const std::size_t m_n;
    const bool m_hasEngine;
    qreal m_step = 0; // a period, in chart x units
    double m_yLo = INFINITY, m_yHi = -INFINITY;
    ChartPlan m_plan;
};

// The x range: the total's periods (shared by small multiples), half a period of margin; month-year
// labels on the periods themselves (every k-th one when there are many).
void Planner::planXAxis() {
    const auto& all = m_chart.total.points;
    QDate first = all.empty() ? m_options.today : all.front().period;
    QDate last = all.empty() ? first : all.back().period;
    for (const auto& stratum : m_chart.strata)
        if (!stratum.points.empty()) {
            first = std::min(first, stratum.points.front().period);
            last = std::max(last, stratum.points.back().period);
        }
    const bool weekly = m_chart.measure.frequency == Frequency::Weekly;
    m_step = weekly ? 7 * 86400000.0 : 30.4 * 86400000.0;
    m_plan.xMin = chartX(first) - m_step / 2;
    m_plan.xMax = chartX(last) + m_step / 2;
    const std::size_t count = all.size();
    const std::size_t most = m_options.compact ? 6 : 12;
    const std::size_t every = std::max<std::size_t>(1, (count + most - 1) / most);
    const QString format = weekly ? QStringLiteral("d MMM yy") : QStringLiteral("MMM yy");
    for (std::size_t i = 0; i < count; i += every)
        m_plan.xTicks.push_back({QLocale().toString(all[i].period, format), chartX(all[i].period)});
}

// The data line, broken at gaps; only its first piece is named in the legend (and only beside the
// strata's lines).
void Planner::planDataLine() {
    const ChartMode mode = m_options.mode;
    const QColor color =
        mode == ChartMode::Stratum ? kStrata[std::max(m_options.stratumIndex, 0) % 6] : kData;
    const PlannedSeries style =
        line(SeriesRole::DataLine, m_series.label.isEmpty() ? m_chart.measure.name : m_series.label, color,
             mode == ChartMode::Lines ? 2.5 : 1.5);
    QList<QPointF> run;
    bool named = false;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        PlannedSeries piece = style;
        piece.points = thin(run);
        add(std::move(piece), !named && mode == ChartMode::Lines);
        named = true;
        run.clear();
    };
    for (std::size_t i = 0; i < m_n; ++i) {
        const double v = valueAt(i);
        if (!std::isfinite(v)) {
            flush();
            continue;
        }
        run << QPointF(chartX(m_series.points[i].period), v);
        widen(v);
    }
    flush();
}

// Points: ordinary ones (round), excluded (hollow grey), then signals per rule, astronomical.
void Planner::planPoints() {
    const QColor dataColor =
        m_options.mode == ChartMode::Stratum ? kStrata[std::max(m_options.stratumIndex, 0) % 6] : kData;
    // Qt Charts makes one graphics item per scatter marker: past a few hundred points the line
    // alone shows the data (signals and marks are still drawn).
    if (m_n <= kMaxChartMarkers)
        planPointSet(markers(SeriesRole::DataPoints, QString(), MarkerShape::Circle, dataColor, dataColor,
                             m_n > 400 ? 3 : 7),
                     [](const MeasureChartPoint& p, PointRule) { return !p.excluded; });
    planPointSet(markers(SeriesRole::ExcludedPoints, ChartText::tr("Excluded from the calculations"),
                         MarkerShape::Circle, Qt::white, QColor(0x99, 0x99, 0x99), 8),
                 [](const MeasureChartPoint& p, PointRule) { return p.excluded; });

    std::vector<RuleStyle> styles;
    if (m_chart.rules == RuleSet::Nhs)
        styles = {{RuleConcern, MarkerShape::RotatedRectangle, kConcern},
                  {RuleImprovement, MarkerShape::RotatedRectangle, kImprovement}};
    else
        styles = {{RuleShift, MarkerShape::RotatedRectangle, kSignal},
                  {RuleTrend, MarkerShape::Triangle, kSignal},
                  {RuleBeyondLimit, MarkerShape::Rectangle, kSignal}};
    for (const RuleStyle& style : styles)
        planPointSet(
            markers(SeriesRole::SignalPoints, ruleLabel(style.rule, m_chart.rules, m_chart.type), style.shape,
                    style.color, style.color, style.shape == MarkerShape::Rectangle ? 9 : 11),
            [](const MeasureChartPoint& p, PointRule rule) { return (p.rules & rule) != 0; }, style.rule);
    planPointSet(markers(SeriesRole::AstronomicalPoints, ChartText::tr("Astronomical point"),
                         MarkerShape::Star, QColor(0xff, 0xc1, 0x07), kSignal, 14),
                 [](const MeasureChartPoint& p, PointRule) { return p.astronomical; });
}

// The plotted points `take` accepts, as `series` (with a border pen; named ones in the legend);
// nothing when it accepts none.
void Planner::planPointSet(PlannedSeries series, bool (*take)(const MeasureChartPoint&, PointRule),
                           PointRule rule) {
    for (std::size_t i = 0; i < m_n; ++i) {
        const double v = valueAt(i);
        if (std::isfinite(v) && take(m_series.points[i], rule))
            series.points << QPointF(chartX(m_series.points[i].period), v);
    }
    if (series.points.isEmpty())
        return;
    series.outlined = true;
    const bool named = !series.name.isEmpty();
    add(std::move(series), named);
}

// Strata as extra lines (ChartMode::Lines), each in the legend.
void Planner::planStrata() {
    for (std::size_t k = 0; k < m_chart.strata.size(); ++k) {
        const auto& stratum = m_chart.strata[k];
        PlannedSeries series = line(SeriesRole::StratumLine, stratum.label, kStrata[k % 6], 1.2);
        QList<QPointF> points;
        for (const auto& p : stratum.points)
            if (std::isfinite(p.value)) {
                points << QPointF(chartX(p.period), p.value);
                widen(p.value);
            }
        series.points = thin(points);
        add(std::move(series), true);
    }
}

// Where point i's step of a stepped line starts (left) or ends: midway to its neighbours, half a
// period out at the ends.
qreal Planner::phaseEdge(std::size_t i, bool left) const {
    const qreal x = chartX(m_series.points[i].period);
    if (left)
        return i == 0 ? x - m_step / 2 : (x + chartX(m_series.points[i - 1].period)) / 2;
    return i + 1 == m_n ? x + m_step / 2 : (x + chartX(m_series.points[i + 1].period)) / 2;
}

// Centre line and limits per phase; limits stepped at the midpoints between periods; the centre
// line's value at the right end of each phase.
void Planner::planPhases() {
    bool centreNamed = false, limitNamed = false, twoNamed = false, runsNamed = false;
    const ChartResult& r = m_result;
    std::size_t start = 0;
    while (start < m_n) {
        std::size_t end = start;
        while (end + 1 < m_n && r.part[end + 1] == r.part[start])
            ++end;
        // Anhøj: a part with unusually long runs or too few crossings has a red, dashed centre
        // line (qicharts2's convention), named in the legend.
        const std::size_t partIndex = std::size_t(std::max(r.part[start], 1)) - 1;
        const bool runsSignal =
            m_chart.rules == RuleSet::Anhoej && partIndex < r.parts.size() && r.parts[partIndex].runsSignal;
        if (runsSignal)
            planStepped(start, end, r.cl,
                        line(SeriesRole::CentreLine, ruleLabel(RuleShift, RuleSet::Anhoej, m_chart.type),
                             kSignal, 1.8, Qt::DashLine),
                        runsNamed);
        else
            planStepped(start, end, r.cl, line(SeriesRole::CentreLine, centreName(m_chart), kCentre, 1.5),
                        centreNamed);
        if (m_chart.type != ChartType::Run) {
            // Dashing a path of thousands of steps is slow in Qt Charts: long series get solid,
            // lighter limit lines.
            const bool many = m_n > kMaxChartMarkers;
            const QString limits = ChartText::tr("Limits (3 sigma)");
            const PlannedSeries limit = many ? line(SeriesRole::LimitLine, limits, kLimit.lighter(140), 1)
                                             : line(SeriesRole::LimitLine, limits, kLimit, 1.2, Qt::DashLine);
            planStepped(start, end, r.ucl, limit, limitNamed);
            planStepped(start, end, r.lcl, limit, limitNamed);
            if (m_chart.setting.twoSigma) {
                const QString two = ChartText::tr("Two-sigma lines");
                const PlannedSeries twoSigma =
                    many ? line(SeriesRole::TwoSigmaLine, two, kLimit.lighter(170), 1)
                         : line(SeriesRole::TwoSigmaLine, two, kLimit, 1, Qt::DotLine);
                planStepped(start, end, r.ucl2s, twoSigma, twoNamed);
                planStepped(start, end, r.lcl2s, twoSigma, twoNamed);
            }
        }
        if (std::isfinite(r.cl[end]))
            m_plan.labels.push_back({Format::measureValue(m_chart.measure, r.cl[end]), kCentre,
                                     QPointF(phaseEdge(end, false), r.cl[end]), -1, false});
        start = end + 1;
    }
}

// `column` over points start…end as a stepped line in `style`, one series per stretch without
// gaps (a stretch of a single step is left out); the first series of a kind is named in the legend.
void Planner::planStepped(std::size_t start, std::size_t end, const std::vector<double>& column,
                          PlannedSeries style, bool& named) {
    QList<QPointF> points;
    auto lineOut = [&] {
        if (points.size() < 2) {
            points.clear();
            return;
        }
        PlannedSeries series = style;
        series.points = thin(points);
        add(std::move(series), !named);
        named = true;
        points.clear();
    };
    for (std::size_t i = start; i <= end; ++i) {
        const double v = column[i];
        if (!std::isfinite(v)) {
            lineOut();
            continue;
        }
        widen(v);
        if (!points.isEmpty() && points.back().y() == v) {
            points.back().setX(phaseEdge(i, false));
            continue;
        }
        points << QPointF(phaseEdge(i, true), v) << QPointF(phaseEdge(i, false), v);
    }
    lineOut();
}

// The y range, with a little room (more under the markers along the top); percentages stay within
// 0–100 where the data do.
void Planner::planYAxis() {
    double yLo = m_yLo, yHi = m_yHi;
    if (m_options.yCover) {
        yLo = std::isfinite(yLo) ? std::min(yLo, m_options.yCover->first) : m_options.yCover->first;
        yHi = std::isfinite(yHi) ? std::max(yHi, m_options.yCover->second) : m_options.yCover->second;
    }
    if (!std::isfinite(yLo)) {
        yLo = 0;
        yHi = 1;
    }
    double pad = (yHi - yLo) * 0.08;
    if (pad <= 0)
        pad = std::max(1.0, std::abs(yHi) * 0.1);
    double lo = yLo - pad, hi = yHi + pad * (m_chart.markers.empty() || m_options.compact ? 1 : 3);
    if (yLo >= 0 && lo < 0)
        lo = 0;
    int ticks = 5; // a value axis's default
    niceAxisRange(lo, hi, ticks);
    if (m_chart.measure.dataKind == DataKind::Proportion && yHi <= 100 && yLo >= 0 && hi > 100) {
        hi = 100; // percentages end at 100 %
        ticks = lo == 0 ? 6 : ticks;
    }
    m_plan.yMin = lo;
    m_plan.yMax = hi;
    m_plan.yTickCount = ticks;
}

void Planner::planGoal() {
    if (!m_chart.goal)
        return;
    const double goal = *m_chart.goal;
    PlannedSeries series = line(SeriesRole::GoalLine,
                                ChartText::tr("Goal (%1)").arg(Format::measureValue(m_chart.measure, goal)),
                                kGoal, 1.5, Qt::DashDotLine);
    series.points = {QPointF(m_plan.xMin, goal), QPointF(m_plan.xMax, goal)};
    add(std::move(series), true);
}

// Phase dividers: a vertical line between the last point of a phase and the first of the next.
void Planner::planPhaseDividers() {
    bool named = false;
    for (std::size_t i = 1; i < m_n; ++i)
        if (m_result.part[i] != m_result.part[i - 1]) {
            const qreal x = (chartX(m_series.points[i].period) + chartX(m_series.points[i - 1].period)) / 2;
            PlannedSeries divider = line(SeriesRole::PhaseDivider, ChartText::tr("Phase change"),
                                         QColor(0x80, 0x80, 0x80), 1.5, Qt::DashLine);
            divider.points = {QPointF(x, m_plan.yMin), QPointF(x, m_plan.yMax)};
            add(std::move(divider), !named);
            named = true;
        }
}

// Markers: PDSA cycles and annotations along the top, their titles in three staggered rows.
void Planner::planMarkers() {
    const double lo = m_plan.yMin, hi = m_plan.yMax;
    PlannedSeries cycles = markers(SeriesRole::CycleMarkers, ChartText::tr("PDSA cycle"),
                                   MarkerShape::Triangle, kMarker, kMarker, 10);
    PlannedSeries notes = markers(SeriesRole::AnnotationMarkers, ChartText::tr("Annotation"),
                                  MarkerShape::Pentagon, kNote, kNote, 10);
    int row = 0;
    QStringList titled;
    for (const MeasureChartMarker& marker : m_chart.markers) {
        const bool cycle = marker.kind == MeasureChartMarker::Kind::Cycle;
        const QPointF at(chartX(marker.date), hi - (hi - lo) * 0.015);
        (cycle ? cycles : notes).points << at;
        // A ramp of cycles often repeats one title: label its first marker only.
        if (titled.contains(marker.title))
            continue;
        titled << marker.title;
        QString title = marker.title;
        if (title.size() > 28)
            title = title.left(27) + QChar(0x2026);
        m_plan.labels.push_back({title, cycle ? kMarker : kNote, at, row, true});
        row = (row + 1) % 3;
    }
    for (PlannedSeries* series : {&cycles, &notes})
        if (!series->points.isEmpty())
            add(std::move(*series), true);
}

} // namespace

qreal chartX(const QDate& date) {
    return qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

const MeasureChartSeries& drawnSeries(const MeasureChart& chart, ChartMode mode, int stratumIndex) {
    if (mode == ChartMode::Stratum && stratumIndex >= 0 && std::size_t(stratumIndex) < chart.strata.size())
        return chart.strata[std::size_t(stratumIndex)];
    return chart.total;
}

QStringList ChartPlan::legendNames() const {
    QStringList names;
    for (const PlannedSeries& s : series)
        if (s.inLegend)
            names << s.name;
    return names;
}

ChartPlan planChart(const MeasureChart& chart, const ChartPlanOptions& options) {
    return Planner(chart, options).plan();
}

namespace {

// A "nice" number near x: 1, 2 or 5 times a power of ten, at least x (ceiling) or the nearest.
double niceNumber(double x, bool ceiling) {
    const double power = std::pow(10.0, std::floor(std::log10(x)));
    const double fraction = x / power; // in [1, 10)
    double nice = 10;
    if (ceiling)
        nice = fraction <= 1.0 ? 1 : fraction <= 2.0 ? 2 : fraction <= 5.0 ? 5 : 10;
    else
        nice = fraction < 1.5 ? 1 : fraction < 3.0 ? 2 : fraction < 7.0 ? 5 : 10;
    return nice * power;
}

} // namespace

void niceAxisRange(double& lo, double& hi, int& tickCount) {
    const double range = niceNumber(hi - lo, true);
    const double step = niceNumber(range / (tickCount - 1), false);
    const double first = std::floor(lo / step);
    const double last = std::ceil(hi / step);
    tickCount = int(last - first) + 1;
    lo = first * step;
    hi = last * step;
}

} // namespace pdsa::ui
