// SPDX-License-Identifier: Apache-2.0
#include "analysis/nhsrules.h"

#include <cmath>
#include <cstdlib>

namespace pdsa::analysis {

namespace {

// Beyond a line, strictly; a line that does not exist is never crossed.
bool above(double y, double line) { return std::isfinite(line) && y > line; }
bool below(double y, double line) { return std::isfinite(line) && y < line; }

int sign(double d) { return d > 0 ? 1 : d < 0 ? -1 : 0; }

int precedence(SpecialCause cause)
{
    switch (cause) {
    case SpecialCause::None:
        return 0;
    case SpecialCause::Shift:
        return 1;
    case SpecialCause::TwoInThree:
        return 2;
    case SpecialCause::Trend:
        return 3;
    case SpecialCause::Outside:
        return 4;
    }
    return 0;
}

} // namespace

void classifyNhs(const PartColumns& part, ImprovementDirection improvement)
{
    const int better = improvement == ImprovementDirection::Up ? 1 : -1;
    // A point keeps the cause of highest precedence; a later trend replaces an earlier one on the
    // turning point they share. `direction` is the cause's: +1 above or rising, −1 below or falling.
    auto flag = [&](std::size_t i, SpecialCause cause, int direction) {
        const int was = precedence(part.cause[i]);
        const int now = precedence(cause);
        if (now < was || (now == was && cause != SpecialCause::Trend))
            return;
        part.cause[i] = cause;
        part.variation[i] = direction * better > 0 ? Variation::Improvement : Variation::Concern;
    };
    // One pass over the sequence (included, plotted points), each rule keeping a count; a rule
    // flags the points behind it when its count reaches the threshold, and each further point
    // while the count goes on (so the loop has few branches to mispredict on noisy data).
    constexpr int kSteps = kNhsRunLength - 1;
    std::size_t recent[8] = {}; // the last points of the sequence: recent[k & 7] is the k-th
    std::size_t seen = 0;
    auto flagRecent = [&](int count, SpecialCause cause, int direction) { // the last `count` points
        for (int back = count - 1; back >= 0; --back)
            flag(recent[(seen - static_cast<std::size_t>(back)) & 7], cause, direction);
    };
    // Shift: points in a row on one side of the centre line; a point on it (side 0) breaks it.
    int shiftSide = 0, shiftLength = 0;
    // Trend: strictly monotone steps in a row; an equal step breaks it.
    int trendDirection = 0, trendSteps = 0;
    double previous = kNaN;
    // Two in three: sides and closeness of the last three points.
    int sides[3] = {0, 0, 0};
    bool close[3] = {false, false, false};

    for (std::size_t i = 0; i < part.size(); ++i) {
        const double y = part.y[i];
        // Outside a limit: excluded points too, like their sigma signal.
        const int outside = above(y, part.ucl[i]) ? 1 : below(y, part.lcl[i]) ? -1 : 0;
        if (outside != 0)
            flag(i, SpecialCause::Outside, outside);
        if (!part.inSequence(i))
            continue;
        recent[seen & 7] = i;
        const int side = sign(y - part.cl[i]); // no centre line: 0

        shiftLength = seen > 0 && side == shiftSide ? shiftLength + 1 : 1;
        shiftSide = side;
        if (side != 0 && shiftLength >= kNhsRunLength)
            flagRecent(shiftLength == kNhsRunLength ? kNhsRunLength : 1, SpecialCause::Shift, side);

        if (seen > 0) {
            const int step = sign(y - previous);
            trendSteps = step != 0 && step == trendDirection ? trendSteps + 1 : step != 0 ? 1 : 0;
            trendDirection = step;
            if (trendSteps >= kSteps)
                flagRecent(trendSteps == kSteps ? kNhsRunLength : 1, SpecialCause::Trend, step);
        }

        // Close to a limit: beyond a two-sigma line but not outside the limit.
        sides[seen % 3] = side;
        close[seen % 3] = outside == 0 && (above(y, part.ucl2s[i]) || below(y, part.lcl2s[i]));
        if (seen >= 2 && close[0] + close[1] + close[2] >= 2) {
            const int sum = sides[0] + sides[1] + sides[2];
            if (std::abs(sum) == 3)
                for (std::size_t back = 0; back < 3; ++back) {
                    const std::size_t k = seen - back;
                    if (close[k % 3])
                        flag(recent[k & 7], SpecialCause::TwoInThree, sum > 0 ? 1 : -1);
                }
        }

        previous = y;
        ++seen;
    }
}

} // namespace pdsa::analysis
