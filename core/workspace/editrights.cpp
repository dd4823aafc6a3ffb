// SPDX-License-Identifier: Apache-2.0
#include "workspace/editrights.h"

#include "repositories/workspaceownerrepository.h"

namespace pdsa {

namespace {

std::pair<int, QUuid> keyOf(const Owner& owner) {
    return {static_cast<int>(owner.role), owner.role == OwnerRole::Team ? owner.team : QUuid()};
}

Error refused(const QString& why) {
    return Error{ErrorCode::NotYours, why + QStringLiteral(" Nothing was changed.")};
}

constexpr int kFirstFormatWithOwner = 5;

} // namespace

Result<EditRights> EditRights::load(storage::Database& db, int format) {
    EditRights rights;
    if (format >= kFirstFormatWithOwner) {
        auto owner = repo::WorkspaceOwnerRepository(db).load();
        if (!owner)
            return owner.error();
        rights.m_owner = *owner;
    }
    auto names = repo::WorkspaceOwnerRepository(db).teamNames();
    if (!names)
        return names.error();
    rights.m_teamNames = std::move(*names);
    if (rights.m_owner && rights.m_owner->role == OwnerRole::Team) {
        rights.m_ownTeam = rights.m_owner->teamId;
        for (const auto& [id, name] : rights.m_teamNames)
            if (rights.m_ownTeam.isNull() && name.compare(rights.m_owner->name, Qt::CaseInsensitive) == 0)
                rights.m_ownTeam = id;
    }
    auto arrived = repo::ImportLog(db).arrivedOwners();
    if (!arrived)
        return arrived.error();
    for (const repo::ImportLogEntry& entry : *arrived)
        rights.m_arrivals.emplace(keyOf(entry.owner), entry);
    return rights;
}

std::optional<repo::ImportLogEntry> EditRights::arrivedFrom(const Owner& owner) const {
    const auto found = m_arrivals.find(keyOf(owner));
    if (found == m_arrivals.end())
        return std::nullopt;
    return found->second;
}

bool EditRights::isTheirs(const QUuid& teamId) const {
    return !teamId.isNull() && teamId != m_ownTeam && m_arrivals.count(keyOf(Owner::ofTeam(teamId))) > 0;
}

QString EditRights::readOnlyReason(const QUuid& teamId) const {
    if (teamId.isNull())
        return {};
    const Status status = mayWrite(Owner::ofTeam(teamId));
    return status ? QString() : status.error().message;
}

QString EditRights::teamName(const QUuid& teamId) const {
    if (const auto entry = arrivedFrom(Owner::ofTeam(teamId)))
        return entry->ownerName;
    const auto found = m_teamNames.find(teamId);
    return found != m_teamNames.end() ? found->second : QStringLiteral("another team");
}

QString EditRights::ownerText(const Owner& owner) const {
    switch (owner.role) {
    case OwnerRole::Organizer:
        return QStringLiteral("the organizer");
    case OwnerRole::Coach:
        return owner.coach.isEmpty() ? QStringLiteral("a faculty coach not named (before coaches were named)")
                                     : QStringLiteral("coach %1").arg(owner.coach);
    case OwnerRole::Team:
        return teamName(owner.team);
    }
    return {};
}

Status EditRights::mayWrite(const Owner& recordOwner, QStringView table) const {
    const bool arrived = recordOwner.role == OwnerRole::Team && m_arrivals.count(keyOf(recordOwner)) > 0;
    // Called for every row written: the messages are made only for a refusal.
    const auto theirBundle = [&] {
        return QStringLiteral("%1's work came from their bundle: it is read-only here, and changes come with "
                              "their next bundle.")
            .arg(ownerText(recordOwner));
    };
    if (!m_owner) // a workspace from before owners were recorded: the rule it had
        return arrived ? refused(theirBundle()) : Status{};

    const WorkspaceOwner& me = *m_owner;
    const auto mine = [&] { return QStringLiteral("This is %1's workspace:").arg(me.describe()); };
    switch (me.role) {
    case OwnerRole::Organizer:
        if (recordOwner.role == OwnerRole::Organizer)
            return {};
        if (recordOwner.role == OwnerRole::Coach)
            return refused(QStringLiteral("%1 the comments and scores of %2 are written in the coach's "
                                          "workspace and arrive with their feedback bundle.")
                               .arg(mine(), ownerText(recordOwner)));
        return arrived ? refused(theirBundle()) : Status{};
    case OwnerRole::Team:
        if (recordOwner.role == OwnerRole::Team) {
            if (!m_ownTeam.isNull() && recordOwner.team == m_ownTeam)
                return {};
            if (m_ownTeam.isNull() && table == QLatin1String("team")) {
                m_needsReload = true; // the team creates its own record
                m_ownTeam = recordOwner.team;
                return {};
            }
            return refused(QStringLiteral("%1 %2's work is changed only in %2's own workspace, and arrives "
                                          "here with their bundle.")
                               .arg(mine(), ownerText(recordOwner)));
        }
        if (recordOwner.role == OwnerRole::Organizer)
            return refused(QStringLiteral("%1 the collaborative's shared records (calendar, change package, "
                                          "shared measures, strata) belong to the organizer and change "
                                          "with the organizer's next template.")
                               .arg(mine()));
        return refused(QStringLiteral("%1 the comments and faculty scores of %2 arrive with the coach's "
                                      "feedback bundle.")
                           .arg(mine(), ownerText(recordOwner)));
    case OwnerRole::Coach:
        if (recordOwner.role == OwnerRole::Coach) {
            if (recordOwner.coach.compare(me.name, Qt::CaseInsensitive) == 0)
                return {};
            return refused(QStringLiteral("%1 the comments and scores of %2 change only in that coach's "
                                          "own workspace.")
                               .arg(mine(), ownerText(recordOwner)));
        }
        return refused(QStringLiteral("%1 a coach comments on and scores %2's work but does not change it; "
                                      "%2's records change with their own bundle.")
                           .arg(mine(), ownerText(recordOwner)));
    }
    return {};
}

} // namespace pdsa
