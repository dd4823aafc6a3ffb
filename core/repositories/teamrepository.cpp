// SPDX-License-Identifier: Apache-2.0
#include "repositories/teamrepository.h"

namespace pdsa::repo {

TeamRepository::TeamRepository(storage::Database& db)
    : teams(db, "team",
            {column("collaborative_id", &Team::collaborativeId), column("name", &Team::name),
             column("agency", &Team::agency), column("agency_kind", &Team::agencyKind), column("site", &Team::site),
             column("court_partner", &Team::courtPartner), freeText("description", &Team::description)},
            "name COLLATE NOCASE")
    , members(db, "team_member",
              {column("team_id", &TeamMember::teamId), column("name", &TeamMember::name),
               column("role", &TeamMember::role), column("organization", &TeamMember::organization),
               column("position", &TeamMember::position)},
              "position, name")
    , aims(db, "aim",
           {column("team_id", &Aim::teamId), column("statement", &Aim::statement), column("what", &Aim::what),
            column("how_much", &Aim::howMuch), column("by_when", &Aim::byWhen)},
           "by_when")
{
}

Result<Team> TeamRepository::lookup(const QString& nameOrId)
{
    const QUuid id(nameOrId.trimmed());
    auto found = id.isNull()
                     ? teams.where("name = ?1 COLLATE NOCASE", [&](storage::Query& q) { q.bind(1, nameOrId.trimmed()); })
                     : teams.where("id = ?1", [&](storage::Query& q) { q.bind(1, id); });
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound, QStringLiteral("no team named \"%1\" in this workspace").arg(nameOrId)};
    return found->front();
}

} // namespace pdsa::repo
