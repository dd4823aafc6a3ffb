#include "repositories/pdsarepository.h"

namespace pdsa::repo {

PdsaRepository::PdsaRepository(storage::Database& db)
    : cycles(db, "pdsa_cycle",
             {column("team_id", &PdsaCycle::teamId), column("parent_cycle_id", &PdsaCycle::parentCycleId),
              column("title", &PdsaCycle::title), column("objective", &PdsaCycle::objective),
              column("plan_who", &PdsaCycle::planWho), column("plan_what", &PdsaCycle::planWhat),
              column("plan_where", &PdsaCycle::planWhere), column("plan_when", &PdsaCycle::planWhen),
              column("data_collection_plan", &PdsaCycle::dataCollectionPlan),
              column("what_happened", &PdsaCycle::whatHappened), column("observations", &PdsaCycle::observations),
              column("problems", &PdsaCycle::problems), column("results", &PdsaCycle::results),
              column("learned", &PdsaCycle::learned), column("decision", &PdsaCycle::decision),
              column("next_step", &PdsaCycle::nextStep), column("scale_count", &PdsaCycle::scaleCount),
              column("scale_unit", &PdsaCycle::scaleUnit), column("start_date", &PdsaCycle::startDate),
              column("end_date", &PdsaCycle::endDate), column("status", &PdsaCycle::status)},
             "start_date, title")
    , m_db(db)
{
    cycles.setParts([this](PdsaCycle& c) { return loadParts(c); },
                    [this](const PdsaCycle& c) { return storeParts(c); });
}

Result<std::vector<PdsaCycle>> PdsaRepository::children(const QUuid& cycleId)
{
    return cycles.where("parent_cycle_id = ?1", [&](storage::Query& q) { q.bind(1, cycleId); });
}

Status PdsaRepository::loadParts(PdsaCycle& cycle)
{
    cycle.questions.clear();
    cycle.changeIdeaIds.clear();
    cycle.measureIds.clear();
    {
        auto q = m_db.query("SELECT question, prediction FROM pdsa_question WHERE cycle_id = ?1 ORDER BY position");
        if (!q)
            return q.error();
        q->bind(1, cycle.meta.id);
        PDSA_TRY(q->each([&](const storage::Query& r) { cycle.questions.append({r.text(0), r.text(1)}); }));
    }
    const auto loadLinks = [&](const char* sql, QList<QUuid>& into) -> Status {
        auto q = m_db.query(sql);
        if (!q)
            return q.error();
        q->bind(1, cycle.meta.id);
        return q->each([&](const storage::Query& r) { into.append(r.uuid(0)); });
    };
    PDSA_TRY(loadLinks("SELECT change_idea_id FROM pdsa_change_idea WHERE cycle_id = ?1 ORDER BY position",
                       cycle.changeIdeaIds));
    PDSA_TRY(loadLinks("SELECT measure_id FROM pdsa_measure WHERE cycle_id = ?1 ORDER BY position", cycle.measureIds));
    return {};
}

Status PdsaRepository::storeParts(const PdsaCycle& cycle)
{
    for (const char* sql : {"DELETE FROM pdsa_question WHERE cycle_id = ?1",
                            "DELETE FROM pdsa_change_idea WHERE cycle_id = ?1",
                            "DELETE FROM pdsa_measure WHERE cycle_id = ?1"}) {
        auto q = m_db.query(sql);
        if (!q)
            return q.error();
        q->bind(1, cycle.meta.id);
        PDSA_TRY(q->run());
    }
    for (int i = 0; i < cycle.questions.size(); ++i) {
        auto q = m_db.query("INSERT INTO pdsa_question (cycle_id, position, question, prediction) VALUES (?1, ?2, ?3, ?4)");
        if (!q)
            return q.error();
        q->bind(1, cycle.meta.id).bind(2, i).bind(3, cycle.questions[i].question).bind(4, cycle.questions[i].prediction);
        PDSA_TRY(q->run());
    }
    const auto storeLinks = [&](const char* sql, const QList<QUuid>& ids) -> Status {
        for (int i = 0; i < ids.size(); ++i) {
            auto q = m_db.query(sql);
            if (!q)
                return q.error();
            q->bind(1, cycle.meta.id).bind(2, ids[i]).bind(3, i);
            PDSA_TRY(q->run());
        }
        return {};
    };
    PDSA_TRY(storeLinks("INSERT OR IGNORE INTO pdsa_change_idea (cycle_id, change_idea_id, position) VALUES (?1, ?2, ?3)",
                        cycle.changeIdeaIds));
    PDSA_TRY(storeLinks("INSERT OR IGNORE INTO pdsa_measure (cycle_id, measure_id, position) VALUES (?1, ?2, ?3)", cycle.measureIds));
    return {};
}

} // namespace pdsa::repo
