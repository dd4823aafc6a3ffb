// SPDX-License-Identifier: Apache-2.0
#include "format.h"

#include "cycles/cycletext.h"
#include "repositories/inventory.h"

#include <cmath>

namespace pdsa::ui {

QLocale Format::locale() {
    const QLocale system;
    if (system.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return system;
}

QString Format::number(double value, int decimals) {
    const double factor = std::pow(10.0, decimals);
    const double rounded = std::round(value * factor) / factor;
    QString text = locale().toString(rounded, 'f', decimals);
    if (decimals > 0) {
        const QString point = locale().decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
    }
    if (text == QStringLiteral("-0"))
        text = QStringLiteral("0");
    return text;
}

QString Format::measureValue(const Measure& measure, std::optional<double> value) {
    if (!value || !std::isfinite(*value))
        return dash();
    switch (measure.dataKind) {
    case DataKind::Proportion:
        //: A percentage, e.g. "57%"
        return tr("%1%").arg(number(*value, std::abs(*value) < 10 ? 1 : 0));
    case DataKind::Rate: {
        const QString unit = measure.unit.isEmpty()
                                 ? tr("per %1").arg(number(measure.ratePer.value_or(1.0), 0))
                                 : measure.unit;
        return tr("%1 %2").arg(number(*value, 1), unit);
    }
    case DataKind::Count:
        return measure.unit.isEmpty() ? number(*value, 0) : tr("%1 %2").arg(number(*value, 0), measure.unit);
    case DataKind::DaysBetween:
        return tr("%1 days").arg(number(*value, 1));
    case DataKind::Continuous:
        return measure.unit.isEmpty() ? number(*value, 2) : tr("%1 %2").arg(number(*value, 2), measure.unit);
    }
    return number(*value, 2);
}

QString Format::goal(const Measure& measure) {
    if (!measure.goal)
        return dash();
    const QString value = measureValue(measure, measure.goal);
    return measure.improvement == Improvement::Up ? tr("≥ %1").arg(value) : tr("≤ %1").arg(value);
}

QString Format::period(const QDate& period, Frequency frequency) {
    if (!period.isValid())
        return dash();
    if (frequency == Frequency::Weekly)
        return tr("Week of %1").arg(date(period));
    return month(period);
}

QString Format::month(const QDate& date) {
    return date.isValid() ? locale().toString(date, QStringLiteral("MMM yyyy")) : dash();
}

QString Format::date(const QDate& date) {
    return date.isValid() ? locale().toString(date, QStringLiteral("d MMM yyyy")) : dash();
}

QString Format::dateRange(const QDate& start, const QDate& end) {
    if (!start.isValid() && !end.isValid())
        return dash();
    if (!end.isValid() || start == end)
        return date(start);
    if (!start.isValid())
        return tr("until %1").arg(date(end));
    const QLocale l = locale();
    if (start.year() == end.year() && start.month() == end.month())
        return tr("%1–%2").arg(QString::number(start.day()), date(end));
    if (start.year() == end.year())
        return tr("%1 – %2").arg(l.toString(start, QStringLiteral("d MMM")), date(end));
    return tr("%1 – %2").arg(date(start), date(end));
}

QString Format::monthRange(const QDate& start, const QDate& end) {
    if (!start.isValid() && !end.isValid())
        return QString();
    if (!end.isValid())
        return tr("From %1").arg(month(start));
    if (!start.isValid())
        return tr("Until %1").arg(month(end));
    return tr("%1 – %2").arg(month(start), month(end));
}

QString Format::measureType(MeasureType type) {
    switch (type) {
    case MeasureType::Outcome:
        return tr("Outcome");
    case MeasureType::Process:
        return tr("Process");
    case MeasureType::Balancing:
        return tr("Balancing");
    }
    return QString();
}

QString Format::measureTypeLong(MeasureType type) {
    switch (type) {
    case MeasureType::Outcome:
        return tr("Outcome measure");
    case MeasureType::Process:
        return tr("Process measure");
    case MeasureType::Balancing:
        return tr("Balancing measure");
    }
    return QString();
}

QString Format::dataKind(const Measure& measure) {
    switch (measure.dataKind) {
    case DataKind::Proportion:
        return tr("Proportion (percentage of the denominator)");
    case DataKind::Rate:
        return measure.unit.isEmpty() ? tr("Rate per %1").arg(number(measure.ratePer.value_or(1.0), 0))
                                      : tr("Rate (%1)").arg(measure.unit);
    case DataKind::Count:
        return tr("Count");
    case DataKind::Continuous:
        return tr("Continuous value");
    case DataKind::DaysBetween:
        return tr("Days between events");
    }
    return QString();
}

QString Format::frequency(Frequency frequency) {
    return frequency == Frequency::Weekly ? tr("Weekly") : tr("Monthly");
}

QString Format::improvement(Improvement improvement) {
    return improvement == Improvement::Up ? tr("Higher is better") : tr("Lower is better");
}

QString Format::decision(Decision decision) {
    const QString text = cycles::decisionText(decision);
    return text.isEmpty() ? dash() : text;
}

QString Format::status(CycleStatus status) {
    return cycles::statusText(status);
}

QString Format::agencyKind(AgencyKind kind) {
    switch (kind) {
    case AgencyKind::County:
        return tr("County agency");
    case AgencyKind::State:
        return tr("State agency");
    case AgencyKind::Tribal:
        return tr("Tribal agency");
    case AgencyKind::Private:
        return tr("Private agency");
    }
    return QString();
}

QString Format::sessionKind(SessionKind kind) {
    switch (kind) {
    case SessionKind::LearningSession:
        return tr("Learning session");
    case SessionKind::Summit:
        return tr("Summit");
    case SessionKind::Webinar:
        return tr("Webinar");
    }
    return QString();
}

QString Format::singular(const QString& unit) {
    return cycles::singularUnit(unit, locale());
}

QString Format::scale(const std::optional<int>& count, const QString& unit) {
    const QString text = cycles::scaleText(count, unit, locale());
    return text.isEmpty() ? dash() : text;
}

QString Format::recordKind(const QString& table) {
    for (const repo::RecordKind& kind : repo::recordKinds())
        if (table == QLatin1String(kind.table)) {
            QString label = QString::fromLatin1(kind.label);
            label[0] = label[0].toUpper();
            return label;
        }
    return table;
}

QString Format::score(double score) {
    return locale().toString(score, 'f', 1);
}

QString Format::sessionShortName(const LearningSession& session, int ordinal) {
    switch (session.kind) {
    case SessionKind::LearningSession:
        //: Short label of a learning session on the calendar, e.g. "LS1"
        return tr("LS%1").arg(ordinal);
    case SessionKind::Summit:
        return tr("Summit");
    case SessionKind::Webinar:
        return tr("Webinar");
    }
    return session.name;
}

} // namespace pdsa::ui
