// SPDX-License-Identifier: Apache-2.0
#include "equity/disparitycsv.h"

#include "util/csvcell.h"

#include <QLocale>

namespace pdsa::equity {

namespace {

QString number(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

QString flag(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }

} // namespace

QStringList disparityCsvColumns()
{
    return {QStringLiteral("stratum_id"),     QStringLiteral("stratum"),        QStringLiteral("period"),
            QStringLiteral("numerator"),      QStringLiteral("denominator"),    QStringLiteral("rate"),
            QStringLiteral("rate_lcl"),       QStringLiteral("rate_ucl"),       QStringLiteral("ref_numerator"),
            QStringLiteral("ref_denominator"), QStringLiteral("ref_rate"),      QStringLiteral("difference"),
            QStringLiteral("difference_lcl"), QStringLiteral("difference_ucl"), QStringLiteral("ratio"),
            QStringLiteral("ratio_lcl"),      QStringLiteral("ratio_ucl"),      QStringLiteral("small"),
            QStringLiteral("suppressed")};
}

QString disparityCsv(const Disparity& disparity)
{
    QString text = disparityCsvColumns().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const DisparityGroup& group : disparity.groups)
        for (const DisparityPeriod& p : group.periods) {
            const QStringList cells = {group.stratum.meta.id.toString(QUuid::WithoutBraces),
                                       csvCell(group.stratum.name),
                                       p.label,
                                       number(p.numerator),
                                       number(p.denominator),
                                       number(p.rate),
                                       number(p.rateLcl),
                                       number(p.rateUcl),
                                       number(p.refNumerator),
                                       number(p.refDenominator),
                                       number(p.refRate),
                                       number(p.difference),
                                       number(p.differenceLcl),
                                       number(p.differenceUcl),
                                       number(p.ratio),
                                       number(p.ratioLcl),
                                       number(p.ratioUcl),
                                       flag(p.small),
                                       flag(p.suppressed)};
            text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    return text;
}

} // namespace pdsa::equity
