// SPDX-License-Identifier: Apache-2.0
// The collaborative's calendar and strata rules (services/calendar.h), each with its message:
// sessions inside the collaborative's dates and apart, action periods between the sessions and
// apart, a dimension's categories named once; and the action periods the calendar lacks.

#include "services/calendar.h"

#include <gtest/gtest.h>

using namespace pdsa;

namespace {

Collaborative collaborative() {
    Collaborative c;
    c.name = QStringLiteral("C");
    c.startDate = QDate(2025, 1, 1);
    c.endDate = QDate(2025, 12, 31);
    return c;
}

LearningSession session(const char* name, QDate start, QDate end = {}) {
    LearningSession s;
    s.name = QString::fromLatin1(name);
    s.startDate = start;
    s.endDate = end;
    return s;
}

ActionPeriod period(const char* name, QDate start, QDate end) {
    ActionPeriod p;
    p.name = QString::fromLatin1(name);
    p.startDate = start;
    p.endDate = end;
    return p;
}

Stratum stratum(const char* dimension, const char* name) {
    Stratum s;
    s.dimension = QString::fromUtf8(dimension);
    s.name = QString::fromUtf8(name);
    return s;
}

std::string message(const Status& status) { return status ? std::string("accepted") : status.error().message.toStdString(); }

} // namespace

TEST(CalendarRules, a_calendar_of_sessions_with_periods_between_them_is_accepted) {
    EXPECT_TRUE(rules::checkCalendar(collaborative(),
                                     {session("LS1", {2025, 1, 14}, {2025, 1, 15}), session("LS2", {2025, 6, 3})},
                                     {period("AP1", {2025, 1, 16}, {2025, 6, 2}), period("AP2", {2025, 6, 4}, {2025, 12, 31})}));
    EXPECT_TRUE(rules::checkCalendar(collaborative(), {}, {}));
}

TEST(CalendarRules, each_refusal_names_the_item_its_dates_and_the_rule) {
    const Collaborative c = collaborative();
    EXPECT_EQ(message(rules::checkCalendar(c, {session("LS1", {2026, 2, 1})}, {})),
              "LS1 (2026-02-01) falls outside the collaborative's dates (2025-01-01 to 2025-12-31).");
    EXPECT_EQ(message(rules::checkCalendar(c, {session("LS1", {2024, 12, 30}, {2025, 1, 2})}, {})),
              "LS1 (2024-12-30 to 2025-01-02) falls outside the collaborative's dates (2025-01-01 to 2025-12-31).");
    EXPECT_EQ(message(rules::checkCalendar(c, {session("LS1", {2025, 3, 2}, {2025, 3, 1})}, {})),
              "LS1 cannot end (2025-03-01) before it starts (2025-03-02).");
    EXPECT_EQ(message(rules::checkCalendar(c, {session("  ", {2025, 3, 2})}, {})), "A learning session needs a name.");
    EXPECT_EQ(message(rules::checkCalendar(c, {session("LS1", {})}, {})), "LS1 needs a start date.");
    EXPECT_EQ(message(rules::checkCalendar(c, {session("LS1", {2025, 3, 1}, {2025, 3, 2}), session("LS2", {2025, 3, 2})}, {})),
              "LS1 (2025-03-01 to 2025-03-02) and LS2 (2025-03-02) overlap.");
    EXPECT_EQ(message(rules::checkCalendar(c, {session("LS2", {2025, 6, 3})}, {period("AP1", {2025, 1, 16}, {2025, 6, 3})})),
              "AP1 (2025-01-16 to 2025-06-03) overlaps LS2 (2025-06-03): action periods run between the learning "
              "sessions.");
    EXPECT_EQ(message(rules::checkCalendar(c, {}, {period("AP1", {2025, 1, 1}, {2025, 5, 1}), period("AP2", {2025, 5, 1}, {2025, 6, 1})})),
              "AP1 (2025-01-01 to 2025-05-01) and AP2 (2025-05-01 to 2025-06-01) overlap.");
    EXPECT_EQ(message(rules::checkCalendar(c, {}, {period("AP1", {2025, 1, 1}, {})})), "AP1 needs an end date.");
    Collaborative backwards = c;
    backwards.endDate = QDate(2024, 12, 31);
    EXPECT_EQ(message(rules::checkCalendar(backwards, {}, {})),
              "The collaborative cannot end (2024-12-31) before it starts (2025-01-01).");
}

TEST(CalendarRules, a_collaborative_with_no_end_date_takes_sessions_after_its_start) {
    Collaborative c = collaborative();
    c.endDate = QDate();
    EXPECT_TRUE(rules::checkCalendar(c, {session("LS9", {2030, 1, 1})}, {}));
    EXPECT_EQ(message(rules::checkCalendar(c, {session("LS0", {2024, 1, 1})}, {})),
              "LS0 (2024-01-01) falls outside the collaborative's dates (from 2025-01-01).");
}

TEST(StrataRules, categories_are_named_once_per_dimension_case_aside_and_a_dimension_has_one_spelling) {
    EXPECT_TRUE(rules::checkStrata({stratum("Age group", "Under 1"), stratum("Age group", "1 to 5"),
                                    stratum("Race/ethnicity", "Under 1")}));
    EXPECT_EQ(message(rules::checkStrata({stratum("Age group", "Under 1"), stratum("Age group", "under 1 ")})),
              "Age group already has a category \"Under 1\": each category of a dimension is named once.");
    EXPECT_EQ(message(rules::checkStrata({stratum("Age group", "Under 1"), stratum("age group", "1 to 5")})),
              "The dimension \"age group\" is already written \"Age group\": use one spelling.");
    EXPECT_EQ(message(rules::checkStrata({stratum("", "Under 1")})), "A stratum needs a dimension (such as Race/ethnicity).");
    EXPECT_EQ(message(rules::checkStrata({stratum("Age group", " ")})), "Each category of Age group needs a name.");
}

TEST(CalendarRules, the_missing_action_periods_fill_each_gap_between_sessions_and_the_time_after_the_last) {
    const Collaborative c = collaborative();
    const std::vector<LearningSession> sessions = {session("LS1", {2025, 1, 14}, {2025, 1, 15}),
                                                   session("LS2", {2025, 6, 3}), session("LS3", {2025, 11, 4}, {2025, 11, 5})};
    const auto made = rules::missingActionPeriods(c, sessions, {period("Action period 1", {2025, 1, 16}, {2025, 6, 2})});
    ASSERT_EQ(made.size(), 2u);
    EXPECT_EQ(made[0].name.toStdString(), "Action period 2");
    EXPECT_EQ(made[0].startDate, QDate(2025, 6, 4));
    EXPECT_EQ(made[0].endDate, QDate(2025, 11, 3));
    EXPECT_EQ(made[1].name.toStdString(), "Action period 3");
    EXPECT_EQ(made[1].startDate, QDate(2025, 11, 6));
    EXPECT_EQ(made[1].endDate, QDate(2025, 12, 31));
    std::vector<ActionPeriod> all = {period("Action period 1", {2025, 1, 16}, {2025, 6, 2})};
    all.insert(all.end(), made.begin(), made.end());
    EXPECT_TRUE(rules::checkCalendar(c, sessions, all));
    EXPECT_TRUE(rules::missingActionPeriods(c, sessions, all).empty()) << "filled once, nothing is missing";
}

TEST(CalendarRules, a_webinar_may_fall_inside_an_action_period_and_the_periods_are_filled_around_the_sessions_only) {
    const Collaborative c = collaborative();
    LearningSession webinar = session("Data webinar", {2025, 3, 10});
    webinar.kind = SessionKind::Webinar;
    const std::vector<LearningSession> sessions = {session("LS1", {2025, 1, 14}, {2025, 1, 15}), webinar,
                                                   session("LS2", {2025, 6, 3})};
    EXPECT_TRUE(rules::checkCalendar(c, sessions, {period("AP1", {2025, 1, 16}, {2025, 6, 2})}));
    const auto made = rules::missingActionPeriods(c, sessions, {});
    ASSERT_EQ(made.size(), 2u) << "between LS1 and LS2, and after LS2; the webinar splits nothing";
    EXPECT_EQ(made[0].startDate, QDate(2025, 1, 16));
    EXPECT_EQ(made[0].endDate, QDate(2025, 6, 2));
}
