// SPDX-License-Identifier: Apache-2.0
#include "domain/measure.h"

#include "domain/chartsetting.h"

#include <QRegularExpression>

namespace pdsa {

std::optional<double> MeasureValue::plotted(const Measure& measure) const
{
    if (!measure.hasDenominator())
        return value ? value : numerator;
    if (!numerator || !denominator || *denominator <= 0)
        return std::nullopt;
    const double scale = measure.dataKind == DataKind::Proportion ? 100.0 : measure.ratePer.value_or(1.0);
    return *numerator / *denominator * scale;
}

namespace {

QString fieldWord(ValueField field)
{
    switch (field) {
    case ValueField::Numerator: return QStringLiteral("numerator");
    case ValueField::Denominator: return QStringLiteral("denominator");
    case ValueField::Value: return QStringLiteral("value");
    }
    return {};
}

// A number as a person types it; nothing when it is not one, or is ambiguous ("1.234,5").
std::optional<double> typedNumber(const QString& text)
{
    QString s = text.trimmed();
    s.remove(QChar(u' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    if (s.isEmpty())
        return std::nullopt;
    if (s.contains(u',')) {
        if (s.contains(u'.') || s.count(u',') > 1)
            return std::nullopt;
        s.replace(u',', u'.');
    }
    static const QRegularExpression plain(QStringLiteral(R"(^[+-]?(\d+\.?\d*|\.\d+)$)"));
    if (!plain.match(s).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = s.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

bool isWhole(double number) { return std::isfinite(number) && std::floor(number) == number; }

} // namespace

bool countsWholeThings(DataKind kind, ValueField field)
{
    switch (kind) {
    case DataKind::Proportion: return field != ValueField::Value;
    case DataKind::Rate: return field == ValueField::Numerator;
    case DataKind::Count: return field == ValueField::Value;
    case DataKind::Continuous:
    case DataKind::DaysBetween: return false;
    }
    return false;
}

Result<double> readNumber(const QString& text, DataKind kind, ValueField field)
{
    const QString shown = text.trimmed();
    const bool whole = countsWholeThings(kind, field);
    const auto number = typedNumber(text);
    if (!number)
        return Error{ErrorCode::Invalid, whole ? QStringLiteral("\"%1\": expected a whole number such as 12").arg(shown)
                                               : QStringLiteral("\"%1\": expected a number such as 12 or 12,5").arg(shown)};
    if (whole && !isWhole(*number)) {
        static const QRegularExpression thousands(QStringLiteral(R"(^\d{1,3}[.,]\d{3}$)"));
        if (thousands.match(shown).hasMatch())
            return Error{ErrorCode::Invalid,
                         QStringLiteral("\"%1\": expected a whole number; if it means %2, write it without a "
                                        "separator")
                             .arg(shown, QString(shown).remove(u'.').remove(u','))};
        return Error{ErrorCode::Invalid,
                     QStringLiteral("\"%1\": expected a whole number (the %2 counts children, families or "
                                    "events)")
                         .arg(shown, fieldWord(field))};
    }
    return *number;
}

Status MeasureValue::validate(const Measure& measure) const
{
    const QString where = period.toString(QStringLiteral("MMM yyyy"));
    auto invalid = [&](const QString& field, const QString& expected) {
        return Error{ErrorCode::Invalid,
                     QStringLiteral("%1, %2 (%3): %4").arg(measure.name, where, field, expected)};
    };
    if (!period.isValid())
        return invalid(QStringLiteral("period"), QStringLiteral("a valid month is required"));
    if (measure.frequency == Frequency::Monthly && period.day() != 1)
        return invalid(QStringLiteral("period"),
                       QStringLiteral("a monthly measure's period is the first day of its month, not %1")
                           .arg(period.toString(Qt::ISODate)));
    if (measure.frequency == Frequency::Weekly && period.dayOfWeek() != 1)
        return invalid(QStringLiteral("period"),
                       QStringLiteral("a weekly measure's period is the Monday of its week, not %1")
                           .arg(period.toString(Qt::ISODate)));
    for (const auto& [field, number] : {std::pair{QStringLiteral("numerator"), numerator},
                                        std::pair{QStringLiteral("denominator"), denominator}}) {
        if (number && (*number < 0 || !std::isfinite(*number)))
            return invalid(field, QStringLiteral("expected a number of 0 or more"));
    }
    for (const auto& [field, number] : {std::pair{ValueField::Numerator, numerator},
                                        std::pair{ValueField::Denominator, denominator},
                                        std::pair{ValueField::Value, value}}) {
        if (number && countsWholeThings(measure.dataKind, field) && !isWhole(*number))
            return invalid(fieldWord(field),
                           QStringLiteral("expected a whole number (the %1 counts children, families or events), "
                                          "not %2")
                               .arg(fieldWord(field))
                               .arg(*number));
    }
    const bool paired = measure.dataKind == DataKind::Proportion || measure.dataKind == DataKind::Rate;
    if (paired && numerator && !denominator)
        return invalid(QStringLiteral("denominator"),
                       QStringLiteral("a numerator needs its denominator: expected the number it is counted out of"));
    if (measure.dataKind == DataKind::Proportion && numerator && denominator && *numerator > *denominator)
        return invalid(QStringLiteral("numerator"),
                       QStringLiteral("the numerator (%1) cannot be larger than the denominator (%2)")
                           .arg(*numerator)
                           .arg(*denominator));
    if (numerator && denominator && *denominator == 0 && *numerator > 0)
        return invalid(QStringLiteral("denominator"), QStringLiteral("a count over a denominator of 0"));
    if (value && !std::isfinite(*value))
        return invalid(QStringLiteral("value"), QStringLiteral("expected a number"));
    if (measure.dataKind == DataKind::Count && value && *value < 0)
        return invalid(QStringLiteral("value"), QStringLiteral("a count cannot be negative"));
    return {};
}

QUuid measureValueId(const QUuid& teamId, const QUuid& measureId, const QDate& period, const QUuid& stratumId)
{
    const QByteArray name = teamId.toRfc4122() + measureId.toRfc4122() + period.toString(Qt::ISODate).toLatin1()
                            + (stratumId.isNull() ? QByteArray("total") : stratumId.toRfc4122());
    return QUuid::createUuidV5(measureId, name);
}

QUuid chartSettingId(const QUuid& teamId, const QUuid& measureId)
{
    return QUuid::createUuidV5(measureId, teamId.toRfc4122() + QByteArrayLiteral("chart-setting"));
}

} // namespace pdsa
