// SPDX-License-Identifier: Apache-2.0
#include "services/calendar.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace pdsa::rules {

namespace {

class Calendars {
    Q_DECLARE_TR_FUNCTIONS(pdsa::rules::Calendar)
};

QString day(const QDate& date) { return date.toString(Qt::ISODate); }

QDate lastDay(const QDate& start, const QDate& end) { return end.isValid() ? end : start; }

QString span(const QDate& start, const QDate& end) {
    const QDate last = lastDay(start, end);
    return last == start ? day(start) : Calendars::tr("%1 to %2").arg(day(start), day(last));
}

bool overlap(const QDate& aStart, const QDate& aEnd, const QDate& bStart, const QDate& bEnd) {
    return aStart <= lastDay(bStart, bEnd) && bStart <= lastDay(aStart, aEnd);
}

// An item's dates: present, in order, inside the collaborative's.
Status checkDates(const Collaborative& c, const QString& what, const QDate& start, const QDate& end) {
    if (!start.isValid())
        return Error{ErrorCode::Invalid, Calendars::tr("%1 needs a start date.").arg(what)};
    if (end.isValid() && end < start)
        return Error{ErrorCode::Invalid,
                     Calendars::tr("%1 cannot end (%2) before it starts (%3).").arg(what, day(end), day(start))};
    const bool before = c.startDate.isValid() && start < c.startDate;
    const bool after = c.endDate.isValid() && lastDay(start, end) > c.endDate;
    if (before || after)
        return Error{ErrorCode::Invalid,
                     Calendars::tr("%1 (%2) falls outside the collaborative's dates (%3).")
                         .arg(what, span(start, end),
                              c.startDate.isValid() && c.endDate.isValid() ? span(c.startDate, c.endDate)
                              : c.startDate.isValid() ? Calendars::tr("from %1").arg(day(c.startDate))
                                                      : Calendars::tr("until %1").arg(day(c.endDate)))};
    return {};
}

} // namespace

Status checkCalendar(const Collaborative& c, const std::vector<LearningSession>& sessions,
                     const std::vector<ActionPeriod>& periods) {
    if (c.startDate.isValid() && c.endDate.isValid() && c.endDate < c.startDate)
        return Error{ErrorCode::Invalid, Calendars::tr("The collaborative cannot end (%1) before it starts (%2).")
                                             .arg(day(c.endDate), day(c.startDate))};
    for (const LearningSession& s : sessions) {
        if (s.name.trimmed().isEmpty())
            return Error{ErrorCode::Invalid, Calendars::tr("A learning session needs a name.")};
        PDSA_TRY(checkDates(c, s.name, s.startDate, s.endDate));
    }
    // Learning sessions and summits bring the teams together and frame the action periods; a webinar
    // may fall anywhere in the collaborative's dates, inside an action period too.
    const auto gathers = [](const LearningSession& s) { return s.kind != SessionKind::Webinar; };
    for (size_t i = 0; i < sessions.size(); ++i)
        for (size_t j = i + 1; j < sessions.size(); ++j)
            if (gathers(sessions[i]) && gathers(sessions[j]) && overlap(sessions[i].startDate, sessions[i].endDate, sessions[j].startDate, sessions[j].endDate))
                return Error{ErrorCode::Invalid, Calendars::tr("%1 (%2) and %3 (%4) overlap.")
                                                     .arg(sessions[i].name, span(sessions[i].startDate, sessions[i].endDate),
                                                          sessions[j].name, span(sessions[j].startDate, sessions[j].endDate))};
    for (const ActionPeriod& p : periods) {
        if (p.name.trimmed().isEmpty())
            return Error{ErrorCode::Invalid, Calendars::tr("An action period needs a name.")};
        PDSA_TRY(checkDates(c, p.name, p.startDate, p.endDate));
        if (!p.endDate.isValid())
            return Error{ErrorCode::Invalid, Calendars::tr("%1 needs an end date.").arg(p.name)};
        for (const LearningSession& s : sessions)
            if (gathers(s) && overlap(p.startDate, p.endDate, s.startDate, s.endDate))
                return Error{ErrorCode::Invalid,
                             Calendars::tr("%1 (%2) overlaps %3 (%4): action periods run between the learning sessions.")
                                 .arg(p.name, span(p.startDate, p.endDate), s.name, span(s.startDate, s.endDate))};
    }
    for (size_t i = 0; i < periods.size(); ++i)
        for (size_t j = i + 1; j < periods.size(); ++j)
            if (overlap(periods[i].startDate, periods[i].endDate, periods[j].startDate, periods[j].endDate))
                return Error{ErrorCode::Invalid, Calendars::tr("%1 (%2) and %3 (%4) overlap.")
                                                     .arg(periods[i].name, span(periods[i].startDate, periods[i].endDate),
                                                          periods[j].name, span(periods[j].startDate, periods[j].endDate))};
    return {};
}

Status checkStrata(const std::vector<Stratum>& strata) {
    QHash<QString, QString> dimensions; // folded → as written
    QHash<QString, QString> seen;       // folded dimension and name → the name as written
    for (const Stratum& s : strata) {
        const QString dimension = s.dimension.trimmed();
        const QString name = s.name.trimmed();
        if (dimension.isEmpty())
            return Error{ErrorCode::Invalid, Calendars::tr("A stratum needs a dimension (such as Race/ethnicity).")};
        if (name.isEmpty())
            return Error{ErrorCode::Invalid, Calendars::tr("Each category of %1 needs a name.").arg(dimension)};
        const QString folded = dimension.toCaseFolded();
        const auto written = dimensions.constFind(folded);
        if (written != dimensions.constEnd() && *written != dimension)
            return Error{ErrorCode::Invalid, Calendars::tr("The dimension \"%1\" is already written \"%2\": use one spelling.")
                                                 .arg(dimension, *written)};
        dimensions.insert(folded, dimension);
        const QString key = folded + QChar(0x1f) + name.toCaseFolded();
        if (seen.contains(key))
            return Error{ErrorCode::Invalid,
                         Calendars::tr("%1 already has a category \"%2\": each category of a dimension is named once.")
                             .arg(dimension, seen.value(key))};
        seen.insert(key, name);
    }
    return {};
}

std::vector<ActionPeriod> missingActionPeriods(const Collaborative& c, const std::vector<LearningSession>& input,
                                               const std::vector<ActionPeriod>& periods) {
    std::vector<LearningSession> sessions;
    for (const LearningSession& s : input)
        if (s.kind != SessionKind::Webinar) // webinars fall inside action periods
            sessions.push_back(s);
    std::sort(sessions.begin(), sessions.end(),
              [](const LearningSession& a, const LearningSession& b) { return a.startDate < b.startDate; });
    std::vector<ActionPeriod> made;
    const auto free = [&](const QDate& start, const QDate& end) {
        for (const ActionPeriod& p : periods)
            if (overlap(start, end, p.startDate, p.endDate))
                return false;
        return true;
    };
    for (size_t i = 0; i < sessions.size(); ++i) {
        if (!sessions[i].startDate.isValid())
            continue;
        const QDate start = lastDay(sessions[i].startDate, sessions[i].endDate).addDays(1);
        const QDate end = i + 1 < sessions.size() ? sessions[i + 1].startDate.addDays(-1) : c.endDate;
        if (!end.isValid() || end < start || !free(start, end))
            continue;
        ActionPeriod p;
        p.collaborativeId = c.meta.id;
        p.startDate = start;
        p.endDate = end;
        made.push_back(p);
    }
    // Names and positions in date order, counting the periods already there.
    for (ActionPeriod& p : made) {
        int before = 0;
        for (const ActionPeriod& q : periods)
            before += q.startDate < p.startDate;
        for (const ActionPeriod& q : made)
            before += q.startDate < p.startDate;
        p.name = Calendars::tr("Action period %1").arg(before + 1);
        p.position = before;
    }
    return made;
}

} // namespace pdsa::rules
