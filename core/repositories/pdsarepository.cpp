// SPDX-License-Identifier: Apache-2.0
#include "repositories/pdsarepository.h"

#include <QJsonArray>

namespace pdsa::repo {

PdsaRepository::PdsaRepository(storage::Database& db)
    : cycles(db, "pdsa_cycle",
             {column("team_id", &PdsaCycle::teamId),
              column("parent_cycle_id", &PdsaCycle::parentCycleId),
              column("title", &PdsaCycle::title),
              freeText("objective", &PdsaCycle::objective),
              freeText("plan_who", &PdsaCycle::planWho),
              freeText("plan_what", &PdsaCycle::planWhat),
              freeText("plan_where", &PdsaCycle::planWhere),
              freeText("plan_when", &PdsaCycle::planWhen),
              freeText("data_collection_plan", &PdsaCycle::dataCollectionPlan),
              freeText("what_happened", &PdsaCycle::whatHappened),
              freeText("observations", &PdsaCycle::observations),
              freeText("problems", &PdsaCycle::problems),
              freeText("results", &PdsaCycle::results),
              freeText("learned", &PdsaCycle::learned),
              column("decision", &PdsaCycle::decision),
              freeText("next_step", &PdsaCycle::nextStep),
              column("scale_count", &PdsaCycle::scaleCount),
              column("scale_unit", &PdsaCycle::scaleUnit),
              column("start_date", &PdsaCycle::startDate),
              column("end_date", &PdsaCycle::endDate),
              column("status", &PdsaCycle::status)},
             "start_date, title")
    , m_db(db) {
    cycles.setParts([this](PdsaCycle& c) { return loadParts(c); },
                    [this](const PdsaCycle& c) { return storeParts(c); });
    // In a bundle the parts travel inside the cycle: questions with predictions (free text), and
    // the ids of the change ideas and measures it links.
    cycles.setJsonParts(
        {{QStringLiteral("questions"), QStringLiteral("change_idea_ids"), QStringLiteral("measure_ids")},
         {QStringLiteral("questions")},
         [](const PdsaCycle& c, QJsonObject& json) {
             QJsonArray questions;
             for (const PdsaQuestion& q : c.questions)
                 questions.append(QJsonObject{{QStringLiteral("question"), q.question},
                                              {QStringLiteral("prediction"), q.prediction}});
             json.insert(QStringLiteral("questions"), questions);
             json.insert(QStringLiteral("change_idea_ids"), toJsonValue(c.changeIdeaIds));
             json.insert(QStringLiteral("measure_ids"), toJsonValue(c.measureIds));
         },
         [](const QJsonObject& json, PdsaCycle& c) -> std::optional<std::pair<QString, QString>> {
             const QString key = QStringLiteral("questions");
             if (json.contains(key)) {
                 const QJsonValue questions = json.value(key);
                 const QString expected = QStringLiteral("a list of {\"question\", \"prediction\"} texts");
                 if (!questions.isArray() || questions.toArray().size() > kMaxListLength)
                     return std::pair(key, expected);
                 for (const QJsonValue& item : questions.toArray()) {
                     const QJsonObject q = item.toObject();
                     PdsaQuestion question;
                     if (!item.isObject() || q.size() != 2 ||
                         fromJsonValue(q.value(QStringLiteral("question")), question.question) ||
                         fromJsonValue(q.value(QStringLiteral("prediction")), question.prediction))
                         return std::pair(key, expected);
                     c.questions.append(question);
                 }
             }
             for (const auto& [name, ids] : {std::pair(QStringLiteral("change_idea_ids"), &c.changeIdeaIds),
                                             std::pair(QStringLiteral("measure_ids"), &c.measureIds)})
                 if (auto why = fromJsonValue(json.value(name), *ids))
                     return std::pair(name, *why);
             return std::nullopt;
         }});
}

Result<std::vector<PdsaCycle>> PdsaRepository::children(const QUuid& cycleId) {
    return cycles.where("parent_cycle_id = ?1", [&](storage::Query& q) { q.bind(1, cycleId); });
}

Status PdsaRepository::loadParts(PdsaCycle& cycle) {
    cycle.questions.clear();
    cycle.changeIdeaIds.clear();
    cycle.measureIds.clear();
    {
        auto q = m_db.query(
            "SELECT question, prediction FROM pdsa_question WHERE cycle_id = ?1 ORDER BY position");
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
    PDSA_TRY(loadLinks("SELECT measure_id FROM pdsa_measure WHERE cycle_id = ?1 ORDER BY position",
                       cycle.measureIds));
    return {};
}

Status PdsaRepository::storeParts(const PdsaCycle& cycle) {
    for (const char* sql :
         {"DELETE FROM pdsa_question WHERE cycle_id = ?1", "DELETE FROM pdsa_change_idea WHERE cycle_id = ?1",
          "DELETE FROM pdsa_measure WHERE cycle_id = ?1"}) {
        auto q = m_db.query(sql);
        if (!q)
            return q.error();
        q->bind(1, cycle.meta.id);
        PDSA_TRY(q->run());
    }
    for (int i = 0; i < cycle.questions.size(); ++i) {
        auto q = m_db.query(
            "INSERT INTO pdsa_question (cycle_id, position, question, prediction) VALUES (?1, ?2, ?3, ?4)");
        if (!q)
            return q.error();
        q->bind(1, cycle.meta.id)
            .bind(2, i)
            .bind(3, cycle.questions[i].question)
            .bind(4, cycle.questions[i].prediction);
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
    PDSA_TRY(storeLinks(
        "INSERT OR IGNORE INTO pdsa_change_idea (cycle_id, change_idea_id, position) VALUES (?1, ?2, ?3)",
        cycle.changeIdeaIds));
    PDSA_TRY(
        storeLinks("INSERT OR IGNORE INTO pdsa_measure (cycle_id, measure_id, position) VALUES (?1, ?2, ?3)",
                   cycle.measureIds));
    return {};
}

} // namespace pdsa::repo
