// SPDX-License-Identifier: Apache-2.0
#include "analysis/measurechart.h"


#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace pdsa::analysis {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("pdsa::analysis::MeasureChart", text); }

double orNaN(const std::optional<double>& value) { return value ? *value : kNaN; }

double multiplierFor(const Measure& measure)
{
    switch (measure.dataKind) {
    case DataKind::Proportion:
        return 100.0;
    case DataKind::Rate:
        return measure.ratePer.value_or(1.0);
    default:
        return 1.0;
    }
}

Subgroup subgroupFor(const Measure& measure, const MeasureValue& value)
{
    if (!measure.hasDenominator())
        return Subgroup::value(orNaN(value.value ? value.value : value.numerator));
    if (!value.numerator || !value.denominator || *value.denominator <= 0)
        return Subgroup::ratio(kNaN, kNaN);
    return Subgroup::ratio(*value.numerator, *value.denominator);
}

std::uint8_t rulesOf(const ChartResult& chart, std::size_t i)
{
    std::uint8_t flags = RuleNone;
    if (!chart.include[i])
        return flags;
    switch (chart.rules) {
    case RuleSet::Nhs:
        if (chart.variation[i] == Variation::Improvement)
            flags |= RuleImprovement;
        else if (chart.variation[i] == Variation::Concern)
            flags |= RuleConcern;
        switch (chart.specialCause[i]) {
        case SpecialCause::Outside: flags |= RuleBeyondLimit; break;
        case SpecialCause::Trend: flags |= RuleTrend; break;
        case SpecialCause::TwoInThree: flags |= RuleTwoOfThree; break;
        case SpecialCause::Shift: flags |= RuleShift; break;
        case SpecialCause::None: break;
        }
        break;
    case RuleSet::Ihi:
        if (chart.ihiShift[i])
            flags |= RuleShift;
        if (chart.ihiTrend[i])
            flags |= RuleTrend;
        if (chart.type != ChartType::Run && chart.sigmaSignal[i])
            flags |= RuleBeyondLimit;
        break;
    case RuleSet::Anhoej:
        if (chart.sigmaSignal[i])
            flags |= RuleBeyondLimit;
        // Anhøj's runs signal belongs to a part, not to points: the view draws that part's centre
        // line in red (as qicharts2 does), from PartSummary::runsSignal.
        break;
    }
    return flags;
}

MeasureChartSeries computeSeries(const MeasureChartInput& input, const std::vector<const MeasureValue*>& values,
                                 const ChartOptions& options, QString& warning)
{
    MeasureChartSeries series;
    std::vector<Subgroup> subgroups;
    subgroups.reserve(values.size());
    series.points.reserve(values.size());
    const double multiply = multiplierFor(input.measure);
    for (const MeasureValue* value : values) {
        MeasureChartPoint point;
        point.period = value->period;
        point.value = orNaN(value->plotted(input.measure));
        point.numerator = orNaN(value->numerator);
        point.denominator = orNaN(value->denominator);
        point.note = value->note;
        point.excluded = value->excluded;
        point.astronomical = value->astronomical;
        series.points.push_back(point);
        subgroups.push_back(subgroupFor(input.measure, *value));
    }
    ChartOptions used = options;
    used.multiply = multiply;
    if (auto status = computeChart(subgroups, used, series.chart); !status) {
        // Fall back to what always works for this data: the default rules, no baseline, no fixed
        // centre; then a run chart.
        warning = status.error().message;
        used.rules = defaultRules(used.type);
        used.freeze = 0;
        used.centreLine.reset();
        if (!computeChart(subgroups, used, series.chart)) {
            used.type = ChartType::Run;
            used.rules = RuleSet::Ihi;
            if (!computeChart(subgroups, used, series.chart))
                series.chart = ChartResult{};
        }
    }
    if (series.chart.size() == series.points.size())
        for (std::size_t i = 0; i < series.points.size(); ++i)
            series.points[i].rules = rulesOf(series.chart, i);
    return series;
}

} // namespace

std::vector<ChartType> chartTypesFor(DataKind kind)
{
    switch (kind) {
    case DataKind::Proportion:
        return {ChartType::Run, ChartType::P, ChartType::PP};
    case DataKind::Rate:
        return {ChartType::Run, ChartType::U, ChartType::UP};
    case DataKind::Count:
        return {ChartType::Run, ChartType::C, ChartType::I};
    case DataKind::Continuous:
        return {ChartType::Run, ChartType::I};
    case DataKind::DaysBetween:
        return {ChartType::Run, ChartType::T, ChartType::G, ChartType::I};
    }
    return {ChartType::Run};
}

std::vector<RuleSet> ruleSetsFor(ChartType type)
{
    if (type == ChartType::Run || type == ChartType::MR)
        return {RuleSet::Ihi, RuleSet::Anhoej};
    return {RuleSet::Anhoej, RuleSet::Ihi, RuleSet::Nhs};
}

QString ruleLabel(PointRule rule, RuleSet rules, ChartType type)
{
    const bool run = type == ChartType::Run;
    switch (rule) {
    case RuleBeyondLimit:
        return tr("Beyond a limit");
    case RuleShift:
        if (rules == RuleSet::Nhs)
            return tr("Shift (7+ points on one side of the mean)");
        if (rules == RuleSet::Anhoej)
            return run ? tr("Unusually long run or few crossings of the median")
                       : tr("Unusually long run or few crossings of the centre line");
        return tr("Shift (6+ points on one side of the median)");
    case RuleTrend:
        return rules == RuleSet::Nhs ? tr("Trend (6+ points rising or falling)")
                                     : tr("Trend (5+ points rising or falling)");
    case RuleTwoOfThree:
        return tr("Two of three points beyond two sigma");
    case RuleImprovement:
        return tr("Special cause — improvement");
    case RuleConcern:
        return tr("Special cause — concern");
    case RuleNone:
        break;
    }
    return QString();
}

namespace {

using ValuesByPeriod = std::vector<const MeasureValue*>;

// The unit shown, and the chart type and rule set drawn: the stored ones when they fit the
// measure's data, the defaults otherwise (with a warning).
void chooseUnitTypeAndRules(MeasureChart& result, const MeasureChartInput& input)
{
    switch (input.measure.dataKind) {
    case DataKind::Proportion:
        result.unit = QStringLiteral("%");
        break;
    case DataKind::Rate:
        result.unit = tr("per %1").arg(QLocale().toString(input.measure.ratePer.value_or(1.0), 'g', 10));
        break;
    default:
        result.unit = input.measure.unit;
        break;
    }

    const auto types = chartTypesFor(input.measure.dataKind);
    result.type = std::find(types.begin(), types.end(), input.setting.chartType) != types.end()
        ? input.setting.chartType : types.front();
    const auto ruleSets = ruleSetsFor(result.type);
    result.rules = std::find(ruleSets.begin(), ruleSets.end(), input.setting.ruleSet) != ruleSets.end()
        ? input.setting.ruleSet : defaultRules(result.type);
    if (result.type != input.setting.chartType)
        result.warning = tr("A %1 chart does not fit this measure's data; showing a run chart.")
                             .arg(toText(input.setting.chartType).toUpper());
}

// The 0-based index of the first value of each phase after the first, in order, once each: the
// value on or after each phase start (none for a start before all values or after the last).
std::vector<int> phaseStartIndexes(const ValuesByPeriod& values, const QList<QDate>& phaseStarts)
{
    std::vector<int> indexes;
    const int n = static_cast<int>(values.size());
    for (const QDate& start : phaseStarts) {
        const auto it = std::lower_bound(values.begin(), values.end(), start,
                                         [](const MeasureValue* v, const QDate& d) { return v->period < d; });
        const int index = static_cast<int>(it - values.begin());
        if (index > 0 && index < n)
            indexes.push_back(index);
    }
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    return indexes;
}

// The 1-based positions of the excluded values.
std::vector<int> excludedPositions(const ValuesByPeriod& values)
{
    std::vector<int> positions;
    const int n = static_cast<int>(values.size());
    for (int i = 0; i < n; ++i)
        if (values[static_cast<std::size_t>(i)]->excluded)
            positions.push_back(i + 1);
    return positions;
}

// Strata: the same chart per stratum, phases by date, no fixed centre (it is the total's).
void addStrata(MeasureChart& result, const MeasureChartInput& input,
               std::map<QUuid, ValuesByPeriod>& byStratum, const ChartOptions& options)
{
    auto byPeriod = [](const MeasureValue* a, const MeasureValue* b) { return a->period < b->period; };
    std::vector<Stratum> strata = input.strata;
    std::stable_sort(strata.begin(), strata.end(),
                     [](const Stratum& a, const Stratum& b) { return a.position < b.position; });
    for (const Stratum& stratum : strata) {
        auto found = byStratum.find(stratum.meta.id);
        if (found == byStratum.end())
            continue;
        auto& values = found->second;
        std::stable_sort(values.begin(), values.end(), byPeriod);
        ChartOptions stratumOptions = options;
        stratumOptions.centreLine.reset();
        stratumOptions.partEnds = phaseStartIndexes(values, input.setting.phaseStarts);
        stratumOptions.exclude = excludedPositions(values);
        QString ignored;
        MeasureChartSeries series = computeSeries(input, values, stratumOptions, ignored);
        series.stratumId = stratum.meta.id;
        series.label = stratum.name;
        series.dimension = stratum.dimension;
        result.strata.push_back(std::move(series));
    }
}

// The cycles that inform the measure (at their start, or their end when they have no start) and
// the annotations, by date.
void addMarkers(MeasureChart& result, const MeasureChartInput& input)
{
    for (const PdsaCycle& cycle : input.cycles) {
        if (!cycle.measureIds.contains(input.measure.meta.id))
            continue;
        const QDate date = cycle.startDate.isValid() ? cycle.startDate : cycle.endDate;
        if (!date.isValid())
            continue;
        result.markers.push_back({MeasureChartMarker::Kind::Cycle, date, cycle.title, cycle.meta.id});
    }
    for (const ChartAnnotation& annotation : input.annotations) {
        if (!annotation.date.isValid())
            continue;
        result.markers.push_back({MeasureChartMarker::Kind::Annotation, annotation.date, annotation.text,
                                  annotation.meta.id});
    }
    std::stable_sort(result.markers.begin(), result.markers.end(),
                     [](const MeasureChartMarker& a, const MeasureChartMarker& b) { return a.date < b.date; });
}

} // namespace

MeasureChart buildMeasureChart(const MeasureChartInput& input)
{
    MeasureChart result;
    result.measure = input.measure;
    result.setting = input.setting;
    result.goal = input.measure.goal;
    chooseUnitTypeAndRules(result, input);

    // Totals, oldest first.
    ValuesByPeriod totals;
    std::map<QUuid, ValuesByPeriod> byStratum;
    for (const MeasureValue& value : input.values) {
        if (value.stratumId.isNull())
            totals.push_back(&value);
        else
            byStratum[value.stratumId].push_back(&value);
    }
    auto byPeriod = [](const MeasureValue* a, const MeasureValue* b) { return a->period < b->period; };
    std::stable_sort(totals.begin(), totals.end(), byPeriod);

    ChartOptions options;
    options.type = result.type;
    options.rules = result.rules;
    options.improvement = input.measure.improvement == Improvement::Down ? ImprovementDirection::Down
                                                                         : ImprovementDirection::Up;
    result.phaseStarts = phaseStartIndexes(totals, input.setting.phaseStarts);
    for (int start : result.phaseStarts)
        options.partEnds.push_back(start); // the 1-based position of the point before the start
    options.exclude = excludedPositions(totals);
    if (input.setting.baselinePoints && *input.setting.baselinePoints > 0)
        options.freeze = *input.setting.baselinePoints;
    result.freeze = options.freeze;
    if (input.setting.fixedCentre)
        options.centreLine = *input.setting.fixedCentre / multiplierFor(input.measure);

    QString warning;
    result.total = computeSeries(input, totals, options, warning);
    result.total.label = tr("Total");
    if (!warning.isEmpty() && result.warning.isEmpty())
        result.warning = warning;

    if (input.measure.stratified)
        addStrata(result, input, byStratum, options);
    addMarkers(result, input);
    return result;
}

QStringList stratumDimensions(const MeasureChart& chart)
{
    QStringList dimensions;
    for (const MeasureChartSeries& series : chart.strata)
        if (!dimensions.contains(series.dimension))
            dimensions << series.dimension;
    return dimensions;
}

MeasureChart withDimension(MeasureChart chart, const QString& dimension)
{
    const QStringList dimensions = stratumDimensions(chart);
    const QString kept = dimensions.contains(dimension) || dimensions.isEmpty() ? dimension : dimensions.first();
    std::erase_if(chart.strata, [&](const MeasureChartSeries& series) { return series.dimension != kept; });
    return chart;
}

} // namespace pdsa::analysis
