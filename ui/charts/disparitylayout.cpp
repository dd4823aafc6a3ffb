// SPDX-License-Identifier: Apache-2.0
#include "charts/disparitylayout.h"

#include "format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pdsa::ui {

using equity::Disparity;
using equity::DisparityGroup;
using equity::DisparityPeriod;

namespace {

struct DisparityText {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::DisparityPanel)
};

const QColor kGap(0x1f, 0x3b, 0x73);       // the difference, as a measure's data line
const QColor kZero(0x20, 0x20, 0x20);
const QColor kMedian(0x80, 0x80, 0x80);
const QColor kSignal(0xc6, 0x28, 0x28);    // as the measure chart's signals
const QColor kMarker(0x6a, 0x3d, 0x9a);    // as the measure chart's PDSA cycles
const QColor kReference(0x40, 0x40, 0x40);

// The x of a window: its middle, so that a cycle started inside the window falls inside it.
qreal windowX(const QDate& start, equity::Window window) {
    const qreal from = chartX(start);
    return from + (chartX(start.addMonths(equity::windowMonths(window))) - from) / 2;
}

// The x axis: the windows' labels, thinned to about a dozen, and half a window of margin.
void planXAxis(ChartPlan& plan, const DisparityGroup& group, equity::Window window) {
    const auto& periods = group.periods;
    if (periods.empty()) {
        plan.xMin = chartX(QDate::currentDate().addMonths(-12));
        plan.xMax = chartX(QDate::currentDate());
        return;
    }
    plan.xMin = chartX(periods.front().start);
    plan.xMax = chartX(periods.back().start.addMonths(equity::windowMonths(window)));
    // At most six labels: "2025-Q3" needs room, and the chart shares the width with another.
    const std::size_t step = std::max<std::size_t>(1, (periods.size() + 5) / 6);
    for (std::size_t i = 0; i < periods.size(); i += step)
        plan.xTicks.push_back({periods[i].label, windowX(periods[i].start, window)});
}

void planYAxis(ChartPlan& plan, double lo, double hi, bool percent) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    const double pad = std::max((hi - lo) * 0.08, percent ? 1.0 : 1e-9);
    double min = lo - pad, max = hi + pad * 3; // room for the cycle markers along the top
    int ticks = 5;
    niceAxisRange(min, max, ticks);
    plan.yMin = min;
    plan.yMax = max;
    plan.yTickCount = ticks;
}

// The periods' values as lines broken where a value is missing: one polyline per run of values.
std::vector<QList<QPointF>> segments(const std::vector<QPointF>& points, const std::vector<bool>& present) {
    std::vector<QList<QPointF>> runs;
    bool open = false;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!present[i]) {
            open = false;
            continue;
        }
        if (!open)
            runs.emplace_back();
        runs.back() << points[i];
        open = true;
    }
    return runs;
}

bool hidden(const DisparityPeriod& p, SmallNumbers small) {
    return small == SmallNumbers::Suppressed && (p.small || p.refSmall);
}

} // namespace

double disparityScale(const Measure& measure) {
    return measure.dataKind == DataKind::Proportion ? 100.0 : measure.ratePer.value_or(1.0);
}

QString gapUnit(const Measure& measure) {
    if (measure.dataKind == DataKind::Proportion)
        return DisparityText::tr("percentage points");
    return DisparityText::tr("per %1").arg(Format::number(measure.ratePer.value_or(1.0), 0));
}

QString gapText(const Measure& measure, double difference) {
    const double shown = difference * disparityScale(measure);
    if (std::abs(shown) < 0.05)
        return DisparityText::tr("no gap");
    const QString size = measure.dataKind == DataKind::Proportion
                             ? DisparityText::tr("%1 points").arg(Format::number(std::abs(shown), 1))
                             : DisparityText::tr("%1 %2").arg(Format::number(std::abs(shown), 1), gapUnit(measure));
    return shown < 0 ? DisparityText::tr("%1 below").arg(size) : DisparityText::tr("%1 above").arg(size);
}

QString referenceText(const Disparity& disparity) {
    switch (disparity.reference) {
    case equity::ReferenceKind::Rest:
        return DisparityText::tr("the rest of %1").arg(disparity.dimension);
    case equity::ReferenceKind::Total:
        return DisparityText::tr("all of %1").arg(disparity.dimension);
    case equity::ReferenceKind::Group:
        return disparity.referenceName;
    }
    return {};
}

QString legendKey(const ChartPlan& plan) {
    QStringList entries;
    for (const PlannedSeries& s : plan.series) {
        if (!s.inLegend)
            continue;
        QString symbol;
        QColor color = s.color;
        switch (s.role) {
        case SeriesRole::Band:
            symbol = QStringLiteral("█");
            // The band's fill as drawn (18 % of its colour over white).
            color = QColor::fromRgbF(0.82 + 0.18 * color.redF(), 0.82 + 0.18 * color.greenF(), 0.82 + 0.18 * color.blueF());
            break;
        case SeriesRole::CycleMarkers:
            symbol = QStringLiteral("▲");
            break;
        case SeriesRole::SmallNumbers:
            symbol = QStringLiteral("○");
            color = s.border;
            break;
        default:
            symbol = s.markers ? QStringLiteral("●") : s.style == Qt::SolidLine ? QStringLiteral("━━") : QStringLiteral("╍╍");
            break;
        }
        entries << QStringLiteral("<span style=\"white-space:nowrap\"><span style=\"color:%1\">%2</span>&nbsp;%3</span>")
                       .arg(color.name(), symbol, s.name.toHtmlEscaped());
    }
    return entries.join(QStringLiteral(" &nbsp; "));
}

ChartPlan planGapChart(const Disparity& disparity, std::size_t groupIndex, const GapChartExtras& extras,
                       SmallNumbers small) {
    ChartPlan plan;
    if (groupIndex >= disparity.groups.size())
        return plan;
    const DisparityGroup& group = disparity.groups[groupIndex];
    const double scale = disparityScale(disparity.measure);
    plan.title = DisparityText::tr("Gap: %1 against %2").arg(group.stratum.name, referenceText(disparity));
    plan.yTitle = disparity.measure.dataKind == DataKind::Proportion ? DisparityText::tr("points")
                                                                      : gapUnit(disparity.measure);
    planXAxis(plan, group, disparity.window);

    const std::size_t n = group.periods.size();
    std::vector<QPointF> value(n), upper(n), lower(n);
    std::vector<bool> hasValue(n), hasBand(n);
    double lo = 0.0, hi = 0.0; // the line of no gap is always in view
    for (std::size_t i = 0; i < n; ++i) {
        const DisparityPeriod& p = group.periods[i];
        const qreal x = windowX(p.start, disparity.window);
        hasValue[i] = p.difference && !hidden(p, small);
        hasBand[i] = hasValue[i] && p.differenceLcl && p.differenceUcl;
        if (hasValue[i]) {
            value[i] = QPointF(x, *p.difference * scale);
            lo = std::min(lo, value[i].y());
            hi = std::max(hi, value[i].y());
        }
        if (hasBand[i]) {
            upper[i] = QPointF(x, *p.differenceUcl * scale);
            lower[i] = QPointF(x, *p.differenceLcl * scale);
            lo = std::min(lo, lower[i].y());
            hi = std::max(hi, upper[i].y());
        }
    }
    planYAxis(plan, lo, hi, disparity.measure.dataKind == DataKind::Proportion);

    // The interval band, one piece per run of windows with an interval.
    const auto uppers = segments(upper, hasBand);
    const auto lowers = segments(lower, hasBand);
    for (std::size_t k = 0; k < uppers.size(); ++k) {
        PlannedSeries band = plannedLine(SeriesRole::Band, DisparityText::tr("95 % interval"), kGap, 0);
        band.points = uppers[k];
        band.lower = lowers[k];
        band.inLegend = k == 0;
        plan.series.push_back(std::move(band));
    }
    PlannedSeries zero = plannedLine(SeriesRole::ZeroLine, DisparityText::tr("No gap"), kZero, 1.5);
    zero.points = {QPointF(plan.xMin, 0), QPointF(plan.xMax, 0)};
    zero.inLegend = true;
    plan.series.push_back(std::move(zero));
    if (std::isfinite(group.gap.centre)) {
        PlannedSeries median =
            plannedLine(SeriesRole::CentreLine, DisparityText::tr("Median gap"), kMedian, 1.2, Qt::DashLine);
        median.points = {QPointF(plan.xMin, group.gap.centre * scale), QPointF(plan.xMax, group.gap.centre * scale)};
        median.inLegend = true;
        plan.series.push_back(std::move(median));
    }
    for (const QDate& start : extras.phaseStarts) {
        PlannedSeries divider = plannedLine(SeriesRole::PhaseDivider, QString(), kMedian, 1, Qt::DotLine);
        divider.points = {QPointF(chartX(start), plan.yMin), QPointF(chartX(start), plan.yMax)};
        plan.series.push_back(std::move(divider));
    }
    const auto runs = segments(value, hasValue);
    for (std::size_t k = 0; k < runs.size(); ++k) {
        PlannedSeries line = plannedLine(SeriesRole::DataLine, DisparityText::tr("Difference"), kGap, 2);
        line.points = runs[k];
        line.inLegend = k == 0;
        plan.series.push_back(std::move(line));
    }
    PlannedSeries points = plannedMarkers(SeriesRole::DataPoints, QString(), MarkerShape::Circle, kGap, kGap, 8);
    PlannedSeries smallPoints =
        plannedMarkers(SeriesRole::SmallNumbers,
                       DisparityText::tr("Small numbers (under %1 children)").arg(disparity.minCell),
                       MarkerShape::Circle, Qt::white, kGap, 9);
    smallPoints.outlined = true;
    PlannedSeries signal = plannedMarkers(
        SeriesRole::SignalPoints,
        group.gap.signal == equity::GapSignal::Trend ? DisparityText::tr("Trend") : DisparityText::tr("Shift"),
        MarkerShape::Circle, kSignal, kSignal, 10);
    const int first = group.gap.signalFirst;
    const int last = first + group.gap.signalLength - 1;
    for (std::size_t i = 0; i < n; ++i) {
        if (!hasValue[i])
            continue;
        const DisparityPeriod& p = group.periods[i];
        if (first >= 0 && int(i) >= first && int(i) <= last)
            signal.points << value[i];
        else if (p.small || p.refSmall)
            smallPoints.points << value[i];
        else
            points.points << value[i];
    }
    for (std::size_t i = 0; i < n; ++i)
        if (hidden(group.periods[i], small))
            plan.labels.push_back({QStringLiteral("<%1").arg(disparity.minCell), kGap,
                                   QPointF(windowX(group.periods[i].start, disparity.window), 0), -1, true});
    plan.series.push_back(std::move(points));
    smallPoints.inLegend = !smallPoints.points.isEmpty();
    plan.series.push_back(std::move(smallPoints));
    signal.inLegend = !signal.points.isEmpty();
    plan.series.push_back(std::move(signal));

    PlannedSeries cycles = plannedMarkers(SeriesRole::CycleMarkers, DisparityText::tr("PDSA cycle"),
                                          MarkerShape::Triangle, kMarker, kMarker, 10);
    for (const analysis::MeasureChartMarker& marker : extras.markers)
        if (marker.kind == analysis::MeasureChartMarker::Kind::Cycle && chartX(marker.date) >= plan.xMin &&
            chartX(marker.date) <= plan.xMax)
            cycles.points << QPointF(chartX(marker.date), plan.yMax - (plan.yMax - plan.yMin) * 0.03);
    cycles.inLegend = !cycles.points.isEmpty();
    plan.series.push_back(std::move(cycles));
    return plan;
}

ChartPlan planRatesChart(const Disparity& disparity, std::size_t chosen, SmallNumbers small) {
    ChartPlan plan;
    if (chosen >= disparity.groups.size())
        return plan;
    const double scale = disparityScale(disparity.measure);
    const bool percent = disparity.measure.dataKind == DataKind::Proportion;
    plan.title = DisparityText::tr("Rates by %1").arg(disparity.dimension);
    plan.yTitle = percent ? DisparityText::tr("%") : gapUnit(disparity.measure);
    planXAxis(plan, disparity.groups[chosen], disparity.window);
    double lo = 0.0, hi = 0.0;
    const auto at = [&](const DisparityPeriod& p, double v) {
        return QPointF(windowX(p.start, disparity.window), v * scale);
    };

    const DisparityGroup& group = disparity.groups[chosen];
    std::vector<QPointF> upper, lower, reference;
    std::vector<bool> hasBand, hasReference;
    for (const DisparityPeriod& p : group.periods) {
        const bool band = p.rateLcl && p.rateUcl && !hidden(p, small);
        hasBand.push_back(band);
        upper.push_back(band ? at(p, *p.rateUcl) : QPointF());
        lower.push_back(band ? at(p, *p.rateLcl) : QPointF());
        if (band)
            hi = std::max(hi, *p.rateUcl * scale);
        const bool ref = p.refRate && !(small == SmallNumbers::Suppressed && p.refSmall) && !group.isReference;
        hasReference.push_back(ref);
        reference.push_back(ref ? at(p, *p.refRate) : QPointF());
    }
    const auto uppers = segments(upper, hasBand);
    const auto lowers = segments(lower, hasBand);
    for (std::size_t k = 0; k < uppers.size(); ++k) {
        PlannedSeries band = plannedLine(SeriesRole::Band, DisparityText::tr("95 % interval of %1").arg(group.stratum.name),
                                         stratumColor(chosen), 0);
        band.points = uppers[k];
        band.lower = lowers[k];
        band.inLegend = k == 0;
        plan.series.push_back(std::move(band));
    }
    for (std::size_t g = 0; g < disparity.groups.size(); ++g) {
        const DisparityGroup& other = disparity.groups[g];
        std::vector<QPointF> values;
        std::vector<bool> present;
        for (const DisparityPeriod& p : other.periods) {
            const bool shown = p.rate && !hidden(p, small);
            present.push_back(shown);
            values.push_back(shown ? at(p, *p.rate) : QPointF());
            if (shown)
                hi = std::max(hi, *p.rate * scale);
        }
        const auto runs = segments(values, present);
        for (std::size_t k = 0; k < runs.size(); ++k) {
            PlannedSeries line = plannedLine(SeriesRole::StratumLine, other.stratum.name, stratumColor(g), g == chosen ? 3 : 1.2);
            line.points = runs[k];
            line.inLegend = k == 0;
            plan.series.push_back(std::move(line));
        }
    }
    // The chosen group's windows as points (their tooltips give the counts), hollow where small.
    PlannedSeries points = plannedMarkers(SeriesRole::DataPoints, QString(), MarkerShape::Circle, stratumColor(chosen),
                                          stratumColor(chosen), 7);
    PlannedSeries smallPoints = plannedMarkers(SeriesRole::SmallNumbers, QString(), MarkerShape::Circle, Qt::white,
                                               stratumColor(chosen), 8);
    smallPoints.outlined = true;
    for (const DisparityPeriod& p : group.periods)
        if (p.rate && !hidden(p, small))
            (p.small ? smallPoints : points).points << at(p, *p.rate);
    plan.series.push_back(std::move(points));
    plan.series.push_back(std::move(smallPoints));
    const auto references = segments(reference, hasReference);
    for (std::size_t k = 0; k < references.size(); ++k) {
        PlannedSeries line = plannedLine(SeriesRole::CentreLine, DisparityText::tr("Reference: %1").arg(referenceText(disparity)),
                                         kReference, 2, Qt::DashLine);
        line.points = references[k];
        line.inLegend = k == 0;
        plan.series.push_back(std::move(line));
    }
    for (const QPointF& p : reference)
        hi = std::max(hi, p.y());
    planYAxis(plan, lo, hi, percent);
    plan.yMin = std::max(0.0, plan.yMin); // rates are never negative
    if (percent && plan.yMax >= 100 && plan.yMin == 0) {
        plan.yMax = 100; // percentages end at 100 %
        plan.yTickCount = 6;
    }
    return plan;
}

} // namespace pdsa::ui
