// SPDX-License-Identifier: Apache-2.0
#pragma once
// The measure aggregate: a measure's definition and its data, one value per period (and per
// stratum, where the measure is disaggregated). A measure with no team is part of the
// collaborative's shared measure set (organizer-owned, same operational definition for all);
// a measure with a team is that team's own. Data are aggregate counts, never child-level.

#include "domain/record.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <cmath>
#include <optional>

namespace pdsa {

enum class MeasureType { Outcome, Process, Balancing };
PDSA_ENUM_NAMES(MeasureType, {MeasureType::Outcome, "outcome"}, {MeasureType::Process, "process"},
                {MeasureType::Balancing, "balancing"});

enum class Frequency { Monthly, Weekly };
PDSA_ENUM_NAMES(Frequency, {Frequency::Monthly, "monthly"}, {Frequency::Weekly, "weekly"});

enum class DataKind { Proportion, Rate, Count, Continuous, DaysBetween };
PDSA_ENUM_NAMES(DataKind, {DataKind::Proportion, "proportion"}, {DataKind::Rate, "rate"},
                {DataKind::Count, "count"}, {DataKind::Continuous, "continuous"},
                {DataKind::DaysBetween, "days_between"});

enum class Improvement { Up, Down };
PDSA_ENUM_NAMES(Improvement, {Improvement::Up, "up"}, {Improvement::Down, "down"});

struct Measure {
    RecordMeta meta;
    QUuid collaborativeId;
    QUuid teamId; // null: part of the collaborative's shared measure set
    QString name;
    MeasureType type = MeasureType::Outcome;
    QString operationalDefinition;
    QString numeratorDefinition;
    QString denominatorDefinition;
    QString dataSource;
    Frequency frequency = Frequency::Monthly;
    DataKind dataKind = DataKind::Proportion;
    std::optional<double> ratePer; // "per 1,000 days in care" for rates
    QString unit;                  // "%", "days", "referrals"
    Improvement improvement = Improvement::Up;
    std::optional<double> goal;    // in the plotted unit (percent for proportions)
    QDate baselineStart;
    QDate baselineEnd;
    bool stratified = false;       // data are also entered per stratum
    int position = 0;

    bool isShared() const { return teamId.isNull(); }
    // Numerator and denominator are entered (proportions and rates), rather than one value.
    bool hasDenominator() const { return dataKind == DataKind::Proportion || dataKind == DataKind::Rate; }
    bool operator==(const Measure&) const = default;
};

// One period's data for one team and measure; stratumId null is the total.
struct MeasureValue {
    RecordMeta meta;
    QUuid teamId;
    QUuid measureId;
    QDate period; // first day of the month (or the Monday of the week for weekly measures)
    QUuid stratumId;
    std::optional<double> numerator;
    std::optional<double> denominator;
    std::optional<double> value; // for counts, continuous values and days between events
    QString note;
    bool excluded = false;     // drawn, but left out of every chart calculation
    bool astronomical = false; // marked by the team as an astronomical point (IHI: a judgement)

    // The plotted value for a measure of this kind: a percentage for proportions, per ratePer for
    // rates; nullopt where the data make a gap (missing, or a zero denominator).
    std::optional<double> plotted(const Measure& measure) const;
    // Checks the numbers against the measure's kind; the message names the period and the field.
    Status validate(const Measure& measure) const;
    bool operator==(const MeasureValue&) const = default;
};

// The numbers of a value cell, for rules and messages that name one of them.
enum class ValueField { Numerator, Denominator, Value };

// Whether `field` of a value of this kind counts whole things (children, families, hearings,
// events): a proportion's numerator and denominator, a rate's numerator, a count.
bool countsWholeThings(DataKind kind, ValueField field);

// Reads a number typed for `field` of a value of this kind, as a person types it ("12", "12,5",
// " 1 234 "). A field that counts whole things refuses a fraction, and asks rather than guesses
// when the text looks like a thousands separator ("1.234" may be 1234). The error says what was
// expected, quoting the text; the caller names the cell.
Result<double> readNumber(const QString& text, DataKind kind, ValueField field);

// The stable id of the value cell (team, measure, period, stratum): the same cell entered on two
// machines has the same id, so merging bundles meets it as one record, not two.
QUuid measureValueId(const QUuid& teamId, const QUuid& measureId, const QDate& period, const QUuid& stratumId);

} // namespace pdsa
