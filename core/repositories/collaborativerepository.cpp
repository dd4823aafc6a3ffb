// SPDX-License-Identifier: Apache-2.0
#include "repositories/collaborativerepository.h"

namespace pdsa::repo {

CollaborativeRepository::CollaborativeRepository(storage::Database& db)
    : collaboratives(db, "collaborative",
                     {column("name", &Collaborative::name), column("topic", &Collaborative::topic),
                      column("aim", &Collaborative::aim), column("description", &Collaborative::description),
                      column("start_date", &Collaborative::startDate), column("end_date", &Collaborative::endDate),
                      laterColumn("report_due_day", &Collaborative::reportDueDay, int(Collaborative::kDefaultReportDueDay)),
                      laterColumn("min_cell_size", &Collaborative::minCellSize, int(Collaborative::kDefaultMinCellSize))},
                     "start_date, name")
    , sessions(db, "learning_session",
               {column("collaborative_id", &LearningSession::collaborativeId), column("name", &LearningSession::name),
                column("kind", &LearningSession::kind), column("start_date", &LearningSession::startDate),
                column("end_date", &LearningSession::endDate), column("location", &LearningSession::location),
                column("position", &LearningSession::position)},
               "start_date, position")
    , actionPeriods(db, "action_period",
                    {column("collaborative_id", &ActionPeriod::collaborativeId), column("name", &ActionPeriod::name),
                     column("start_date", &ActionPeriod::startDate), column("end_date", &ActionPeriod::endDate),
                     column("position", &ActionPeriod::position)},
                    "start_date, position")
    , strata(db, "stratum",
             {column("collaborative_id", &Stratum::collaborativeId), column("dimension", &Stratum::dimension),
              column("name", &Stratum::name), column("position", &Stratum::position)},
             "dimension, position, name")
{
}

Result<Collaborative> CollaborativeRepository::current()
{
    auto all = collaboratives.all();
    if (!all)
        return all.error();
    if (all->empty())
        return Error{ErrorCode::NotFound, QStringLiteral("the workspace holds no collaborative")};
    return all->front();
}

} // namespace pdsa::repo
