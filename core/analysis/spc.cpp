// SPDX-License-Identifier: Apache-2.0
#include "analysis/spc.h"

#include "analysis/columns.h"
#include "analysis/limits.h"
#include "analysis/nhsrules.h"
#include "analysis/runsrules.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>

namespace pdsa::analysis {

namespace {

// NHSRplotthedots refuses fix_after_n_points below 12 (§5).
constexpr int kNhsMinimumFreeze = 12;

Error usage(const QString& message) { return makeError(ErrorCode::Usage, message); }

Status checkOptions(const ChartOptions& options, RuleSet rules)
{
    const ChartType type = options.type;
    const QString typeName = toText(type);
    if (rules == RuleSet::Nhs && (type == ChartType::Run || type == ChartType::MR))
        return usage(QStringLiteral("the NHS rules need a control chart with limits around its values; a %1 chart "
                                    "cannot use them (try --type i)")
                         .arg(typeName));
    if (options.freeze < 0)
        return usage(QStringLiteral("--freeze must be a number of points, 1 or more (got %1)").arg(options.freeze));
    if (rules == RuleSet::Nhs && options.freeze > 0 && options.freeze < kNhsMinimumFreeze)
        return usage(QStringLiteral("--freeze must be at least %1 with the NHS rules (Making Data Count fixes limits "
                                    "after 12 or more points; got %2)")
                         .arg(kNhsMinimumFreeze)
                         .arg(options.freeze));
    if (!std::isfinite(options.multiply) || options.multiply <= 0.0)
        return usage(QStringLiteral("--multiply must be a number above 0 (got %1)").arg(options.multiply));
    for (int end : options.partEnds)
        if (end < 1)
            return usage(QStringLiteral("--part takes point numbers from 1 (got %1)").arg(end));
    for (int position : options.exclude)
        if (position < 1)
            return usage(QStringLiteral("--exclude takes point numbers from 1 (got %1)").arg(position));
    if (options.centreLine) {
        const double cl = *options.centreLine;
        const bool proportion = type == ChartType::P || type == ChartType::PP;
        const bool nonNegative = type == ChartType::U || type == ChartType::UP || type == ChartType::C ||
                                 type == ChartType::G || type == ChartType::MR || type == ChartType::S;
        if (!std::isfinite(cl))
            return usage(QStringLiteral("--cl must be a number"));
        if (proportion && (cl < 0.0 || cl > 1.0))
            return usage(QStringLiteral("--cl of a %1 chart is a proportion between 0 and 1, before --multiply "
                                        "(got %2)")
                             .arg(typeName)
                             .arg(cl));
        if (nonNegative && cl < 0.0)
            return usage(QStringLiteral("--cl of a %1 chart cannot be negative (got %2)").arg(typeName).arg(cl));
        if (type == ChartType::T && cl <= 0.0)
            return usage(QStringLiteral("--cl of a t chart is a time between events, above 0 (got %1)").arg(cl));
    }
    return {};
}

// Data a chart cannot take, checked again here for callers that build subgroups themselves
// (chartinput.cpp refuses the same rows with their row and column).
Status checkData(const std::vector<Subgroup>& subgroups, ChartType type)
{
    if (type != ChartType::P && type != ChartType::PP)
        return {};
    for (std::size_t i = 0; i < subgroups.size(); ++i) {
        const Subgroup& s = subgroups[i];
        if (s.n == 0.0 && s.ySum > 0.0)
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("point %1: a count of %2 over a denominator of 0").arg(i + 1).arg(s.ySum));
        if (s.ySum > s.n || s.ySum < 0.0)
            return makeError(ErrorCode::Invalid, QStringLiteral("point %1: a count of %2 over a denominator of %3 is "
                                                                "not a proportion")
                                                     .arg(i + 1)
                                                     .arg(s.ySum)
                                                     .arg(s.n));
    }
    return {};
}

} // namespace

Subgroup Subgroup::value(double y)
{
    Subgroup s;
    s.y = s.ySum = s.yMean = y;
    s.yCount = std::isnan(y) ? 0 : 1;
    return s;
}

Subgroup Subgroup::ratio(double count, double denominator)
{
    Subgroup s;
    if (std::isnan(count) || std::isnan(denominator))
        return s; // §1 step 1: a pair with either half missing is missing
    s.ySum = s.yMean = count;
    s.yCount = 1;
    s.n = denominator;
    s.y = count / denominator;
    return s;
}

Subgroup Subgroup::ratios(const std::vector<double>& counts, const std::vector<double>& denominators)
{
    std::vector<double> kept;
    double denominator = 0.0;
    for (std::size_t i = 0; i < counts.size() && i < denominators.size(); ++i)
        if (!std::isnan(counts[i]) && !std::isnan(denominators[i])) {
            kept.push_back(counts[i]);
            denominator += denominators[i];
        }
    if (kept.empty())
        return Subgroup{}; // every pair missing: a gap (qicharts2: 0/0, also a gap)
    Subgroup s = values(kept);
    s.n = denominator;
    s.y = s.ySum / denominator;
    return s;
}

Subgroup Subgroup::values(const std::vector<double>& ys, Aggregation aggregation)
{
    // qicharts2 sums several all-missing values to 0 (sum(na.rm = TRUE)); a gap is never a zero
    // here, so such an x stays missing, as a single missing value does in qicharts2 too.
    Subgroup s;
    std::vector<double> present;
    present.reserve(ys.size());
    for (double y : ys)
        if (!std::isnan(y))
            present.push_back(y);
    if (present.empty())
        return s;
    double sum = 0.0;
    for (double y : present)
        sum += y;
    const double count = static_cast<double>(present.size());
    s.yCount = static_cast<int>(present.size());
    s.ySum = sum;
    s.yMean = sum / count;
    if (present.size() >= 2) {
        double squares = 0.0;
        for (double y : present)
            squares += (y - s.yMean) * (y - s.yMean);
        s.ySd = std::sqrt(squares / (count - 1.0));
    }
    if (aggregation == Aggregation::Mean) {
        s.y = s.yMean;
    } else {
        std::sort(present.begin(), present.end());
        const std::size_t middle = present.size() / 2;
        s.y = present.size() % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2.0;
    }
    return s;
}

RuleSet defaultRules(ChartType type) { return type == ChartType::Run ? RuleSet::Ihi : RuleSet::Anhoej; }

ChartPoint ChartResult::point(std::size_t i) const
{
    return ChartPoint{.y = y[i],
                      .n = n[i],
                      .cl = cl[i],
                      .lcl = lcl[i],
                      .ucl = ucl[i],
                      .lcl2s = lcl2s[i],
                      .ucl2s = ucl2s[i],
                      .part = part[i],
                      .baseline = baseline[i] != 0,
                      .include = include[i] != 0,
                      .sigmaSignal = sigmaSignal[i] != 0,
                      .ihiShift = ihiShift[i] != 0,
                      .ihiTrend = ihiTrend[i] != 0,
                      .specialCause = specialCause[i],
                      .variation = variation[i]};
}

std::vector<ChartPoint> ChartResult::points() const
{
    std::vector<ChartPoint> result;
    result.reserve(size());
    for (std::size_t i = 0; i < size(); ++i)
        result.push_back(point(i));
    return result;
}

Result<ChartResult> computeChart(const std::vector<Subgroup>& subgroups, const ChartOptions& options)
{
    ChartResult chart;
    PDSA_TRY(computeChart(subgroups, options, chart));
    return chart;
}

Status computeChart(const std::vector<Subgroup>& subgroups, const ChartOptions& options, ChartResult& chart)
{
    chart.type = options.type;
    chart.rules = options.rules.value_or(defaultRules(options.type));
    chart.parts.clear();
    PDSA_TRY(checkOptions(options, chart.rules));
    PDSA_TRY(checkData(subgroups, options.type));

    // Every point's y, n, lines and part are written below; the flags start afresh.
    const std::size_t total = subgroups.size();
    for (auto* column : {&chart.y, &chart.n, &chart.cl, &chart.lcl, &chart.ucl, &chart.lcl2s, &chart.ucl2s})
        column->resize(total);
    chart.part.resize(total);
    chart.baseline.resize(total);
    chart.include.assign(total, 1);
    for (auto* column : {&chart.sigmaSignal, &chart.ihiShift, &chart.ihiTrend})
        column->assign(total, 0);
    chart.specialCause.assign(total, SpecialCause::None);
    chart.variation.assign(total, Variation::Common);
    if (total == 0)
        return {};

    // §1 step 4: part breaks are kept when 1 ≤ b < N, sorted, without repeats.
    std::vector<std::size_t> breaks;
    for (int end : options.partEnds)
        if (static_cast<std::size_t>(end) < total)
            breaks.push_back(static_cast<std::size_t>(end));
    std::sort(breaks.begin(), breaks.end());
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    breaks.push_back(total);

    // §1 step 5: positions count over the whole series.
    for (int position : options.exclude)
        if (static_cast<std::size_t>(position) <= total)
            chart.include[static_cast<std::size_t>(position - 1)] = 0;

    LimitSettings settings;
    settings.type = options.type;
    settings.centreLine = options.centreLine;
    settings.mrScreening = options.mrScreening;
    settings.nhsXmr = chart.rules == RuleSet::Nhs && options.type == ChartType::I;

    const std::span<const Subgroup> allSubgroups(subgroups);
    std::size_t begin = 0;
    for (std::size_t end : breaks) {
        const std::size_t size = end - begin;
        const int number = static_cast<int>(chart.parts.size()) + 1;
        for (std::size_t i = 0; i < size; ++i) {
            chart.part[begin + i] = number;
            // Our difference from qicharts2 (§6): the freeze applies within each part.
            chart.baseline[begin + i] = options.freeze == 0 || i < static_cast<std::size_t>(options.freeze);
        }
        const PartColumns part = PartColumns::of(chart, begin, size);
        PDSA_TRY(computeLimits(allSubgroups.subspan(begin, size), part, settings, begin));
        // §1 step 10: no runs signals on an mr chart (its points are not independent).
        PartSummary summary = analyseRuns(part, options.type != ChartType::MR);
        summary.first = static_cast<int>(begin);
        summary.last = static_cast<int>(end) - 1;
        chart.parts.push_back(summary);
        if (chart.rules == RuleSet::Nhs)
            classifyNhs(part, options.improvement);
        begin = end;
    }

    // §1 step 9: sigma signals, strict, for excluded and post-freeze points too; computed on the
    // unmultiplied values. Then §1 step 7: the multiplier.
    for (std::size_t i = 0; i < total; ++i)
        chart.sigmaSignal[i] = chart.y[i] > chart.ucl[i] || chart.y[i] < chart.lcl[i];
    if (options.multiply != 1.0)
        for (auto* column : {&chart.y, &chart.cl, &chart.lcl, &chart.ucl, &chart.lcl2s, &chart.ucl2s})
            for (double& value : *column)
                value *= options.multiply;
    return {};
}

} // namespace pdsa::analysis
