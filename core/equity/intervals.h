// SPDX-License-Identifier: Apache-2.0
#pragma once
// The confidence intervals of the disparity view (docs/equity-methods.md gives the formulas and
// their sources): for proportions, Wilson's score interval of one group's rate (Wilson 1927),
// Newcombe's hybrid score interval of a difference (Newcombe 1998, method 10) and the Katz log
// interval of a ratio (Katz et al. 1978); for rates per unit of exposure, their Poisson analogues.
// All at 95 %, on fractions (0.42, not 42 %). Plain functions of counts: no storage, no Qt.
//
// A value that cannot be computed (a denominator of 0, a ratio of two zero rates) is nullopt,
// never a number made up to fill the gap.

#include <optional>

namespace pdsa::equity {

// The standard normal quantile of 0.975: the half-width multiplier of a 95 % interval.
inline constexpr double kZ95 = 1.959963984540054;

struct Interval {
    double lower = 0.0;
    double upper = 0.0;
};

// An estimate with its interval.
struct Estimate {
    double value = 0.0;
    Interval interval;
    // A ratio's: 0.5 was added to each cell because one was 0 (the value and the interval are
    // then those of the corrected counts).
    bool corrected = false;
};

// --- Proportions: x of n ---

// Wilson's score interval of x/n (0 ≤ x ≤ n); nullopt when n is 0.
std::optional<Interval> wilson(double x, double n, double z = kZ95);
// p1 − p2 with Newcombe's hybrid score interval (his method 10): from each group's Wilson limits,
// d − √((p1 − l1)² + (u2 − p2)²) to d + √((u1 − p1)² + (p2 − l2)²). nullopt when a denominator is 0.
std::optional<Estimate> proportionDifference(double x1, double n1, double x2, double n2, double z = kZ95);
// p1 / p2 with the Katz log interval: exp(ln RR ± z·√(1/x1 − 1/n1 + 1/x2 − 1/n2)). When a cell of
// the 2×2 table (x1, n1 − x1, x2, n2 − x2) is 0, 0.5 is added to each cell first (`corrected`).
// nullopt when a denominator is 0 or both numerators are 0 (0/0).
std::optional<Estimate> proportionRatio(double x1, double n1, double x2, double n2, double z = kZ95);

// --- Rates: x events over t units of exposure (child-days in care, say) ---

// The Poisson score interval of x/t, the analogue of Wilson's:
// (x + z²/2 ± z·√(x + z²/4)) / t. nullopt when t is 0.
std::optional<Interval> poissonScore(double x, double t, double z = kZ95);
// r1 − r2 with the normal approximation: ± z·√(x1/t1² + x2/t2²). nullopt when t1 or t2 is 0.
std::optional<Estimate> rateDifference(double x1, double t1, double x2, double t2, double z = kZ95);
// r1 / r2 with the log interval exp(ln RR ± z·√(1/x1 + 1/x2)); when a count is 0, 0.5 is added
// to both first (`corrected`). nullopt when t1 or t2 is 0 or both counts are 0.
std::optional<Estimate> rateRatio(double x1, double t1, double x2, double t2, double z = kZ95);

// --- Small numbers ---

// Whether a count is a small number under a minimum cell size: above 0 and below minCell, so from 1
// to minCell − 1 for whole counts (0 is not small: it names no child). A minimum of 0 or 1 makes
// nothing small.
bool isSmallCount(double count, int minCell);

} // namespace pdsa::equity
