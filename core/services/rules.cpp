// SPDX-License-Identifier: Apache-2.0
#include "services/rules.h"

#include "workspace/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <string_view>

namespace pdsa::rules {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("pdsa::rules", text);
}

} // namespace

Status checkMeasureDefinition(Measure& measure) {
    measure.name = measure.name.trimmed();
    if (measure.name.isEmpty())
        return Error{ErrorCode::Invalid, tr("The measure needs a name.")};
    if (measure.dataKind == DataKind::Rate && (!measure.ratePer || *measure.ratePer <= 0))
        return Error{ErrorCode::Invalid, tr("A rate needs a positive \"per\" (for example 1,000 days in care).")};
    if (measure.dataKind != DataKind::Rate)
        measure.ratePer.reset();
    if (measure.baselineStart.isValid() != measure.baselineEnd.isValid() ||
        (measure.baselineStart.isValid() && measure.baselineEnd < measure.baselineStart))
        return Error{ErrorCode::Invalid, tr("The baseline needs a first month no later than its last month.")};
    return {};
}

Status checkTeamName(Workspace& workspace, const QString& name, const QUuid& teamId) {
    if (name.isEmpty())
        return Error{ErrorCode::Invalid, tr("The team needs a name.")};
    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    for (const Team& other : *teams)
        if (other.meta.id != teamId && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return Error{ErrorCode::Invalid,
                         tr("Another team is already called \"%1\": give this team a name of its own.").arg(other.name)};
    return {};
}

Status checkDriverParent(DriverKind kind, const Driver* parent) {
    if (kind == DriverKind::Secondary && (!parent || parent->kind != DriverKind::Primary))
        return Error{ErrorCode::Invalid, tr("A secondary driver goes under a primary driver.")};
    return {};
}

Status checkIdeaParent(const Driver* parent) {
    if (!parent || parent->kind != DriverKind::Secondary)
        return Error{ErrorCode::Invalid, tr("A change idea goes under a secondary driver.")};
    return {};
}

Result<std::map<QUuid, int>> testedIdeas(Workspace& workspace) {
    auto cycles = workspace.cycles.cycles.all();
    if (!cycles)
        return cycles.error();
    std::map<QUuid, int> tested;
    for (const PdsaCycle& cycle : *cycles)
        for (const QUuid& ideaId : cycle.changeIdeaIds)
            ++tested[ideaId];
    return tested;
}

Status checkIdeasDeletable(const std::vector<std::pair<QUuid, QString>>& ideas, const std::map<QUuid, int>& tested,
                           const QUuid& itemId, const QString& itemName) {
    for (const auto& [ideaId, ideaName] : ideas) {
        const auto count = tested.find(ideaId);
        if (count == tested.end())
            continue;
        const QString cycles = count->second == 1 ? tr("1 PDSA cycle") : tr("%1 PDSA cycles").arg(count->second);
        if (ideaId == itemId)
            return Error{ErrorCode::Invalid,
                         tr("“%1” cannot be deleted: %2 tested it. Move it under another driver instead.")
                             .arg(ideaName, cycles)};
        return Error{ErrorCode::Invalid,
                     tr("“%1” cannot be deleted: the change idea “%2” under it was tested in %3. Move the ideas "
                        "that were tested under another driver first.")
                         .arg(itemName, ideaName, cycles)};
    }
    return {};
}

namespace {

// The kinds of record each owner keeps (docs/bundle-format.md, "Who owns what").
bool keeps(OwnerRole role, const QString& table) {
    static const std::array<std::string_view, 7> organizer{
        "collaborative", "learning_session", "action_period", "stratum", "driver", "change_idea", "measure"};
    // A team's assessment score is its self-score; its replies answer a coach's comments.
    static const std::array<std::string_view, 13> team{
        "team",          "team_member", "aim",              "change_idea", "measure",
        "measure_value", "chart_setting", "pdsa_cycle",     "chart_annotation", "team_report",
        "comment_reply", "assessment_score", "spread_record"};
    static const std::array<std::string_view, 2> coach{"coach_comment", "assessment_score"};
    const QByteArray name = table.toLatin1();
    const std::string_view wanted(name.constData(), size_t(name.size()));
    const auto in = [&](const auto& tables) {
        return std::find(tables.begin(), tables.end(), wanted) != tables.end();
    };
    switch (role) {
    case OwnerRole::Organizer:
        return in(organizer);
    case OwnerRole::Team:
        return in(team);
    case OwnerRole::Coach:
        return in(coach);
    }
    return false;
}

QString keeperOf(OwnerRole role) {
    switch (role) {
    case OwnerRole::Organizer:
        return tr("the organizer's template holds only the collaborative's shared records (its calendar, "
                  "strata, change package and shared measures)");
    case OwnerRole::Team:
        return tr("a team's bundle holds only that team's own work (its self-scores and replies included)");
    case OwnerRole::Coach:
        return tr("a coach's feedback holds only comments and scores");
    }
    return {};
}

// The id a field holds: null for JSON null or a missing field.
QUuid idIn(const QJsonObject& fields, const QString& name) {
    return QUuid::fromString(fields.value(name).toString());
}

} // namespace

Status checkRecordBelongs(const QString& table, const Owner& owner, const QJsonObject& fields,
                          const QUuid& collaborativeId) {
    const auto refuse = [](const QString& why) { return Error{ErrorCode::Invalid, why}; };
    if (!keeps(owner.role, table))
        return refuse(tr("%1; a %2 record does not belong in it").arg(keeperOf(owner.role), table));

    const QString collaborativeField = table == QLatin1String("collaborative") ? QStringLiteral("id")
                                                                                : QStringLiteral("collaborative_id");
    if (fields.contains(collaborativeField) && !collaborativeId.isNull() &&
        idIn(fields, collaborativeField) != collaborativeId)
        return refuse(tr("it names the collaborative %1, not this workspace's (%2): a bundle never brings "
                         "another collaborative")
                          .arg(idIn(fields, collaborativeField).toString(QUuid::WithoutBraces),
                               collaborativeId.toString(QUuid::WithoutBraces)));
    if (table == QLatin1String("collaborative") && fields.value(QStringLiteral("deleted")).toBool())
        return refuse(tr("a bundle cannot delete the collaborative"));

    if (owner.role == OwnerRole::Team) {
        const QString teamText = owner.team.toString(QUuid::WithoutBraces);
        if (table == QLatin1String("team") && idIn(fields, QStringLiteral("id")) != owner.team)
            return refuse(tr("a team's bundle holds its own team record (%1) and no other team").arg(teamText));
        if (fields.contains(QStringLiteral("team_id")) && idIn(fields, QStringLiteral("team_id")) != owner.team) {
            const QUuid named = idIn(fields, QStringLiteral("team_id"));
            return refuse(named.isNull()
                              ? tr("it names no team, as if it were the organizer's, but it is the team's "
                                   "(%1) own")
                                    .arg(teamText)
                              : tr("it names the team %1, but the bundle is the team %2's: a team speaks "
                                   "only for itself")
                                    .arg(named.toString(QUuid::WithoutBraces), teamText));
        }
    }
    if (owner.role == OwnerRole::Organizer && table == QLatin1String("measure") &&
        !idIn(fields, QStringLiteral("team_id")).isNull())
        return refuse(tr("a shared measure of the organizer names no team"));
    return {};
}


Status checkSpreadRecord(Workspace& workspace, SpreadRecord& record) {
    record.practice = record.practice.trimmed();
    record.toSite = record.toSite.trimmed();
    record.note = record.note.trimmed();
    if (record.practice.isEmpty())
        return Error{ErrorCode::Invalid, tr("Name the practice that spread.")};
    if (record.toSite.isEmpty())
        return Error{ErrorCode::Invalid, tr("Name the site or unit %1 spread to.").arg(record.practice)};
    if (!record.spreadOn.isValid() && record.status != SpreadStatus::Planned)
        return Error{ErrorCode::Invalid, tr("%1 is %2 at %3: give the date it started there (only a planned "
                                                   "spread may have no date yet).")
                                             .arg(record.practice, toText(record.status).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                                  record.toSite)};
    auto team = workspace.teams.teams.find(record.teamId);
    if (!team)
        return team.error();
    if (!*team)
        return Error{ErrorCode::NotFound, tr("The team %1 spreads from is not in this workspace.").arg(record.practice)};
    if (!record.changeIdeaId.isNull()) {
        auto idea = workspace.changePackage.ideas.find(record.changeIdeaId);
        if (!idea)
            return idea.error();
        if (!*idea)
            return Error{ErrorCode::NotFound, tr("The change idea %1 grew from is not in the change package.")
                                                  .arg(record.practice)};
    }
    return {};
}

} // namespace pdsa::rules
