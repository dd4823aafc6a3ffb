#include "domain/measure.h"

#include "domain/chartsetting.h"

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

Status MeasureValue::validate(const Measure& measure) const
{
    const QString where = period.toString(QStringLiteral("MMM yyyy"));
    auto invalid = [&](const QString& field, const QString& expected) {
        return Error{ErrorCode::Invalid,
                     QStringLiteral("%1, %2 (%3): %4").arg(measure.name, where, field, expected)};
    };
    if (!period.isValid())
        return invalid(QStringLiteral("period"), QStringLiteral("a valid month is required"));
    for (const auto& [field, number] : {std::pair{QStringLiteral("numerator"), numerator},
                                        std::pair{QStringLiteral("denominator"), denominator}}) {
        if (number && (*number < 0 || !std::isfinite(*number)))
            return invalid(field, QStringLiteral("expected a number of 0 or more"));
    }
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
