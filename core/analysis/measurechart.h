// SPDX-License-Identifier: Apache-2.0
#pragma once
// The chart of one team's measure as the chart view draws it: a plain struct computed from the
// measure's values, the team's chart setting, its annotations and the PDSA cycles linked to the
// measure. The values go through the engine (spc.h) the way `pdsa chart` sends a CSV file:
// proportions as counts over denominators multiplied by 100 (run charts too), rates per ratePer,
// counts, continuous values and days between events as single values. No widgets, no SQL in the
// builder (buildMeasureChart); core/workspace/measurechartloader.h reads a workspace and calls it,
// so that the engine stays free of storage.

#include "analysis/spc.h"
#include "domain/chartannotation.h"
#include "domain/chartsetting.h"
#include "domain/collaborative.h"
#include "domain/measure.h"
#include "domain/pdsacycle.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <cstdint>
#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::analysis {

// Which rules a point takes part in, as flags (a point can be in a shift and beyond a limit).
enum PointRule : std::uint8_t {
    RuleNone = 0,
    RuleBeyondLimit = 1 << 0, // beyond a three-sigma limit
    RuleShift = 1 << 1,       // IHI shift, or the NHS shift (Anhøj's runs signal is per part: PartSummary)
    RuleTrend = 1 << 2,
    RuleTwoOfThree = 1 << 3,  // NHS: two of three beyond two sigma
    RuleImprovement = 1 << 4, // NHS: special cause, improvement
    RuleConcern = 1 << 5,     // NHS: special cause, concern
};

struct MeasureChartPoint {
    QDate period;
    double value = kNaN;  // plotted value, in the plotted unit (NaN: a gap)
    double numerator = kNaN, denominator = kNaN;
    QString note;
    bool excluded = false;
    bool astronomical = false;
    std::uint8_t rules = RuleNone; // PointRule flags that fired (the displayed rule set only)
    bool signal() const { return rules != RuleNone; }
};

// One line: the total, or one stratum.
struct MeasureChartSeries {
    QUuid stratumId; // null: the total
    QString label;
    QString dimension; // a stratum's dimension ("Race/ethnicity"); empty for the total
    std::vector<MeasureChartPoint> points;
    ChartResult chart; // the engine's columns, one entry per point
};

struct MeasureChartMarker {
    enum class Kind { Cycle, Annotation };
    Kind kind = Kind::Annotation;
    QDate date;
    QString title;
    QUuid id; // the cycle's or the annotation's id
};

struct MeasureChart {
    Measure measure;
    ChartSetting setting;     // as stored (or the defaults)
    ChartType type = ChartType::Run;  // as drawn (a stored type that does not fit is replaced)
    RuleSet rules = RuleSet::Ihi;
    int freeze = 0;
    QString unit;             // "%", "per 1,000", or the measure's unit
    std::optional<double> goal;
    std::vector<int> phaseStarts; // 0-based indices of the first point of each phase after the first
    MeasureChartSeries total;
    std::vector<MeasureChartSeries> strata; // one per stratum with data, in stratum order
    std::vector<MeasureChartMarker> markers; // by date
    QString warning; // why the setting could not be used as stored (empty: it was)
};

struct MeasureChartInput {
    Measure measure;
    ChartSetting setting;
    std::vector<MeasureValue> values; // totals and strata, any order
    std::vector<Stratum> strata;
    std::vector<ChartAnnotation> annotations;
    std::vector<PdsaCycle> cycles; // the team's cycles; those linked to the measure become markers
};

// The chart types that fit a measure's data kind, the first being the default.
std::vector<ChartType> chartTypesFor(DataKind kind);
// The rule sets that fit a chart type.
std::vector<RuleSet> ruleSetsFor(ChartType type);
// A reader's name of one rule flag, for the legend and tooltips ("Shift (6+ points on one side of
// the median)"), depending on the rule set.
QString ruleLabel(PointRule rule, RuleSet rules, ChartType type);

MeasureChart buildMeasureChart(const MeasureChartInput& input);

// The dimensions of the chart's strata, in the order of their first series. A child is counted
// once in each dimension, so a stratified view draws one dimension at a time.
QStringList stratumDimensions(const MeasureChart& chart);
// The chart with the strata of one dimension only (of the first, when it has no stratum of
// `dimension`).
MeasureChart withDimension(MeasureChart chart, const QString& dimension);

} // namespace pdsa::analysis
