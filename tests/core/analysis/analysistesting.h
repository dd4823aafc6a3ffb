// SPDX-License-Identifier: Apache-2.0
#pragma once
// Helpers for the chart engine's tests: series built from numbers or from a pattern of signs
// around a fixed centre line, and a computeChart that fails the test with the engine's message.

#include "analysis/spc.h"

#include <QString>

#include <gtest/gtest.h>

#include <cmath>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace pdsa::analysis::test {

inline constexpr double NA = kNaN;

inline std::vector<Subgroup> series(const std::vector<double>& ys)
{
    std::vector<Subgroup> result;
    for (double y : ys)
        result.push_back(Subgroup::value(y));
    return result;
}

inline std::vector<Subgroup> ratioSeries(std::initializer_list<std::pair<double, double>> pairs)
{
    std::vector<Subgroup> result;
    for (const auto& [count, denominator] : pairs)
        result.push_back(Subgroup::ratio(count, denominator));
    return result;
}

// '+' is 1 (above a centre line of 0), '-' is −1, 'o' is 0 (on the line), '.' a missing value.
inline std::vector<double> signs(const std::string& pattern)
{
    std::vector<double> ys;
    for (char c : pattern)
        ys.push_back(c == '+' ? 1.0 : c == '-' ? -1.0 : c == 'o' ? 0.0 : kNaN);
    return ys;
}

// A run chart of the pattern against a fixed centre line of 0.
inline ChartOptions aroundZero(RuleSet rules = RuleSet::Ihi)
{
    ChartOptions options;
    options.type = ChartType::Run;
    options.rules = rules;
    options.centreLine = 0.0;
    return options;
}

inline ChartResult chart(const std::vector<Subgroup>& subgroups, const ChartOptions& options)
{
    auto result = computeChart(subgroups, options);
    if (!result.ok()) {
        ADD_FAILURE() << result.error().message.toStdString();
        return {};
    }
    return std::move(result).value();
}

inline ChartResult chart(const std::vector<double>& ys, const ChartOptions& options)
{
    return chart(series(ys), options);
}

inline ChartOptions ofType(ChartType type)
{
    ChartOptions options;
    options.type = type;
    return options;
}

// The one part of a chart that has one.
inline PartSummary onlyPart(const ChartResult& result)
{
    EXPECT_EQ(result.parts.size(), 1u);
    return result.parts.empty() ? PartSummary{} : result.parts.front();
}

inline bool isNa(double value) { return std::isnan(value); }

} // namespace pdsa::analysis::test
