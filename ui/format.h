// SPDX-License-Identifier: Apache-2.0
#pragma once
// How numbers, dates and the domain's enums read on screen: "57%", "3.5 days",
// "12.4 per 1,000 days", "Jul 2024", "14–15 Jul 2024", "Adopt". Core keeps one stable English
// word per enum value for files; the words people read are translated here, in one place.

#include "domain/collaborative.h"
#include "domain/measure.h"
#include "domain/pdsacycle.h"
#include "domain/team.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace pdsa::ui {

class Format {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::Format)

public:
    // The system locale, or US English when the system has none (the "C" locale has no group
    // separators, so 1000 would not read as 1,000).
    static QLocale locale();

    // A number with at most `decimals` decimals, trailing zeros dropped: 12.4, 3, 1,000.
    static QString number(double value, int decimals);

    // A measure's plotted value in its unit: "57%", "7.5%", "3.5 days", "12.4 per 1,000 days",
    // "9 children"; an em dash where there is no value.
    static QString measureValue(const Measure& measure, std::optional<double> value);
    // The goal with the direction that counts as improvement: "≥ 60%", "≤ 3 days".
    static QString goal(const Measure& measure);
    // The period a value belongs to: "Jun 2026", or "Week of 3 Jun 2026".
    static QString period(const QDate& period, Frequency frequency = Frequency::Monthly);
    static QString month(const QDate& date);                         // "Jun 2026"
    static QString date(const QDate& date);                          // "14 Jul 2024"
    static QString dateRange(const QDate& start, const QDate& end);  // "14–15 Jul 2024"
    static QString monthRange(const QDate& start, const QDate& end); // "Jul 2024 – Jun 2026"

    static QString measureType(MeasureType type);        // "Outcome"
    static QString measureTypeLong(MeasureType type);    // "Outcome measure"
    static QString dataKind(const Measure& measure);     // "Proportion (%)", "Rate per 1,000 days"
    static QString frequency(Frequency frequency);       // "Monthly"
    static QString improvement(Improvement improvement); // "Higher is better"
    static QString decision(Decision decision);          // "Adopt"; "—" when none yet
    static QString status(CycleStatus status);           // "Running"
    static QString agencyKind(AgencyKind kind);          // "County agency"
    static QString sessionKind(SessionKind kind);        // "Learning session"
    static QString scale(const std::optional<int>& count, const QString& unit); // "8 families", "1 family"
    static QString singular(const QString& unit); // "families" → "family" (English only)
    static QString score(double score);           // "3.5"
    // A kind of record by its table (repo::recordKinds()), as a heading: "Measure values".
    static QString recordKind(const QString& table);

    // The short label a learning session carries on the calendar: "LS1", "LS2", "Summit".
    // `ordinal` counts learning sessions from 1 in date order.
    static QString sessionShortName(const LearningSession& session, int ordinal);

    static QString dash() { return QStringLiteral("—"); }
};

} // namespace pdsa::ui
