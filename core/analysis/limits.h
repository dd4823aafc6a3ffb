// SPDX-License-Identifier: Apache-2.0
#pragma once
// Centre lines and limits of every chart type, for one part (docs/chart-rules.md §3 and §4), as
// qicharts2 computes them, and the NHS "Making Data Count" XmR limits (§5) for i charts under the
// NHS rules. The centre line and sigma come from the part's base points (baseline AND included);
// the limits then apply to every point of the part, each with its own n where n matters.
//
// Values are unmultiplied; a number that does not exist is NaN.

#include "analysis/columns.h"
#include "analysis/spc.h"

#include <optional>
#include <span>
#include <vector>

namespace pdsa::analysis {

// Shewhart constants, exact rather than tabulated (§3). NaN for n ≤ 1.
double c4(double n);
double a3(double n, double sigmas = 3.0); // sigmas / (c4 · √n)
double b3(double n, double sigmas = 3.0); // max(0, 1 − sigmas · c5/c4), c5 = √(1 − c4²)
double b4(double n, double sigmas = 3.0); // 1 + sigmas · c5/c4

inline constexpr double kD2 = 1.128;           // d2 for moving ranges of span 2
inline constexpr double kD4 = 3.267;           // D4: the upper limit of a moving range, and the screening cut
inline constexpr double kNhsXmrFactor = 2.66;  // NHSRplotthedots' literal 3/d2
inline constexpr double kGMedianFactor = 0.693; // median of a geometric distribution, as a share of its mean
inline constexpr double kTPower = 3.6;         // the t chart's transformation y^(1/3.6)

struct LimitSettings {
    ChartType type = ChartType::Run;
    std::optional<double> centreLine;
    bool mrScreening = true;
    bool nhsXmr = false; // i chart under the NHS rules: mean ± 2.66·AMR, near limits at 2/3 of that
};

// Fills y, n, cl, lcl, ucl, lcl2s and ucl2s of one part from its subgroups (a value that is not
// finite becomes NaN); the part's baseline and include flags must be set. Returns an error only
// for data the chart cannot take (a t chart's y ≤ 0); `offset` is the part's first position, for
// the message.
Status computeLimits(std::span<const Subgroup> subgroups, const PartColumns& part, const LimitSettings& settings,
                     std::size_t offset);

} // namespace pdsa::analysis
