// SPDX-License-Identifier: Apache-2.0
#include "repositories/changepackagerepository.h"

namespace pdsa::repo {

ChangePackageRepository::ChangePackageRepository(storage::Database& db)
    : drivers(db, "driver",
              {column("collaborative_id", &Driver::collaborativeId), column("parent_id", &Driver::parentId),
               column("kind", &Driver::kind), column("name", &Driver::name),
               column("description", &Driver::description), column("position", &Driver::position)},
              "kind, position, name")
    , ideas(db, "change_idea",
            {column("driver_id", &ChangeIdea::driverId), column("name", &ChangeIdea::name),
             column("description", &ChangeIdea::description), column("position", &ChangeIdea::position)},
            "position, name")
{
}

Result<std::vector<ChangeIdea>> ChangePackageRepository::ideasUnder(const QUuid& driverId)
{
    return ideas.where("driver_id = ?1", [&](storage::Query& q) { q.bind(1, driverId); });
}

} // namespace pdsa::repo
