// SPDX-License-Identifier: Apache-2.0
#include "undo/calendarcommands.h"

#include "repositories/equityqueries.h"
#include "services/calendar.h"
#include "undo/recordedit.h"
#include "workspacedocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>
#include <vector>

namespace pdsa::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::Command)
};

template <typename... Ts>
Status push(WorkspaceDocument& document, const QString& text, std::vector<RecordState<Ts>>... changes) {
    return pushApplied(document, std::make_unique<RecordEdit<Ts...>>(document, text, std::move(changes)...));
}

struct Calendar {
    Collaborative collaborative;
    std::vector<LearningSession> sessions;
    std::vector<ActionPeriod> periods;
};

Result<Calendar> calendarOf(Workspace& workspace) {
    Calendar calendar;
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    calendar.collaborative = *collaborative;
    auto sessions = workspace.collaborative.sessions.all();
    if (!sessions)
        return sessions.error();
    calendar.sessions = std::move(*sessions);
    auto periods = workspace.collaborative.actionPeriods.all();
    if (!periods)
        return periods.error();
    calendar.periods = std::move(*periods);
    return calendar;
}

template <typename T> T* findIn(std::vector<T>& items, const QUuid& id) {
    for (T& item : items)
        if (item.meta.id == id)
            return &item;
    return nullptr;
}

void apply(LearningSession& session, const SessionDetails& d) {
    session.name = d.name.trimmed();
    session.kind = d.kind;
    session.startDate = d.start;
    session.endDate = d.end.isValid() ? d.end : d.start; // a one-day session ends the day it starts
    session.location = d.location.trimmed();
}

void apply(ActionPeriod& period, const PeriodDetails& d) {
    period.name = d.name.trimmed();
    period.startDate = d.start;
    period.endDate = d.end;
}

Error gone(const QString& what) {
    return Error{ErrorCode::NotFound, Text::tr("That %1 is no longer in the calendar.").arg(what)};
}

} // namespace

namespace command {

Result<QUuid> addSession(WorkspaceDocument& document, const SessionDetails& details) {
    auto calendar = calendarOf(document.workspace());
    if (!calendar)
        return calendar.error();
    LearningSession session;
    session.meta.owner = Owner::organizer();
    session.collaborativeId = calendar->collaborative.meta.id;
    apply(session, details);
    session.position = int(calendar->sessions.size());
    calendar->sessions.push_back(session);
    PDSA_TRY(rules::checkCalendar(calendar->collaborative, calendar->sessions, calendar->periods));
    PDSA_TRY(push<LearningSession>(document, Text::tr("Add %1").arg(session.name), {{session.meta.id, std::nullopt, session}}));
    return session.meta.id;
}

Status editSession(WorkspaceDocument& document, const QUuid& sessionId, const SessionDetails& details) {
    auto calendar = calendarOf(document.workspace());
    if (!calendar)
        return calendar.error();
    LearningSession* session = findIn(calendar->sessions, sessionId);
    if (!session)
        return gone(Text::tr("learning session"));
    const LearningSession before = *session;
    apply(*session, details);
    if (*session == before)
        return {};
    PDSA_TRY(rules::checkCalendar(calendar->collaborative, calendar->sessions, calendar->periods));
    return push<LearningSession>(document, Text::tr("Edit %1").arg(session->name), {{sessionId, before, *session}});
}

Status removeSession(WorkspaceDocument& document, const QUuid& sessionId) {
    auto calendar = calendarOf(document.workspace());
    if (!calendar)
        return calendar.error();
    const LearningSession* session = findIn(calendar->sessions, sessionId);
    if (!session)
        return gone(Text::tr("learning session"));
    return push<LearningSession>(document, Text::tr("Remove %1").arg(session->name), {{sessionId, *session, std::nullopt}});
}

Result<QUuid> addActionPeriod(WorkspaceDocument& document, const PeriodDetails& details) {
    auto calendar = calendarOf(document.workspace());
    if (!calendar)
        return calendar.error();
    ActionPeriod period;
    period.meta.owner = Owner::organizer();
    period.collaborativeId = calendar->collaborative.meta.id;
    apply(period, details);
    period.position = int(calendar->periods.size());
    calendar->periods.push_back(period);
    PDSA_TRY(rules::checkCalendar(calendar->collaborative, calendar->sessions, calendar->periods));
    PDSA_TRY(push<ActionPeriod>(document, Text::tr("Add %1").arg(period.name), {{period.meta.id, std::nullopt, period}}));
    return period.meta.id;
}

Status editActionPeriod(WorkspaceDocument& document, const QUuid& periodId, const PeriodDetails& details) {
    auto calendar = calendarOf(document.workspace());
    if (!calendar)
        return calendar.error();
    ActionPeriod* period = findIn(calendar->periods, periodId);
    if (!period)
        return gone(Text::tr("action period"));
    const ActionPeriod before = *period;
    apply(*period, details);
    if (*period == before)
        return {};
    PDSA_TRY(rules::checkCalendar(calendar->collaborative, calendar->sessions, calendar->periods));
    return push<ActionPeriod>(document, Text::tr("Edit %1").arg(period->name), {{periodId, before, *period}});
}

Status removeActionPeriod(WorkspaceDocument& document, const QUuid& periodId) {
    auto calendar = calendarOf(document.workspace());
    if (!calendar)
        return calendar.error();
    const ActionPeriod* period = findIn(calendar->periods, periodId);
    if (!period)
        return gone(Text::tr("action period"));
    return push<ActionPeriod>(document, Text::tr("Remove %1").arg(period->name), {{periodId, *period, std::nullopt}});
}

Result<int> fillActionPeriods(WorkspaceDocument& document) {
    auto calendar = calendarOf(document.workspace());
    if (!calendar)
        return calendar.error();
    std::vector<ActionPeriod> made = rules::missingActionPeriods(calendar->collaborative, calendar->sessions, calendar->periods);
    if (made.empty())
        return 0;
    std::vector<RecordState<ActionPeriod>> states;
    for (ActionPeriod& p : made) {
        p.meta.owner = Owner::organizer();
        calendar->periods.push_back(p);
        states.push_back({p.meta.id, std::nullopt, p});
    }
    PDSA_TRY(rules::checkCalendar(calendar->collaborative, calendar->sessions, calendar->periods));
    PDSA_TRY(push<ActionPeriod>(document, Text::tr("Fill in the action periods"), std::move(states)));
    return int(made.size());
}

Status setCollaborativeDates(WorkspaceDocument& document, const QDate& start, const QDate& end) {
    auto calendar = calendarOf(document.workspace());
    if (!calendar)
        return calendar.error();
    const Collaborative before = calendar->collaborative;
    calendar->collaborative.startDate = start;
    calendar->collaborative.endDate = end;
    if (calendar->collaborative == before)
        return {};
    PDSA_TRY(rules::checkCalendar(calendar->collaborative, calendar->sessions, calendar->periods));
    return push<Collaborative>(document, Text::tr("Change the collaborative's dates"),
                               {{before.meta.id, before, calendar->collaborative}});
}

Status defineDimension(WorkspaceDocument& document, const QString& dimension, const QString& rawName,
                       const QStringList& rawCategories) {
    Workspace& workspace = document.workspace();
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return Error{ErrorCode::Invalid, Text::tr("The dimension needs a name (such as Race/ethnicity).")};
    QStringList categories;
    for (const QString& c : rawCategories)
        if (!c.trimmed().isEmpty())
            categories << c.trimmed();
    if (categories.isEmpty())
        return Error{ErrorCode::Invalid, Text::tr("%1 needs at least one category.").arg(name)};
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    auto strata = workspace.collaborative.strata.all();
    if (!strata)
        return strata.error();
    const QString folded = dimension.trimmed().toCaseFolded();
    std::vector<Stratum> mine, others;
    for (const Stratum& s : *strata)
        (!dimension.isEmpty() && s.dimension.toCaseFolded() == folded ? mine : others).push_back(s);
    for (const Stratum& s : others)
        if (s.dimension.toCaseFolded() == name.toCaseFolded())
            return Error{ErrorCode::Invalid, Text::tr("There is already a dimension called %1.").arg(s.dimension)};
    // The categories as they will be: kept ones by name (case aside), in the order given.
    std::vector<Stratum> after;
    std::vector<RecordState<Stratum>> states;
    std::vector<bool> kept(mine.size(), false);
    for (const QString& category : categories) {
        Stratum s;
        bool found = false;
        for (size_t i = 0; i < mine.size(); ++i)
            if (!kept[i] && mine[i].name.toCaseFolded() == category.toCaseFolded()) {
                s = mine[i];
                kept[i] = true;
                found = true;
                break;
            }
        if (!found) {
            s.meta.owner = Owner::organizer();
            s.collaborativeId = collaborative->meta.id;
        }
        s.dimension = name;
        s.name = category;
        after.push_back(s);
    }
    // Every stratum in order, the dimension where it stood (a new one last), numbered again from 0:
    // editing a dimension keeps its place among the others.
    std::vector<Stratum> ordered = *strata;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Stratum& a, const Stratum& b) { return a.position < b.position; });
    std::vector<Stratum> all;
    bool placed = false;
    for (const Stratum& s : ordered) {
        const bool isMine = std::any_of(mine.begin(), mine.end(), [&](const Stratum& m) { return m.meta.id == s.meta.id; });
        if (!isMine) {
            all.push_back(s);
        } else if (!placed) {
            all.insert(all.end(), after.begin(), after.end());
            placed = true;
        }
    }
    if (!placed)
        all.insert(all.end(), after.begin(), after.end());
    for (size_t i = 0; i < all.size(); ++i)
        all[i].position = int(i);
    PDSA_TRY(rules::checkStrata(all));
    repo::EquityQueries queries(workspace.database());
    for (size_t i = 0; i < mine.size(); ++i) {
        if (kept[i])
            continue;
        auto values = queries.valuesOfStratum(mine[i].meta.id);
        if (!values)
            return values.error();
        if (*values > 0)
            return Error{ErrorCode::Invalid, Text::tr("%1 of %2 holds data (%3 values): it stays while teams' values are entered for it.")
                                                 .arg(mine[i].name, mine[i].dimension)
                                                 .arg(*values)};
        states.push_back({mine[i].meta.id, mine[i], std::nullopt});
    }
    for (const Stratum& s : all) {
        std::optional<Stratum> before;
        for (const Stratum& old : *strata)
            if (old.meta.id == s.meta.id)
                before = old;
        if (!before || !(*before == s))
            states.push_back({s.meta.id, before, s});
    }
    if (states.empty())
        return {};
    return push<Stratum>(document, dimension.isEmpty() ? Text::tr("Add the dimension %1").arg(name)
                                                      : Text::tr("Edit the dimension %1").arg(name),
                         std::move(states));
}

Status removeDimension(WorkspaceDocument& document, const QString& dimension) {
    Workspace& workspace = document.workspace();
    auto strata = workspace.collaborative.strata.all();
    if (!strata)
        return strata.error();
    std::vector<RecordState<Stratum>> states;
    repo::EquityQueries queries(workspace.database());
    for (const Stratum& s : *strata) {
        if (s.dimension.toCaseFolded() != dimension.trimmed().toCaseFolded())
            continue;
        auto values = queries.valuesOfStratum(s.meta.id);
        if (!values)
            return values.error();
        if (*values > 0)
            return Error{ErrorCode::Invalid, Text::tr("%1 holds data (%2 has %3 values): it stays while teams' values are entered by it.")
                                                 .arg(s.dimension, s.name)
                                                 .arg(*values)};
        states.push_back({s.meta.id, s, std::nullopt});
    }
    if (states.empty())
        return Error{ErrorCode::NotFound, Text::tr("There is no dimension called %1.").arg(dimension)};
    return push<Stratum>(document, Text::tr("Remove the dimension %1").arg(dimension), std::move(states));
}

} // namespace command
} // namespace pdsa::ui
