// SPDX-License-Identifier: Apache-2.0
#include "cycles/cycletext.h"

#include <QCoreApplication>

namespace pdsa::cycles {

QString singularUnit(const QString& unit, const QLocale& locale) {
    if (locale.language() != QLocale::English)
        return unit;
    if (unit == QLatin1String("children"))
        return QStringLiteral("child");
    if (unit == QLatin1String("people"))
        return QStringLiteral("person");
    if (unit.endsWith(QLatin1String("ies")) && unit.size() > 3)
        return unit.chopped(3) + QLatin1Char('y');
    if (unit.endsWith(QLatin1String("sses")) || unit.endsWith(QLatin1String("ches")) ||
        unit.endsWith(QLatin1String("shes")))
        return unit.chopped(2);
    if (unit.endsWith(QLatin1Char('s')) && !unit.endsWith(QLatin1String("ss")))
        return unit.chopped(1);
    return unit;
}

QString scaleText(const std::optional<int>& count, const QString& unit, const QLocale& locale) {
    if (!count)
        return unit;
    if (unit.isEmpty())
        return locale.toString(*count);
    return QStringLiteral("%1 %2").arg(locale.toString(*count),
                                       *count == 1 ? singularUnit(unit, locale) : unit);
}

QString statusText(CycleStatus status) {
    switch (status) {
    case CycleStatus::Planned:
        return QCoreApplication::translate("pdsa::cycles", "Planned");
    case CycleStatus::Running:
        return QCoreApplication::translate("pdsa::cycles", "Running");
    case CycleStatus::Studying:
        return QCoreApplication::translate("pdsa::cycles", "Studying");
    case CycleStatus::Done:
        return QCoreApplication::translate("pdsa::cycles", "Done");
    }
    return {};
}

QString decisionText(Decision decision) {
    switch (decision) {
    case Decision::None:
        return {};
    case Decision::Adopt:
        return QCoreApplication::translate("pdsa::cycles", "Adopt");
    case Decision::Adapt:
        return QCoreApplication::translate("pdsa::cycles", "Adapt");
    case Decision::Abandon:
        return QCoreApplication::translate("pdsa::cycles", "Abandon");
    }
    return {};
}

} // namespace pdsa::cycles
