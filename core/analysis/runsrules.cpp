// SPDX-License-Identifier: Apache-2.0
#include "analysis/runsrules.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace pdsa::analysis {

namespace {

// ---- The IHI runs table -----------------------------------------------------------------------
//
// Perla RJ, Provost LP, Murray SK. The run chart: a simple analytical tool for learning from
// variation in healthcare processes. BMJ Qual Saf 2011;20:46–51, doi:10.1136/bmjqs.2009.037895,
// print a table of the lower and upper limits for the number of runs, by the number of useful
// observations (10–60), adapted from Swed FS, Eisenhart C. Tables for testing randomness of
// grouping in a sequence of alternatives. Ann Math Stat 1943;14:66–87.
//
// PROVENANCE — NOT COPIED FROM THE PRINT. We could not find a printed copy of that table in any
// source available to us (the paper's full text was not available; docs/chart-rules.md §7 says the
// same). The limits below are therefore COMPUTED, exactly, by the method docs/chart-rules.md §7
// describes: the Swed–Eisenhart distribution of the number of runs R with n1 = floor(N/2) points
// on one side and n2 = ceil(N/2) on the other;
//   lower = the smallest r with P(R ≤ r) > 0.025,
//   upper = the largest  r with P(R ≥ r) > 0.025.
// The counts are whole numbers (arrangements with r runs, out of C(N, n1)), so the comparison
// with 0.025 = 1/40 is done in exact integer arithmetic at compile time, with no rounding at all.
// N = 10 gives 3–9, the commonly quoted first row. They have NOT been verified against the
// printed table, and printed versions of the runs table are known to differ by about 1 at some N
// depending on their tail convention: Balestracci (Quality Digest, October 2008, "An underrated
// test for run charts", Figure 2, as quoted in the article's text) gives 5–12 runs for 16 points
// where this computation gives 5–13. Check against the published table before relying on a
// verdict at the edge of a limit.

using u64 = std::uint64_t;

constexpr u64 choose(int n, int k)
{
    if (k < 0 || n < 0 || k > n)
        return 0;
    k = std::min(k, n - k);
    u64 result = 1;
    for (int i = 1; i <= k; ++i)
        result = result * static_cast<u64>(n - k + i) / static_cast<u64>(i); // exact at every step
    return result;
}

// Arrangements of n1 and n2 points with exactly r runs (Swed & Eisenhart's f(r)).
constexpr u64 arrangementsWithRuns(int n1, int n2, int r)
{
    if (r < 2)
        return 0;
    if (r % 2 == 0) {
        const int k = r / 2;
        return 2 * choose(n1 - 1, k - 1) * choose(n2 - 1, k - 1);
    }
    const int k = (r - 1) / 2;
    return choose(n1 - 1, k - 1) * choose(n2 - 1, k) + choose(n1 - 1, k) * choose(n2 - 1, k - 1);
}

constexpr RunsLimits computeRunsLimits(int n)
{
    const int n1 = n / 2;
    const int n2 = n - n1;
    const u64 total = choose(n, n1); // C(60, 30) ≈ 1.2e17; 40 × that still fits in 64 bits
    RunsLimits limits;
    u64 below = 0;
    for (int r = 2; r <= n; ++r) {
        below += arrangementsWithRuns(n1, n2, r);
        if (40 * below > total) { // P(R ≤ r) > 1/40
            limits.lower = r;
            break;
        }
    }
    u64 above = 0;
    for (int r = n; r >= 2; --r) {
        above += arrangementsWithRuns(n1, n2, r);
        if (40 * above > total) { // P(R ≥ r) > 1/40
            limits.upper = r;
            break;
        }
    }
    return limits;
}

constexpr auto makeRunsTable()
{
    std::array<RunsLimits, kIhiRunsTableLast - kIhiRunsTableFirst + 1> table{};
    for (int n = kIhiRunsTableFirst; n <= kIhiRunsTableLast; ++n)
        table[static_cast<std::size_t>(n - kIhiRunsTableFirst)] = computeRunsLimits(n);
    return table;
}

constexpr auto kRunsTable = makeRunsTable();
static_assert(kRunsTable.front().lower == 3 && kRunsTable.front().upper == 9, "N = 10: 3–9");
static_assert(kRunsTable.back().lower == 24 && kRunsTable.back().upper == 38, "N = 60: 24–38");

} // namespace

std::optional<RunsLimits> ihiRunsLimits(int nUseful)
{
    if (nUseful < kIhiRunsTableFirst || nUseful > kIhiRunsTableLast)
        return std::nullopt;
    return kRunsTable[static_cast<std::size_t>(nUseful - kIhiRunsTableFirst)];
}

int longestRunMax(int nUseful)
{
    // log2 of a whole number is never exactly k + 0.5, so R's round-half-even and lround agree.
    return static_cast<int>(std::lround(std::log2(static_cast<double>(nUseful)))) + 3;
}

int crossingsMin(int nUseful)
{
    const int m = std::max(nUseful - 1, 0);
    if (m == 0)
        return 0; // qbinom(0.05, 0, 0.5) = 0
    // Sum the Bin(m, ½) probabilities upwards from a point 20 standard deviations below the mean,
    // where the mass left out (< 1e-80) cannot move a 5% quantile; each term from the last by the
    // ratio (m − k)/(k + 1). O(√m) steps, so a million points cost microseconds.
    const double half = m / 2.0;
    const double sd = std::sqrt(static_cast<double>(m)) / 2.0;
    const int start = std::max(0, static_cast<int>(std::floor(half - 20.0 * sd)));
    double term = std::exp(std::lgamma(m + 1.0) - std::lgamma(start + 1.0) - std::lgamma(m - start + 1.0) -
                           m * std::log(2.0));
    double cumulative = 0.0;
    for (int k = start; k < m; ++k) {
        cumulative += term;
        if (cumulative >= 0.05)
            return k;
        term *= static_cast<double>(m - k) / static_cast<double>(k + 1);
    }
    return m;
}

namespace {

// The verdicts of both runs analyses on a part with useful observations, from the number of runs
// and the longest of them.
void summariseRuns(PartSummary& summary, int runs, int longest, bool signalsAllowed)
{
    summary.longestRun = longest;
    summary.longestRunMax = longestRunMax(summary.nUseful);
    summary.nCrossings = runs - 1;
    summary.nCrossingsMin = crossingsMin(summary.nUseful);
    summary.runsSignal =
        signalsAllowed && (longest > *summary.longestRunMax || *summary.nCrossings < *summary.nCrossingsMin);

    summary.shift = signalsAllowed && longest >= kIhiShiftLength;
    summary.nRuns = runs;
    if (const auto limits = ihiRunsLimits(summary.nUseful)) {
        summary.runsLower = limits->lower;
        summary.runsUpper = limits->upper;
        if (!signalsAllowed)
            summary.runsVerdict = RunsVerdict::NotApplicable;
        else if (runs < limits->lower)
            summary.runsVerdict = RunsVerdict::TooFew;
        else if (runs > limits->upper)
            summary.runsVerdict = RunsVerdict::TooMany;
        else
            summary.runsVerdict = RunsVerdict::None;
    }
}

} // namespace

PartSummary analyseRuns(const PartColumns& part, bool signalsAllowed)
{
    PartSummary summary;

    // Both analyses in one pass, each keeping a count; a rule flags the points behind it when its
    // count reaches the threshold, and each further point while the count goes on (so the loop
    // has few branches to mispredict on noisy data).
    //
    // Runs of useful observations: included, plotted, not on the centre line (§2 step 2).
    int runs = 0;
    int longest = 0;
    int runSide = 0;
    int runLength = 0;
    std::size_t useful[8] = {}; // the last useful points: useful[k & 7] is the k-th
    auto flagShift = [&](int count) {
        for (int back = 0; back < count; ++back)
            part.ihiShift[useful[(static_cast<std::size_t>(summary.nUseful) - 1 - static_cast<std::size_t>(back)) & 7]] =
                1;
    };

    // IHI trend (§7): the included, plotted values in order; successive equal values collapse to
    // the first of them (they neither make nor break a trend); a trend is a strictly monotone
    // stretch of kIhiTrendLength or more collapsed points, whatever their side of the centre
    // line. A turning point ends one stretch and starts the next. A stretch runs from the first
    // occurrence of its first value to the first occurrence of its last value; the repeats
    // inside it are flagged with it.
    double previous = kNaN;     // the last collapsed value
    std::size_t previousAt = 0; // its first occurrence
    std::size_t stretchStart = 0;
    int stretchPoints = 0; // collapsed points in the current stretch
    int direction = 0;     // +1 rising, −1 falling, 0 not yet known
    auto flagTrend = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j <= to; ++j)
            if (part.inSequence(j))
                part.ihiTrend[j] = 1;
    };

    for (std::size_t i = 0; i < part.size(); ++i) {
        if (!part.include[i])
            continue;
        ++summary.nObs;
        const double value = part.y[i];
        if (std::isnan(value))
            continue;

        const double d = value - part.cl[i];
        const int side = d > 0 ? 1 : d < 0 ? -1 : 0;
        if (side != 0) {
            useful[static_cast<std::size_t>(summary.nUseful) & 7] = i;
            ++summary.nUseful;
            const bool same = side == runSide;
            runs += same ? 0 : 1;
            runLength = same ? runLength + 1 : 1;
            runSide = side;
            longest = std::max(longest, runLength);
            if (signalsAllowed && runLength >= kIhiShiftLength)
                flagShift(runLength == kIhiShiftLength ? kIhiShiftLength : 1);
        }

        if (stretchPoints == 0) {
            stretchStart = i;
            stretchPoints = 1;
        } else if (value != previous) { // a repeat is counted once
            const int step = value > previous ? 1 : -1;
            const bool turns = direction != 0 && step != direction;
            stretchStart = turns ? previousAt : stretchStart;
            stretchPoints = turns ? 2 : stretchPoints + 1;
            direction = step;
            if (signalsAllowed && stretchPoints >= kIhiTrendLength) {
                summary.trend = true;
                flagTrend(stretchPoints == kIhiTrendLength ? stretchStart : previousAt + 1, i);
            }
        } else {
            continue;
        }
        previous = value;
        previousAt = i;
    }

    if (summary.nUseful > 0)
        summariseRuns(summary, runs, longest, signalsAllowed);
    return summary;
}

} // namespace pdsa::analysis
