// SPDX-License-Identifier: Apache-2.0
// How values, goals, dates and labels read on screen.
#include "format.h"

#include <gtest/gtest.h>

using namespace pdsa;
using ui::Format;

namespace {

Measure measureOf(DataKind kind, const QString& unit = {}, std::optional<double> ratePer = {}) {
    Measure m;
    m.dataKind = kind;
    m.unit = unit;
    m.ratePer = ratePer;
    return m;
}

} // namespace

TEST(Format, proportions_read_as_whole_percentages_and_small_ones_with_a_decimal) {
    const Measure m = measureOf(DataKind::Proportion, QStringLiteral("%"));
    EXPECT_EQ(Format::measureValue(m, 57.2), QStringLiteral("57%"));
    EXPECT_EQ(Format::measureValue(m, 100.0), QStringLiteral("100%"));
    EXPECT_EQ(Format::measureValue(m, 7.46), QStringLiteral("7.5%"));
    EXPECT_EQ(Format::measureValue(m, 0.0), QStringLiteral("0%"));
}

TEST(Format, rates_carry_their_unit_with_grouped_thousands) {
    EXPECT_EQ(Format::measureValue(measureOf(DataKind::Rate, QStringLiteral("per 1,000 days"), 1000), 12.44),
              QStringLiteral("12.4 per 1,000 days"));
    EXPECT_EQ(Format::measureValue(measureOf(DataKind::Rate, {}, 1000), 4.0), QStringLiteral("4 per 1,000"));
}

TEST(Format, days_between_events_read_in_days) {
    const Measure m = measureOf(DataKind::DaysBetween, QStringLiteral("days"));
    EXPECT_EQ(Format::measureValue(m, 3.5), QStringLiteral("3.5 days"));
    EXPECT_EQ(Format::measureValue(m, 9.0), QStringLiteral("9 days"));
}

TEST(Format, counts_read_with_their_unit) {
    EXPECT_EQ(Format::measureValue(measureOf(DataKind::Count, QStringLiteral("children")), 12.0),
              QStringLiteral("12 children"));
    EXPECT_EQ(Format::measureValue(measureOf(DataKind::Count), 1234.0), QStringLiteral("1,234"));
}

TEST(Format, a_missing_value_reads_as_a_dash) {
    EXPECT_EQ(Format::measureValue(measureOf(DataKind::Proportion), std::nullopt), QStringLiteral("—"));
}

TEST(Format, goals_show_the_direction_of_improvement) {
    Measure up = measureOf(DataKind::Proportion, QStringLiteral("%"));
    up.goal = 60;
    EXPECT_EQ(Format::goal(up), QStringLiteral("≥ 60%"));
    Measure down = measureOf(DataKind::DaysBetween, QStringLiteral("days"));
    down.improvement = Improvement::Down;
    down.goal = 3;
    EXPECT_EQ(Format::goal(down), QStringLiteral("≤ 3 days"));
    EXPECT_EQ(Format::goal(measureOf(DataKind::Count)), QStringLiteral("—"));
}

TEST(Format, date_ranges_say_the_shared_month_and_year_once) {
    EXPECT_EQ(Format::dateRange(QDate(2024, 7, 14), QDate(2024, 7, 15)), QStringLiteral("14–15 Jul 2024"));
    EXPECT_EQ(Format::dateRange(QDate(2024, 6, 28), QDate(2024, 7, 3)),
              QStringLiteral("28 Jun – 3 Jul 2024"));
    EXPECT_EQ(Format::dateRange(QDate(2024, 12, 30), QDate(2025, 1, 2)),
              QStringLiteral("30 Dec 2024 – 2 Jan 2025"));
    EXPECT_EQ(Format::dateRange(QDate(2024, 7, 14), QDate(2024, 7, 14)), QStringLiteral("14 Jul 2024"));
    EXPECT_EQ(Format::monthRange(QDate(2024, 7, 1), QDate(2026, 6, 30)),
              QStringLiteral("Jul 2024 – Jun 2026"));
}

TEST(Format, learning_sessions_get_short_calendar_labels) {
    LearningSession session;
    session.kind = SessionKind::LearningSession;
    EXPECT_EQ(Format::sessionShortName(session, 2), QStringLiteral("LS2"));
    session.kind = SessionKind::Summit;
    EXPECT_EQ(Format::sessionShortName(session, 4), QStringLiteral("Summit"));
}

TEST(Format, scales_and_decisions_read_as_words) {
    EXPECT_EQ(Format::scale(8, QStringLiteral("families")), QStringLiteral("8 families"));
    EXPECT_EQ(Format::scale(1, QStringLiteral("families")), QStringLiteral("1 family"));
    EXPECT_EQ(Format::scale(1, QStringLiteral("cases")), QStringLiteral("1 case"));
    EXPECT_EQ(Format::scale(1, QStringLiteral("children")), QStringLiteral("1 child"));
    EXPECT_EQ(Format::scale(std::nullopt, QString()), QStringLiteral("—"));
    EXPECT_EQ(Format::decision(Decision::Adopt), QStringLiteral("Adopt"));
    EXPECT_EQ(Format::decision(Decision::None), QStringLiteral("—"));
    EXPECT_EQ(Format::status(CycleStatus::Studying), QStringLiteral("Studying"));
}

TEST(Format, a_kind_of_record_reads_as_a_heading) {
    EXPECT_EQ(Format::recordKind(QStringLiteral("measure_value")), QStringLiteral("Measure values"));
    EXPECT_EQ(Format::recordKind(QStringLiteral("pdsa_cycle")), QStringLiteral("PDSA cycles"));
    EXPECT_EQ(Format::recordKind(QStringLiteral("no_such_table")), QStringLiteral("no_such_table"));
}
