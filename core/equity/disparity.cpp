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
    if (ref.entered) { // a named reference group may have entered nothing in the window
        p.refNumerator = ref.numerator;
        p.refDenominator = ref.denominator;
    }
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

// The latest trend: the last run of points flagged as one, going one way (gaps inside it left out;
// a rise flagged right after a fall is a trend of its own).
std::vector<std::size_t> latestTrend(const analysis::ChartResult& chart)
{
    std::vector<std::size_t> run;
    int way = 0;
    for (std::size_t i = chart.size(); i > 0; --i) {
        const std::size_t j = i - 1;
        if (!std::isfinite(chart.y[j]))
            continue;
        if (!chart.ihiTrend[j]) {
            if (!run.empty())
                break;
            continue;
        }
        if (!run.empty()) {
            const double step = chart.y[run.front()] - chart.y[j];
            const int stepWay = step > 0 ? 1 : step < 0 ? -1 : 0;
            if (way != 0 && stepWay != 0 && stepWay != way)
                break;
            if (way == 0)
                way = stepWay;
        }
        run.insert(run.begin(), j);
    }
    return run;
}

// The latest run of useful points on one side of the centre line longer than `limit`; empty if none.
std::vector<std::size_t> latestLongRun(const analysis::ChartResult& chart, int limit)
{
    std::vector<std::size_t> found, current;
    int side = 0;
    for (std::size_t i = 0; i < chart.size(); ++i) {
        if (!useful(chart, i))
            continue;
        const int s = chart.y[i] > chart.cl[i] ? 1 : -1;
        if (s != side)
            current.clear();
        side = s;
        current.push_back(i);
        if (static_cast<int>(current.size()) > limit)
            found = current;
    }
    return found;
}

double meanDistance(const analysis::ChartResult& chart, const std::vector<std::size_t>& points)
{
    double sum = 0.0;
    for (std::size_t i : points)
        sum += std::abs(chart.y[i]);
    return sum / static_cast<double>(points.size());
}

GapDirection fromTo(double before, double after)
{
    if (after < before)
        return GapDirection::Narrowing;
    return after > before ? GapDirection::Widening : GapDirection::None;
}

// A shift is a change from the points before it to the run (closer to zero: narrowing). A run at
// the start of the series, with nothing before it, is where the gap stood: the change is to the
// points after it, and the reading dates from the first of them (`since`).
GapDirection shiftDirection(const analysis::ChartResult& chart, const std::vector<std::size_t>& run, int& since)
{
    std::vector<std::size_t> before, after;
    for (std::size_t i = 0; i < chart.size(); ++i)
        if (useful(chart, i) && (i < run.front() || i > run.back()))
            (i < run.front() ? before : after).push_back(i);
    since = static_cast<int>(run.front());
    if (!before.empty())
        return fromTo(meanDistance(chart, before), meanDistance(chart, run));
    if (after.empty())
        return GapDirection::None;
    since = static_cast<int>(after.front());
    return fromTo(meanDistance(chart, run), meanDistance(chart, after));
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

// The gap's median is that of the windows up to the end of the measure's baseline period (given
// as `baselineEnd`), extended forward, when that baseline holds two windows with a difference or
// more and windows with one follow it; otherwise the median of every window.
GapReading readGap(const std::vector<DisparityPeriod>& periods, RuleSet rules, const QDate& baselineEnd)
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
    int baseline = 0, inBaseline = 0, afterBaseline = 0;
    if (baselineEnd.isValid())
        for (const DisparityPeriod& p : periods) {
            const bool in = p.start <= baselineEnd;
            baseline += in;
            (in ? inBaseline : afterBaseline) += p.difference.has_value();
        }
    analysis::ChartOptions options;
    options.type = analysis::ChartType::Run;
    options.rules = rules;
    options.freeze = inBaseline >= 2 && afterBaseline > 0 ? baseline : 0;
    auto chart = analysis::computeChart(points, options);
    if (!chart || chart->parts.empty())
        return gap;
    const analysis::PartSummary& part = chart->parts.front();
    gap.centre = chart->cl.front();

    std::vector<std::size_t> run;
    int since = -1;
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
            since = static_cast<int>(trendRun.front());
        } else if (!shiftRun.empty()) {
            gap.signal = GapSignal::Shift;
            gap.direction = shiftDirection(*chart, shiftRun, since);
            run = shiftRun;
        }
    } else {
        gap.runsVerdict = RunsVerdict::NotApplicable;
        if (part.nUseful > 0) {
            gap.runsVerdict = part.nCrossings && part.nCrossingsMin && *part.nCrossings < *part.nCrossingsMin
                                  ? RunsVerdict::TooFew
                                  : RunsVerdict::None;
            const auto longRun = part.longestRunMax ? latestLongRun(*chart, *part.longestRunMax)
                                                    : std::vector<std::size_t>{};
            if (!longRun.empty()) {
                gap.shift = true;
                gap.signal = GapSignal::Shift;
                gap.direction = shiftDirection(*chart, longRun, since);
                run = longRun;
            }
        }
    }
    if (!run.empty()) {
        gap.signalFirst = static_cast<int>(run.front());
        gap.signalLength = static_cast<int>(run.back() - run.front() + 1);
        gap.since = since >= 0 ? since : gap.signalFirst;
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
            case ReferenceKind::Total:
                ref = total[w];
                ref.entered = true; // pooled references are counts, 0 when nothing was entered
                break;
            case ReferenceKind::Group:
                if (referenceIndex >= 0)
                    ref = counts[static_cast<std::size_t>(referenceIndex)][w];
                break;
            }
            group.periods.push_back(
                comparePeriod(input.measure, starts[w], input.window, counts[g][w], ref, group.isReference, input.minCell));
        }
        if (!group.isReference)
            group.gap = readGap(group.periods, rules, input.measure.baselineEnd);
        else
            group.gap.rules = rules;
        result.groups.push_back(std::move(group));
    }
    return result;
}

std::size_t latestComparedWindow(const Disparity& disparity)
{
    std::size_t windows = 0;
    for (const DisparityGroup& group : disparity.groups)
        windows = std::max(windows, group.periods.size());
    for (std::size_t w = windows; w > 0; --w)
        for (const DisparityGroup& group : disparity.groups)
            if (w - 1 < group.periods.size() && group.periods[w - 1].difference && !group.isReference)
                return w - 1;
    return windows;
}

Disparity suppressSmall(Disparity disparity)
{
    // A reference that pools a suppressed group (the rest of the dimension, or the total) would give
    // its counts back by subtraction: in a window with a suppressed group, every pooled reference
    // is blanked too, with the difference and ratio that follow from it.
    const bool pooled = disparity.reference != ReferenceKind::Group;
    std::vector<bool> windowHasSmall;
    for (const DisparityGroup& group : disparity.groups)
        for (std::size_t w = 0; w < group.periods.size(); ++w) {
            if (windowHasSmall.size() <= w)
                windowHasSmall.resize(w + 1, false);
            windowHasSmall[w] = windowHasSmall[w] || group.periods[w].small;
        }
    for (DisparityGroup& group : disparity.groups)
        for (std::size_t w = 0; w < group.periods.size(); ++w) {
            DisparityPeriod& p = group.periods[w];
            const bool refHidden = p.refSmall || (pooled && windowHasSmall[w]);
            if (p.small) {
                p.suppressed = true;
                p.numerator = p.denominator = p.rate = p.rateLcl = p.rateUcl = std::nullopt;
            }
            if (p.small || refHidden) {
                p.difference = p.differenceLcl = p.differenceUcl = std::nullopt;
                p.ratio = p.ratioLcl = p.ratioUcl = std::nullopt;
                p.ratioCorrected = false;
            }
            if (refHidden)
                p.refNumerator = p.refDenominator = p.refRate = std::nullopt;
        }
    return disparity;
}

int suppressSmallStrata(analysis::MeasureChart& chart, int minCell)
{
    int blanked = 0;
    for (analysis::MeasureChartSeries& stratum : chart.strata)
        for (std::size_t i = 0; i < stratum.points.size(); ++i) {
            analysis::MeasureChartPoint& p = stratum.points[i];
            const bool small = (std::isfinite(p.numerator) && isSmallCount(p.numerator, minCell)) ||
                               (std::isfinite(p.denominator) && isSmallCount(p.denominator, minCell));
            if (!small)
                continue;
            p.value = p.numerator = p.denominator = analysis::kNaN;
            p.rules = analysis::RuleNone;
            if (i < stratum.chart.y.size())
                stratum.chart.y[i] = analysis::kNaN;
            ++blanked;
        }
    return blanked;
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
    const QString since = group.periods[static_cast<std::size_t>(gap.since)].label;
    const bool after = gap.since != gap.signalFirst; // the change followed an early run
    const QString what = QStringLiteral("%1 of %2 %3")
                             .arg(gap.signal == GapSignal::Shift ? QStringLiteral("shift") : QStringLiteral("trend"))
                             .arg(gap.signalLength)
                             .arg(windowNoun(window, gap.signalLength));
    switch (gap.direction) {
    case GapDirection::Narrowing:
        return after ? QStringLiteral("gap narrowing since %1, after a %2").arg(since, what)
                     : QStringLiteral("gap narrowing since %1: %2").arg(since, what);
    case GapDirection::Widening:
        return after ? QStringLiteral("gap widening since %1, after a %2").arg(since, what)
                     : QStringLiteral("gap widening since %1: %2").arg(since, what);
    case GapDirection::None: break;
    }
    const auto& first = group.periods[static_cast<std::size_t>(gap.signalFirst)].difference;
    const auto& last = group.periods[static_cast<std::size_t>(gap.signalFirst + gap.signalLength - 1)].difference;
    if (first && last && (*first < 0) != (*last < 0))
        return QStringLiteral("gap crossed zero since %1: %2").arg(since, what);
    return QStringLiteral("a %1 since %2, neither towards nor away from zero").arg(what, since);
}

} // namespace pdsa::equity
