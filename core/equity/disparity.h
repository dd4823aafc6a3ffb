// SPDX-License-Identifier: Apache-2.0
#pragma once
// The disparity view of one measure and one dimension (docs/equity-methods.md): for each group of
// the dimension, per window of time, its rate against a reference (the rest of the dimension, the
// total, or one chosen group), the difference and the ratio with their 95 % intervals
// (intervals.h), and whether the gap is narrowing: the run-chart rules read on the difference
// series with "towards zero" as the improvement direction.
//
// A plain builder over counts already summed per group and month (disparityloader.h reads them
// from a workspace), so that the view, `pdsa disparity`, the equity summaries and the spread
// report say the same.
//
// Small numbers: a period whose numerator or denominator is from 1 to the minimum cell size − 1
// is `small`. On screen it is marked and still drawn; whatever leaves the app goes through
// suppressSmall(), which blanks it ("<N").

#include "analysis/measurechart.h"
#include "analysis/spc.h"
#include "domain/collaborative.h"
#include "domain/enumtext.h"
#include "domain/measure.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace pdsa::equity {

// The windows periods are pooled into. Quarter is the default: monthly counts per group are small.
enum class Window { Month, Quarter, Half, Year };
inline constexpr Window kDefaultWindow = Window::Quarter;

// What each group is compared with.
enum class ReferenceKind { Rest, Total, Group };

enum class GapDirection { None, Narrowing, Widening };
enum class GapSignal { None, Shift, Trend };

// The first day of the window holding `day`; its label ("2025-07", "2025-Q3", "2025-H2", "2025");
// how many months it spans; its name in a sentence, singular or plural ("quarter", "quarters").
QDate windowStart(const QDate& day, Window window);
QString windowLabel(const QDate& start, Window window);
int windowMonths(Window window);
QString windowNoun(Window window, int count);

// One group's counts in one month, summed over the teams asked for (pairs with both numbers only).
struct GroupMonthCounts {
    QUuid stratumId;
    QDate month; // first day
    double numerator = 0.0;
    double denominator = 0.0;
};

struct DisparityInput {
    Measure measure; // a proportion or a rate
    QString dimension;
    std::vector<Stratum> groups; // the dimension's categories, in order
    std::vector<GroupMonthCounts> counts;
    QDate firstMonth, lastMonth; // the months the periods cover (invalid: none)
    ReferenceKind reference = ReferenceKind::Rest;
    QUuid referenceGroup; // with ReferenceKind::Group
    Window window = kDefaultWindow;
    int minCell = 11;
    analysis::RuleSet rules = analysis::RuleSet::Ihi; // for the gap: IHI or Anhøj
};

// One group in one window. Rates, differences and ratios are fractions per unit of the
// denominator (0.42, not 42 %); a number that cannot be computed is nullopt.
struct DisparityPeriod {
    QDate start;
    QString label;
    std::optional<double> numerator, denominator; // nullopt: nothing entered for the group
    std::optional<double> rate, rateLcl, rateUcl;
    std::optional<double> refNumerator, refDenominator, refRate;
    std::optional<double> difference, differenceLcl, differenceUcl;
    std::optional<double> ratio, ratioLcl, ratioUcl;
    bool ratioCorrected = false; // 0.5 was added to each cell (a cell was 0)
    bool small = false;          // the group's numerator or denominator is a small number
    bool refSmall = false;       // the reference's is
    bool suppressed = false;     // blanked by suppressSmall()
};

// The run-chart reading of one group's difference series.
struct GapReading {
    analysis::RuleSet rules = analysis::RuleSet::Ihi;
    bool shift = false; // IHI: a shift; Anhøj: an unusually long run
    bool trend = false; // IHI only
    // IHI: the runs table's verdict; Anhøj: too_few when the line is crossed unusually few times.
    analysis::RunsVerdict runsVerdict = analysis::RunsVerdict::NotApplicable;
    GapDirection direction = GapDirection::None;
    GapSignal signal = GapSignal::None; // the latest signal, which the direction is read from
    int signalFirst = -1;               // its first period (index into the group's periods)
    int signalLength = 0;               // the periods it spans
    int since = -1;                     // the period the reading dates from: the signal's first, or
                                        // for a run at the start of the series the first after it
    double centre = analysis::kNaN;     // the median of the differences
    int points = 0;                     // periods with a difference
};

struct DisparityGroup {
    Stratum stratum;
    bool isReference = false; // the chosen reference group: compared with itself
    std::vector<DisparityPeriod> periods;
    GapReading gap;
};

struct Disparity {
    Measure measure;
    QString dimension;
    ReferenceKind reference = ReferenceKind::Rest;
    QString referenceName; // "rest", "total" or the group's name
    Window window = kDefaultWindow;
    int minCell = 11;
    std::vector<DisparityGroup> groups;
};

Disparity buildDisparity(const DisparityInput& input);

// The latest window in which some group has a difference (an index into each group's periods;
// the number of windows when there is none): where "furthest from the reference" is read, the
// same window for every group.
std::size_t latestComparedWindow(const Disparity& disparity);

// The same with each small period blanked, as every export shows it: `suppressed` set, its counts,
// rates, differences and ratios nullopt. A reference whose counts are small is blanked too (its
// counts and rate, and the difference and ratio, which would give them away), and so is every
// pooled reference (the rest, the total) in a window with a suppressed group, which would give
// that group's counts back by subtraction. A minimum cell size of 0 or 1 blanks nothing.
Disparity suppressSmall(Disparity disparity);

// A measure chart as it leaves the app: each stratum's points whose numerator or denominator is a
// small number are blanked (not drawn). Returns how many were. The total is left as it is.
int suppressSmallStrata(analysis::MeasureChart& chart, int minCell);

// The gap's reading in words, for the view, the summaries and the reports:
// "gap narrowing since 2025-Q3: shift of 6 quarters", "gap narrowing since 2025-Q3, after a shift of
// 6 quarters" (a run at the start), "no signal", "too few quarters to read (3)".
QString gapSentence(const DisparityGroup& group, Window window);

// How a measure's chart rule set reads on a gap (a run chart): the NHS rules are control-chart
// rules, so Anhøj's stand in for them.
analysis::RuleSet gapRules(analysis::RuleSet measureRules);

} // namespace pdsa::equity

namespace pdsa {
PDSA_ENUM_NAMES(equity::Window, {equity::Window::Month, "month"}, {equity::Window::Quarter, "quarter"},
                {equity::Window::Half, "half"}, {equity::Window::Year, "year"});
PDSA_ENUM_NAMES(equity::GapDirection, {equity::GapDirection::None, "none"},
                {equity::GapDirection::Narrowing, "narrowing"}, {equity::GapDirection::Widening, "widening"});
PDSA_ENUM_NAMES(equity::GapSignal, {equity::GapSignal::None, "none"}, {equity::GapSignal::Shift, "shift"},
                {equity::GapSignal::Trend, "trend"});
} // namespace pdsa
