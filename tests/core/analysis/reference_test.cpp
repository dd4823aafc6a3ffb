// SPDX-License-Identifier: Apache-2.0
// The engine's one-pass rule code against plain, slow reference versions written straight from
// docs/chart-rules.md (§2, §5, §7) — every window tried, nothing incremental — on a few thousand
// random series with many ties, gaps, points on the centre line, exclusions and phases.

#include "analysistesting.h"

#include <cstdint>

using namespace pdsa::analysis;
using namespace pdsa::analysis::test;

namespace {

class Lcg {
public:
    explicit Lcg(std::uint64_t seed) : m_state(seed) {}
    int below(int n) // 0 … n − 1
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((m_state >> 33) % static_cast<std::uint64_t>(n));
    }

private:
    std::uint64_t m_state;
};

struct Reference {
    std::vector<bool> ihiShift, ihiTrend;
    bool shift = false, trend = false;
    int useful = 0, runs = 0, longest = 0;
    std::vector<SpecialCause> cause;
    std::vector<int> direction;
};

// One part [first, last] of a computed chart (its unmultiplied y, cl and limits are the rules' input).
Reference reference(const ChartResult& chart, int first, int last)
{
    Reference r;
    const auto size = static_cast<std::size_t>(last - first + 1);
    r.ihiShift.assign(size, false);
    r.ihiTrend.assign(size, false);
    r.cause.assign(size, SpecialCause::None);
    r.direction.assign(size, 0);
    auto at = [&](std::size_t k) { return chart.point(static_cast<std::size_t>(first) + k); };
    auto sideOf = [](double y, double cl) { return y > cl ? 1 : y < cl ? -1 : 0; };

    std::vector<std::size_t> sequence; // included, plotted
    std::vector<std::size_t> useful;   // … and not on the centre line
    for (std::size_t k = 0; k < size; ++k) {
        const ChartPoint p = at(k);
        if (!p.include || std::isnan(p.y))
            continue;
        sequence.push_back(k);
        if (sideOf(p.y, p.cl) != 0)
            useful.push_back(k);
    }

    // Runs: maximal stretches of useful points on one side.
    r.useful = static_cast<int>(useful.size());
    for (std::size_t a = 0; a < useful.size();) {
        std::size_t b = a;
        const int side = sideOf(at(useful[a]).y, at(useful[a]).cl);
        while (b + 1 < useful.size() && sideOf(at(useful[b + 1]).y, at(useful[b + 1]).cl) == side)
            ++b;
        ++r.runs;
        r.longest = std::max(r.longest, static_cast<int>(b - a + 1));
        if (b - a + 1 >= 6) {
            r.shift = true;
            for (std::size_t j = a; j <= b; ++j)
                r.ihiShift[useful[j]] = true;
        }
        a = b + 1;
    }

    // IHI trend: collapse repeats, then every window of 5 collapsed points going one way.
    std::vector<std::size_t> collapsed; // positions in `sequence`
    for (std::size_t j = 0; j < sequence.size(); ++j)
        if (j == 0 || at(sequence[j]).y != at(sequence[j - 1]).y)
            collapsed.push_back(j);
    for (std::size_t c = 0; c + 4 < collapsed.size(); ++c) {
        bool up = true, down = true;
        for (std::size_t j = c; j < c + 4; ++j) {
            const double a = at(sequence[collapsed[j]]).y, b = at(sequence[collapsed[j + 1]]).y;
            up = up && b > a;
            down = down && b < a;
        }
        if (!up && !down)
            continue;
        r.trend = true;
        for (std::size_t j = collapsed[c]; j <= collapsed[c + 4]; ++j)
            r.ihiTrend[sequence[j]] = true;
    }

    // NHS: each rule over every window, then precedence per point.
    std::vector<int> shift(size, 0), trend(size, 0), two(size, 0), outside(size, 0);
    for (std::size_t k = 0; k < size; ++k) {
        const ChartPoint p = at(k);
        if (std::isfinite(p.ucl) && p.y > p.ucl)
            outside[k] = 1;
        else if (std::isfinite(p.lcl) && p.y < p.lcl)
            outside[k] = -1;
    }
    for (std::size_t w = 0; w + 6 < sequence.size(); ++w) {
        const int side = sideOf(at(sequence[w]).y, at(sequence[w]).cl);
        bool same = side != 0;
        bool up = true, down = true;
        for (std::size_t j = w; j < w + 7; ++j) {
            same = same && sideOf(at(sequence[j]).y, at(sequence[j]).cl) == side;
            if (j > w) {
                up = up && at(sequence[j]).y > at(sequence[j - 1]).y;
                down = down && at(sequence[j]).y < at(sequence[j - 1]).y;
            }
        }
        for (std::size_t j = w; j < w + 7; ++j) {
            if (same)
                shift[sequence[j]] = side;
            if (up || down)
                trend[sequence[j]] = up ? 1 : -1; // a later window wins on a shared point
        }
    }
    auto isClose = [&](std::size_t k) {
        const ChartPoint p = at(k);
        return outside[k] == 0 && ((std::isfinite(p.ucl2s) && p.y > p.ucl2s) ||
                                   (std::isfinite(p.lcl2s) && p.y < p.lcl2s));
    };
    for (std::size_t w = 0; w + 2 < sequence.size(); ++w) {
        int closeCount = 0, sides = 0;
        for (std::size_t j = w; j < w + 3; ++j) {
            closeCount += isClose(sequence[j]) ? 1 : 0;
            sides += sideOf(at(sequence[j]).y, at(sequence[j]).cl);
        }
        if (closeCount >= 2 && std::abs(sides) == 3)
            for (std::size_t j = w; j < w + 3; ++j)
                if (isClose(sequence[j]))
                    two[sequence[j]] = sides > 0 ? 1 : -1;
    }
    for (std::size_t k = 0; k < size; ++k) {
        if (outside[k] != 0) {
            r.cause[k] = SpecialCause::Outside;
            r.direction[k] = outside[k];
        } else if (trend[k] != 0) {
            r.cause[k] = SpecialCause::Trend;
            r.direction[k] = trend[k];
        } else if (two[k] != 0) {
            r.cause[k] = SpecialCause::TwoInThree;
            r.direction[k] = two[k];
        } else if (shift[k] != 0) {
            r.cause[k] = SpecialCause::Shift;
            r.direction[k] = shift[k];
        }
    }
    return r;
}

} // namespace

TEST(RulesReference, the_one_pass_rules_agree_with_every_window_tried)
{
    Lcg random(7);
    int seenCause[5] = {0, 0, 0, 0, 0};
    int seenShift = 0, seenTrend = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        const int size = 5 + random.below(60);
        std::vector<double> ys;
        int level = random.below(5);
        int ramp = 0, rampStep = 0; // a ramp: a run of strictly rising or falling values
        for (int i = 0; i < size; ++i) {
            if (random.below(12) == 0)
                level += random.below(3) - 1; // drift, so that runs happen
            if (ramp == 0 && random.below(15) == 0) {
                ramp = 4 + random.below(6);
                rampStep = random.below(2) == 0 ? 1 : -1;
            }
            if (ramp > 0) {
                --ramp;
                level += rampStep;
                ys.push_back(random.below(10) == 0 ? level - rampStep : level); // now and then a tie
                continue;
            }
            const int roll = random.below(20);
            ys.push_back(roll == 0 ? NA : roll < 4 ? level + 6.0 : level + random.below(4)); // gaps, ties, jumps
        }
        ChartOptions options;
        options.type = random.below(2) == 0 ? ChartType::I : ChartType::C;
        options.rules = RuleSet::Nhs;
        options.mrScreening = random.below(2) == 0;
        if (random.below(3) == 0)
            options.partEnds = {1 + random.below(size)};
        for (int e = random.below(4); e > 0; --e)
            options.exclude.push_back(1 + random.below(size));
        const ChartResult result = chart(ys, options);
        for (const PartSummary& part : result.parts) {
            const Reference expected = reference(result, part.first, part.last);
            SCOPED_TRACE("trial " + std::to_string(trial) + ", part from " + std::to_string(part.first));
            ASSERT_EQ(part.nUseful, expected.useful);
            if (expected.useful > 0) {
                ASSERT_EQ(part.nRuns, expected.runs);
                ASSERT_EQ(part.longestRun, expected.longest);
            }
            ASSERT_EQ(part.shift, expected.shift);
            ASSERT_EQ(part.trend, expected.trend);
            seenShift += part.shift ? 1 : 0;
            seenTrend += part.trend ? 1 : 0;
            for (int i = part.first; i <= part.last; ++i) {
                const auto k = static_cast<std::size_t>(i - part.first);
                const ChartPoint p = result.point(static_cast<std::size_t>(i));
                ASSERT_EQ(p.ihiShift, expected.ihiShift[k]) << "point " << i;
                ASSERT_EQ(p.ihiTrend, expected.ihiTrend[k]) << "point " << i;
                ASSERT_EQ(p.specialCause, expected.cause[k]) << "point " << i;
                ++seenCause[static_cast<int>(p.specialCause)];
                const Variation variation = expected.direction[k] > 0   ? Variation::Improvement
                                            : expected.direction[k] < 0 ? Variation::Concern
                                                                        : Variation::Common;
                ASSERT_EQ(p.variation, variation) << "point " << i;
            }
        }
    }
    // The series are varied enough that every rule fired many times.
    for (int cause = 0; cause < 5; ++cause)
        EXPECT_GT(seenCause[cause], 100) << cause;
    EXPECT_GT(seenShift, 100);
    EXPECT_GT(seenTrend, 100);
}
