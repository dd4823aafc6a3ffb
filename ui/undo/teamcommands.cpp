// SPDX-License-Identifier: Apache-2.0
#include "undo/teamcommands.h"

#include "services/rules.h"
#include "undo/recordedit.h"
#include "workspacedocument.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>
#include <optional>
#include <vector>

namespace pdsa::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::Command)
};

template <typename T>
Status push(WorkspaceDocument& document, const QString& text, std::vector<RecordState<T>> changes) {
    return pushApplied(document, std::make_unique<RecordEdit<T>>(document, text, std::move(changes)));
}

TeamDetails trimmed(TeamDetails details) {
    for (QString* text :
         {&details.name, &details.agency, &details.site, &details.courtPartner, &details.description})
        *text = text->trimmed();
    return details;
}

MemberDetails trimmed(MemberDetails details) {
    for (QString* text : {&details.name, &details.role, &details.organization})
        *text = text->trimmed();
    return details;
}

AimDetails trimmed(AimDetails details) {
    for (QString* text : {&details.statement, &details.what, &details.howMuch})
        *text = text->trimmed();
    return details;
}

void apply(Team& team, const TeamDetails& details) {
    team.name = details.name;
    team.agency = details.agency;
    team.agencyKind = details.agencyKind;
    team.site = details.site;
    team.courtPartner = details.courtPartner;
    team.description = details.description;
}

Result<Team> liveTeam(Workspace& workspace, const QUuid& teamId) {
    auto found = workspace.teams.teams.find(teamId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, Text::tr("The team is no longer in this workspace.")};
    return **found;
}

Result<TeamMember> liveMember(Workspace& workspace, const QUuid& memberId) {
    auto found = workspace.teams.members.find(memberId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, Text::tr("The member is no longer on the team.")};
    return **found;
}

// The team's current aim: the latest by date, as the team page shows it.
Result<std::optional<Aim>> currentAim(Workspace& workspace, const QUuid& teamId) {
    auto aims = workspace.teams.aims.forTeam(teamId);
    if (!aims)
        return aims.error();
    if (aims->empty())
        return std::optional<Aim>();
    return std::optional<Aim>(aims->back());
}

} // namespace

namespace command {

Result<QUuid> newTeam(WorkspaceDocument& document, const TeamDetails& input) {
    Workspace& workspace = document.workspace();
    const TeamDetails details = trimmed(input);
    PDSA_TRY(rules::checkTeamName(workspace, details.name, {}));
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    Team team;
    team.collaborativeId = collaborative->meta.id;
    team.meta.owner = Owner::ofTeam(team.meta.id);
    apply(team, details);
    const QUuid id = team.meta.id;
    PDSA_TRY(
        push<Team>(document, Text::tr("New team %1").arg(team.name), {{id, std::nullopt, team}}));
    return id;
}

Status editTeam(WorkspaceDocument& document, const QUuid& teamId, const TeamDetails& input) {
    Workspace& workspace = document.workspace();
    auto before = liveTeam(workspace, teamId);
    if (!before)
        return before.error();
    const TeamDetails details = trimmed(input);
    PDSA_TRY(rules::checkTeamName(workspace, details.name, teamId));
    Team after = *before;
    apply(after, details);
    if (sameContent(after, *before))
        return {};
    return push<Team>(document, Text::tr("Edit team %1").arg(after.name),
                      {{teamId, *before, after}});
}

Result<TeamDetails> teamDetails(WorkspaceDocument& document, const QUuid& teamId) {
    auto team = liveTeam(document.workspace(), teamId);
    if (!team)
        return team.error();
    return TeamDetails{team->name, team->agency,       team->agencyKind,
                       team->site, team->courtPartner, team->description};
}

Result<QUuid> addMember(WorkspaceDocument& document, const QUuid& teamId, const MemberDetails& input) {
    Workspace& workspace = document.workspace();
    const MemberDetails details = trimmed(input);
    if (details.name.isEmpty())
        return Error{ErrorCode::Invalid, Text::tr("The member needs a name.")};
    auto team = liveTeam(workspace, teamId);
    if (!team)
        return team.error();
    auto members = workspace.teams.members.forTeam(teamId);
    if (!members)
        return members.error();
    TeamMember member;
    member.meta.owner = Owner::ofTeam(teamId);
    member.teamId = teamId;
    member.name = details.name;
    member.role = details.role;
    member.organization = details.organization;
    member.position = members->empty() ? 0 : members->back().position + 1;
    const QUuid id = member.meta.id;
    PDSA_TRY(push<TeamMember>(document, Text::tr("Add member %1").arg(member.name),
                              {{id, std::nullopt, member}}));
    return id;
}

Status editMember(WorkspaceDocument& document, const QUuid& memberId, const MemberDetails& input) {
    const MemberDetails details = trimmed(input);
    if (details.name.isEmpty())
        return Error{ErrorCode::Invalid, Text::tr("The member needs a name.")};
    auto before = liveMember(document.workspace(), memberId);
    if (!before)
        return before.error();
    TeamMember after = *before;
    after.name = details.name;
    after.role = details.role;
    after.organization = details.organization;
    if (sameContent(after, *before))
        return {};
    return push<TeamMember>(document, Text::tr("Edit member %1").arg(after.name),
                            {{memberId, *before, after}});
}

Status removeMember(WorkspaceDocument& document, const QUuid& memberId) {
    auto before = liveMember(document.workspace(), memberId);
    if (!before)
        return before.error();
    return push<TeamMember>(document, Text::tr("Remove member %1").arg(before->name),
                            {{memberId, *before, std::nullopt}});
}

Status moveMember(WorkspaceDocument& document, const QUuid& memberId, int delta) {
    Workspace& workspace = document.workspace();
    auto member = liveMember(workspace, memberId);
    if (!member)
        return member.error();
    auto members = workspace.teams.members.forTeam(member->teamId);
    if (!members)
        return members.error();
    std::vector<TeamMember> order = std::move(*members);
    const auto at =
        std::find_if(order.begin(), order.end(), [&](const TeamMember& m) { return m.meta.id == memberId; });
    if (at == order.end())
        return {};
    const int from = static_cast<int>(at - order.begin());
    const int to = std::clamp(from + delta, 0, static_cast<int>(order.size()) - 1);
    if (to == from)
        return {}; // already at that end of the list
    const TeamMember moving = *at;
    order.erase(at);
    order.insert(order.begin() + to, moving);
    std::vector<RecordState<TeamMember>> changes;
    for (int i = 0; i < static_cast<int>(order.size()); ++i) {
        if (order[i].position == i)
            continue;
        TeamMember after = order[i];
        after.position = i;
        changes.push_back({after.meta.id, order[i], after});
    }
    return push<TeamMember>(document,
                            delta < 0 ? Text::tr("Move %1 up").arg(moving.name)
                                      : Text::tr("Move %1 down").arg(moving.name),
                            std::move(changes));
}

Status setAim(WorkspaceDocument& document, const QUuid& teamId, const AimDetails& input) {
    Workspace& workspace = document.workspace();
    const AimDetails details = trimmed(input);
    if (details.statement.isEmpty())
        return Error{
            ErrorCode::Invalid,
            Text::tr("The aim needs a statement: what the team will accomplish, how much and by when.")};
    auto team = liveTeam(workspace, teamId);
    if (!team)
        return team.error();
    auto current = currentAim(workspace, teamId);
    if (!current)
        return current.error();
    const std::optional<Aim> before = *current;
    Aim after;
    if (before) {
        after = *before;
    } else {
        after.meta.owner = Owner::ofTeam(teamId);
        after.teamId = teamId;
    }
    after.statement = details.statement;
    after.what = details.what;
    after.howMuch = details.howMuch;
    after.byWhen = details.byWhen;
    if (before && sameContent(after, *before))
        return {};
    return push<Aim>(document,
                     before ? Text::tr("Edit aim of %1").arg(team->name)
                            : Text::tr("Set aim of %1").arg(team->name),
                     {{after.meta.id, before, after}});
}

Result<AimDetails> aimDetails(WorkspaceDocument& document, const QUuid& teamId) {
    auto current = currentAim(document.workspace(), teamId);
    if (!current)
        return current.error();
    if (!*current)
        return AimDetails{};
    const Aim& aim = **current;
    return AimDetails{aim.statement, aim.what, aim.howMuch, aim.byWhen};
}

} // namespace command
} // namespace pdsa::ui
