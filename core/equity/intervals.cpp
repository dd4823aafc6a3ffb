// SPDX-License-Identifier: Apache-2.0
#include "equity/intervals.h"

#include <algorithm>
#include <cmath>

namespace pdsa::equity {

std::optional<Interval> wilson(double x, double n, double z)
{
    if (!(n > 0))
        return std::nullopt;
    const double p = x / n;
    const double z2 = z * z;
    const double den = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / den;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / den;
    // At x = 0 (or x = n) the limit is 0 (or 1) exactly, where rounding leaves a trace of 1e-17.
    return Interval{x == 0 ? 0.0 : std::clamp(centre - half, 0.0, 1.0), x == n ? 1.0 : std::clamp(centre + half, 0.0, 1.0)};
}

std::optional<Estimate> proportionDifference(double x1, double n1, double x2, double n2, double z)
{
    const auto w1 = wilson(x1, n1, z);
    const auto w2 = wilson(x2, n2, z);
    if (!w1 || !w2)
        return std::nullopt;
    const double p1 = x1 / n1;
    const double p2 = x2 / n2;
    const double d = p1 - p2;
    const double below = std::sqrt((p1 - w1->lower) * (p1 - w1->lower) + (w2->upper - p2) * (w2->upper - p2));
    const double above = std::sqrt((w1->upper - p1) * (w1->upper - p1) + (p2 - w2->lower) * (p2 - w2->lower));
    return Estimate{d, {d - below, d + above}, false};
}

namespace {

// exp(ln ratio ± z·se), with the ratio of the (possibly corrected) counts.
Estimate logInterval(double ratio, double se, double z, bool corrected)
{
    return Estimate{ratio, {ratio * std::exp(-z * se), ratio * std::exp(z * se)}, corrected};
}

} // namespace

std::optional<Estimate> proportionRatio(double x1, double n1, double x2, double n2, double z)
{
    if (!(n1 > 0) || !(n2 > 0) || (x1 == 0 && x2 == 0))
        return std::nullopt;
    const bool corrected = x1 == 0 || n1 - x1 == 0 || x2 == 0 || n2 - x2 == 0;
    if (corrected) {
        x1 += 0.5;
        x2 += 0.5;
        n1 += 1.0;
        n2 += 1.0;
    }
    const double se = std::sqrt(1.0 / x1 - 1.0 / n1 + 1.0 / x2 - 1.0 / n2);
    return logInterval((x1 / n1) / (x2 / n2), se, z, corrected);
}

std::optional<Interval> poissonScore(double x, double t, double z)
{
    if (!(t > 0))
        return std::nullopt;
    const double z2 = z * z;
    const double half = z * std::sqrt(x + z2 / 4.0);
    return Interval{std::max(0.0, (x + z2 / 2.0 - half) / t), (x + z2 / 2.0 + half) / t};
}

std::optional<Estimate> rateDifference(double x1, double t1, double x2, double t2, double z)
{
    if (!(t1 > 0) || !(t2 > 0))
        return std::nullopt;
    const double d = x1 / t1 - x2 / t2;
    const double half = z * std::sqrt(x1 / (t1 * t1) + x2 / (t2 * t2));
    return Estimate{d, {d - half, d + half}, false};
}

std::optional<Estimate> rateRatio(double x1, double t1, double x2, double t2, double z)
{
    if (!(t1 > 0) || !(t2 > 0) || (x1 == 0 && x2 == 0))
        return std::nullopt;
    const bool corrected = x1 == 0 || x2 == 0;
    if (corrected) {
        x1 += 0.5;
        x2 += 0.5;
    }
    return logInterval((x1 / t1) / (x2 / t2), std::sqrt(1.0 / x1 + 1.0 / x2), z, corrected);
}

bool isSmallCount(double count, int minCell)
{
    return count > 0 && count < minCell;
}

} // namespace pdsa::equity
