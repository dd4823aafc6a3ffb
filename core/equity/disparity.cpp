// SPDX-License-Identifier: Apache-2.0
#include "equity/disparity.h"

#include "analysis/runsrules.h"
#include "equity/intervals.h"

#include <QHash>

#include <cmath>

namespace pdsa::equity {

using analysis::RuleSet;
using analysis::RunsVerdict;

QDate windowStart(const QDate& day, Window window)
{
    const int first = 1 + (day.month() - 1) / windowMonths(window) * windowMonths(window);
    return QDate(day.year(), first, 1);
}

int windowMonths(Window window)
{
    switch (window) {
    case Window::Month: return 1;
    case Window::Quarter: return 3;
    case Window::Half: return 6;
    case Window::Year: return 12;
    }
    return 3;
}

QString windowLabel(const QDate& start, Window window)
{
    switch (window) {
    case Window::Month: return start.toString(QStringLiteral("yyyy-MM"));
    case Window::Quarter: return QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
    case Window::Half: return QStringLiteral("%1-H%2").arg(start.year()).arg((start.month() - 1) / 6 + 1);
    case Window::Year: return QString::number(start.year());
    }
    return {};
}

QString windowNoun(Window window, int count)
{
    const bool one = count == 1;
    switch (window) {
    case Window::Month: return one ? QStringLiteral("month") : QStringLiteral("months");
    case Window::Quarter: return one ? QStringLiteral("quarter") : QStringLiteral("quarters");
    case Window::Half: return one ? QStringLiteral("half year") : QStringLiteral("half years");
    case Window::Year: return one ? QStringLiteral("year") : QStringLiteral("years");
    }
    return {};
}

RuleSet gapRules(RuleSet measureRules)
{
    return measureRules == RuleSet::Ihi ? RuleSet::Ihi : RuleSet::Anhoej;
}

namespace {

struct Counts {
    double numerator = 0.0;
    double denominator = 0.0;
    bool entered = false;
    void add(double n, double d)
    {
        numerator += n;
        denominator += d;
        entered = true;
    }
    void add(const Counts& other)
    {
        numerator += other.numerator;
        denominator += other.denominator;
        entered = entered || other.entered;
    }
};

// The group's period, compared with the reference's counts.
DisparityPeriod comparePeriod(const Measure& measure, const QDate& start, Window window, const Counts& own,
                              const Counts& ref, bool isReference, int minCell)
{
    const bool proportion = measure.dataKind == DataKind::Proportion;
    DisparityPeriod p;
    p.start = start;
    p.label = windowLabel(start, window);
    p.refNumerator = ref.numerator;
    p.refDenominator = ref.denominator;
    p.refSmall = isSmallCount(ref.numerator, minCell) || isSmallCount(ref.denominator, minCell);
    if (ref.denominator > 0)
        p.refRate = ref.numerator / ref.denominator;
    if (!own.entered)
        return p;
    p.numerator = own.numerator;
    p.denominator = own.denominator;
    p.small = isSmallCount(own.numerator, minCell) || isSmallCount(own.denominator, minCell);
    if (!(own.denominator > 0))
        return p;
    p.rate = own.numerator / own.denominator;
    const auto interval = proportion ? wilson(own.numerator, own.denominator) : poissonScore(own.numerator, own.denominator);
    if (interval) {
        p.rateLcl = interval->lower;
        p.rateUcl = interval->upper;
    }
    if (!(ref.denominator > 0))
        return p;
    if (isReference) { // the reference group against itself: no gap, and no interval to draw
        p.difference = 0.0;
        if (*p.rate > 0)
            p.ratio = 1.0;
        return p;
    }
    const auto difference = proportion ? proportionDifference(own.numerator, own.denominator, ref.numerator, ref.denominator)
                                       : rateDifference(own.numerator, own.denominator, ref.numerator, ref.denominator);
    if (difference) {
        p.difference = difference->value;
        p.differenceLcl = difference->interval.lower;
        p.differenceUcl = difference->interval.upper;
    }
    const auto ratio = proportion ? proportionRatio(own.numerator, own.denominator, ref.numerator, ref.denominator)
                                  : rateRatio(own.numerator, own.denominator, ref.numerator, ref.denominator);
    if (ratio) {
        p.ratio = ratio->value;
        p.ratioLcl = ratio->interval.lower;
        p.ratioUcl = ratio->interval.upper;
        p.ratioCorrected = ratio->corrected;
    }
    return p;
}

bool useful(const analysis::ChartResult& chart, std::size_t i)
{
    return std::isfinite(chart.y[i]) && chart.include[i] && chart.y[i] != chart.cl[i];
}

// The latest shift: the last run of points flagged as one (on one side of the centre line), with
// the points that do not count (gaps, points on the line) inside it left out.
std::vector<std::size_t> latestShift(const analysis::ChartResult& chart)
{
    std::vector<std::size_t> run;
    int side = 0;
    for (std::size_t i = chart.size(); i > 0; --i) {
        const std::size_t j = i - 1;
        if (!useful(chart, j))
            continue;
        const int s = chart.y[j] > chart.cl[j] ? 1 : -1;
        if (!chart.ihiShift[j] || (side != 0 && s != side)) {
            if (!run.empty())
                break;
            continue;
        }
        side = s;
        run.insert(run.begin(), j);
    }
    return run;
}

// The latest trend: the last run of points flagged as one (gaps inside it left out).
std::vector<std::size_t> latestTrend(const analysis::ChartResult& chart)
{
    std::vector<std::size_t> run;
    for (std::size_t i = chart.size(); i > 0; --i) {
        const std::size_t j = i - 1;
        if (!std::isfinite(chart.y[j]))
            continue;
        if (!chart.ihiTrend[j]) {
            if (!run.empty())
                break;
            continue;
        }
        run.insert(run.begin(), j);
    }
    return run;
}

// The longest run of useful points on one side of the centre line (the latest of equal ones).
std::vector<std::size_t> longestRun(const analysis::ChartResult& chart)
{
    std::vector<std::size_t> best, current;
    int side = 0;
    for (std::size_t i = 0; i < chart.size(); ++i) {
        if (!useful(chart, i))
            continue;
        const int s = chart.y[i] > chart.cl[i] ? 1 : -1;
        if (s != side)
            current.clear();
        side = s;
        current.push_back(i);
        if (current.size() >= best.size())
            best = current;
    }
    return best;
}

// Whether points on the run lie closer to zero than the centre line does.
GapDirection shiftDirection(const analysis::ChartResult& chart, const std::vector<std::size_t>& run)
{
    double sum = 0.0;
    for (std::size_t i : run)
        sum += std::abs(chart.y[i]);
    const double mean = sum / static_cast<double>(run.size());
    const double centre = std::abs(chart.cl[run.front()]);
    if (mean < centre)
        return GapDirection::Narrowing;
    return mean > centre ? GapDirection::Widening : GapDirection::None;
}

// A trend narrows the gap when it moves towards zero without crossing it; one that crosses zero has
// closed the gap and opened it the other way, and widens it only if it ends farther from zero.
GapDirection trendDirection(const analysis::ChartResult& chart, const std::vector<std::size_t>& run)
{
    const double first = chart.y[run.front()];
    const double last = chart.y[run.back()];
    const bool crosses = (first < 0 && last > 0) || (first > 0 && last < 0);
    if (std::abs(last) > std::abs(first))
        return GapDirection::Widening;
    return std::abs(last) < std::abs(first) && !crosses ? GapDirection::Narrowing : GapDirection::None;
}

GapReading readGap(const std::vector<DisparityPeriod>& periods, RuleSet rules, int baselineWindows)
{
    GapReading gap;
    gap.rules = rules;
    std::vector<analysis::Subgroup> points;
    points.reserve(periods.size());
    for (const DisparityPeriod& p : periods) {
        points.push_back(analysis::Subgroup::value(p.difference.value_or(analysis::kNaN)));
        gap.points += p.difference.has_value();
    }
    if (gap.points == 0)
        return gap;
    analysis::ChartOptions options;
    options.type = analysis::ChartType::Run;
    options.rules = rules;
    options.freeze = baselineWindows;
    auto chart = analysis::computeChart(points, options);
    if (!chart || chart->parts.empty())
        return gap;
    const analysis::PartSummary& part = chart->parts.front();
    gap.centre = chart->cl.front();

    std::vector<std::size_t> run;
    if (rules == RuleSet::Ihi) {
        gap.shift = part.shift;
        gap.trend = part.trend;
        gap.runsVerdict = part.runsVerdict;
        const auto shiftRun = latestShift(*chart);
        const auto trendRun = latestTrend(*chart);
        const bool trendLater = !trendRun.empty() && (shiftRun.empty() || trendRun.back() > shiftRun.back());
        if (trendLater) {
            gap.signal = GapSignal::Trend;
            gap.direction = trendDirection(*chart, trendRun);
            run = trendRun;
        } else if (!shiftRun.empty()) {
            gap.signal = GapSignal::Shift;
            gap.direction = shiftDirection(*chart, shiftRun);
            run = shiftRun;
        }
    } else {
        gap.runsVerdict = RunsVerdict::NotApplicable;
        if (part.nUseful > 0) {
            gap.runsVerdict = part.nCrossings && part.nCrossingsMin && *part.nCrossings < *part.nCrossingsMin
                                  ? RunsVerdict::TooFew
                                  : RunsVerdict::None;
            const auto longest = longestRun(*chart);
            if (part.longestRunMax && static_cast<int>(longest.size()) > *part.longestRunMax) {
                gap.shift = true;
                gap.signal = GapSignal::Shift;
                gap.direction = shiftDirection(*chart, longest);
                run = longest;
            }
        }
    }
    if (!run.empty()) {
        gap.signalFirst = static_cast<int>(run.front());
        gap.signalLength = static_cast<int>(run.back() - run.front() + 1);
    }
    return gap;
}

} // namespace

Disparity buildDisparity(const DisparityInput& input)
{
    Disparity result;
    result.measure = input.measure;
    result.dimension = input.dimension;
    result.reference = input.reference;
    result.window = input.window;
    result.minCell = input.minCell;
    result.referenceName = input.reference == ReferenceKind::Rest    ? QStringLiteral("rest")
                           : input.reference == ReferenceKind::Total ? QStringLiteral("total")
                                                                     : QString();

    // The windows, and each group's counts per window.
    std::vector<QDate> starts;
    if (input.firstMonth.isValid() && input.lastMonth.isValid())
        for (QDate s = windowStart(input.firstMonth, input.window); s <= input.lastMonth;
             s = s.addMonths(windowMonths(input.window)))
            starts.push_back(s);
    QHash<QUuid, int> groupIndex;
    for (std::size_t g = 0; g < input.groups.size(); ++g)
        groupIndex.insert(input.groups[g].meta.id, static_cast<int>(g));
    std::vector<std::vector<Counts>> counts(input.groups.size(), std::vector<Counts>(starts.size()));
    for (const GroupMonthCounts& c : input.counts) {
        const auto g = groupIndex.constFind(c.stratumId);
        if (g == groupIndex.constEnd() || starts.empty())
            continue;
        const QDate start = windowStart(c.month, input.window);
        const qint64 k = (start.year() - starts.front().year()) * 12 + start.month() - starts.front().month();
        const qint64 w = k / windowMonths(input.window);
        if (k < 0 || w >= static_cast<qint64>(starts.size()))
            continue;
        counts[static_cast<std::size_t>(*g)][static_cast<std::size_t>(w)].add(c.numerator, c.denominator);
    }
    std::vector<Counts> total(starts.size());
    for (const auto& group : counts)
        for (std::size_t w = 0; w < starts.size(); ++w)
            total[w].add(group[w]);
    const int referenceIndex = input.reference == ReferenceKind::Group ? groupIndex.value(input.referenceGroup, -1) : -1;
    if (referenceIndex >= 0)
        result.referenceName = input.groups[static_cast<std::size_t>(referenceIndex)].name;

    const RuleSet rules = gapRules(input.rules);
    // The gap's median is that of the windows up to the end of the measure's baseline period,
    // extended forward, when that leaves a baseline of two windows or more and some after it.
    int baselineWindows = 0;
    if (input.measure.baselineEnd.isValid()) {
        for (const QDate& start : starts)
            baselineWindows += start <= input.measure.baselineEnd;
        if (baselineWindows < 2 || baselineWindows >= static_cast<int>(starts.size()))
            baselineWindows = 0;
    }
    for (std::size_t g = 0; g < input.groups.size(); ++g) {
        DisparityGroup group;
        group.stratum = input.groups[g];
        group.isReference = static_cast<int>(g) == referenceIndex;
        group.periods.reserve(starts.size());
        for (std::size_t w = 0; w < starts.size(); ++w) {
            Counts ref;
            switch (input.reference) {
            case ReferenceKind::Rest:
                ref = {total[w].numerator - counts[g][w].numerator, total[w].denominator - counts[g][w].denominator, true};
                break;
            case ReferenceKind::Total: ref = total[w]; break;
            case ReferenceKind::Group:
                if (referenceIndex >= 0)
                    ref = counts[static_cast<std::size_t>(referenceIndex)][w];
                break;
            }
            group.periods.push_back(
                comparePeriod(input.measure, starts[w], input.window, counts[g][w], ref, group.isReference, input.minCell));
        }
        if (!group.isReference)
            group.gap = readGap(group.periods, rules, baselineWindows);
        else
            group.gap.rules = rules;
        result.groups.push_back(std::move(group));
    }
    return result;
}

Disparity suppressSmall(Disparity disparity)
{
    for (DisparityGroup& group : disparity.groups)
        for (DisparityPeriod& p : group.periods) {
            if (p.small) {
                p.suppressed = true;
                p.numerator = p.denominator = p.rate = p.rateLcl = p.rateUcl = std::nullopt;
            }
            if (p.small || p.refSmall) {
                p.difference = p.differenceLcl = p.differenceUcl = std::nullopt;
                p.ratio = p.ratioLcl = p.ratioUcl = std::nullopt;
                p.ratioCorrected = false;
            }
            if (p.refSmall)
                p.refNumerator = p.refDenominator = p.refRate = std::nullopt;
        }
    return disparity;
}

QString gapSentence(const DisparityGroup& group, Window window)
{
    if (group.isReference)
        return QStringLiteral("the reference group");
    const GapReading& gap = group.gap;
    if (gap.points == 0)
        return QStringLiteral("no gap to read: no %1 with data for both").arg(windowNoun(window, 2));
    if (gap.signal == GapSignal::None) {
        const int needed = gap.rules == RuleSet::Ihi ? analysis::kIhiTrendLength : 1;
        if (gap.points < needed)
            return QStringLiteral("too few %1 to read (%2)").arg(windowNoun(window, 2)).arg(gap.points);
        return QStringLiteral("no signal");
    }
    const QString since = group.periods[static_cast<std::size_t>(gap.signalFirst)].label;
    const QString what = QStringLiteral("%1 of %2 %3")
                             .arg(gap.signal == GapSignal::Shift ? QStringLiteral("shift") : QStringLiteral("trend"))
                             .arg(gap.signalLength)
                             .arg(windowNoun(window, gap.signalLength));
    switch (gap.direction) {
    case GapDirection::Narrowing: return QStringLiteral("gap narrowing since %1: %2").arg(since, what);
    case GapDirection::Widening: return QStringLiteral("gap widening since %1: %2").arg(since, what);
    case GapDirection::None: break;
    }
    const auto& first = group.periods[static_cast<std::size_t>(gap.signalFirst)].difference;
    const auto& last = group.periods[static_cast<std::size_t>(gap.signalFirst + gap.signalLength - 1)].difference;
    if (first && last && (*first < 0) != (*last < 0))
        return QStringLiteral("gap crossed zero since %1: %2").arg(since, what);
    return QStringLiteral("a %1 since %2, neither towards nor away from zero").arg(what, since);
}

} // namespace pdsa::equity
