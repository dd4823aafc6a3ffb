// SPDX-License-Identifier: Apache-2.0
#pragma once
// The engine's view of one part of a chart: spans into the ChartResult's columns (spc.h), which
// hold one array per quantity rather than one struct per point, because a million points stream
// through a few compact arrays much faster than through 72-byte structs
// (tests/bench/analysis_bench.cpp). Internal to core/analysis.

#include "analysis/spc.h"

#include <cmath>
#include <cstdint>
#include <span>

namespace pdsa::analysis {

// One part's slice of the columns. Values are unmultiplied while the part is analysed; NaN = none.
struct PartColumns {
    // Set before the part is analysed.
    std::span<const std::uint8_t> baseline, include;
    // Set by computeLimits (limits.h).
    std::span<double> y, n, cl, lcl, ucl, lcl2s, ucl2s;
    // Set by analyseRuns (runsrules.h).
    std::span<std::uint8_t> ihiShift, ihiTrend;
    // Set by classifyNhs (nhsrules.h).
    std::span<SpecialCause> cause;
    std::span<Variation> variation;

    std::size_t size() const { return y.size(); }
    bool isBase(std::size_t i) const { return baseline[i] && include[i]; }
    // Takes part in the rules: included and plotted.
    bool inSequence(std::size_t i) const { return include[i] && !std::isnan(y[i]); }

    static PartColumns of(ChartResult& chart, std::size_t offset, std::size_t count)
    {
        auto slice = [&](auto& column) { return std::span(column).subspan(offset, count); };
        return {slice(chart.baseline), slice(chart.include), slice(chart.y),        slice(chart.n),
                slice(chart.cl),       slice(chart.lcl),     slice(chart.ucl),      slice(chart.lcl2s),
                slice(chart.ucl2s),    slice(chart.ihiShift), slice(chart.ihiTrend), slice(chart.specialCause),
                slice(chart.variation)};
    }
};

} // namespace pdsa::analysis
