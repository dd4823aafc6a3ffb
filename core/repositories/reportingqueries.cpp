// SPDX-License-Identifier: Apache-2.0
#include "repositories/reportingqueries.h"

namespace pdsa::repo {

namespace {

// A stored date's month, as its first day ("2025-03-14" gives 2025-03-01).
QDate monthOf(const QString& text) {
    const QDate date = QDate::fromString(text.left(7) + QStringLiteral("-01"), Qt::ISODate);
    return date;
}

} // namespace

Result<int> ReportingQueries::sharedMeasureCount() {
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM measure WHERE team_id IS NULL AND deleted = 0"));
    if (!count)
        return count.error();
    return int(*count);
}

Result<std::map<TeamMonth, MonthFacts>> ReportingQueries::monthFacts(const QUuid& teamId) {
    std::map<TeamMonth, MonthFacts> facts;
    // Of one team: a condition SQLite answers from the team's index (an "?1 IS NULL OR" would
    // make it read every team's rows).
    const std::string oneTeam = teamId.isNull() ? std::string() : std::string(" AND team_id = ?1");
    const auto bindTeam = [&](storage::Query& q) {
        if (!teamId.isNull())
            q.bind(1, teamId);
    };
    // A month's total of a shared measure: the value without a stratum, with a number in it.
    auto entered = m_db.query(
        ("SELECT v.team_id, substr(v.period, 1, 7), count(DISTINCT v.measure_id) FROM measure_value AS v "
         "JOIN measure AS m ON m.id = v.measure_id AND m.team_id IS NULL AND m.deleted = 0 "
         "WHERE v.deleted = 0 AND v.stratum_id IS NULL AND (v.numerator IS NOT NULL OR v.value IS NOT NULL)" +
         (teamId.isNull() ? std::string() : std::string(" AND v.team_id = ?1")) +
         " GROUP BY v.team_id, substr(v.period, 1, 7)")
            .c_str());
    if (!entered)
        return entered.error();
    bindTeam(*entered);
    PDSA_TRY(entered->each([&](const storage::Query& q) {
        facts[{q.uuid(0), monthOf(q.text(1))}].measuresEntered = int(q.int64(2));
    }));
    auto reports = m_db.query(
        ("SELECT team_id, month, submitted_on FROM team_report WHERE deleted = 0" + oneTeam).c_str());
    if (!reports)
        return reports.error();
    bindTeam(*reports);
    PDSA_TRY(reports->each([&](const storage::Query& q) {
        MonthFacts& f = facts[{q.uuid(0), monthOf(q.text(1))}];
        f.reported = true;
        const QDate submitted = q.date(2);
        if (submitted.isValid() && (!f.submittedOn.isValid() || submitted < f.submittedOn))
            f.submittedOn = submitted;
    }));
    auto scores = m_db.query(("SELECT team_id, month, score, owner_role FROM assessment_score WHERE deleted = 0" +
                              oneTeam + " ORDER BY updated_at")
                                 .c_str());
    if (!scores)
        return scores.error();
    bindTeam(*scores);
    PDSA_TRY(scores->each([&](const storage::Query& q) {
        MonthFacts& f = facts[{q.uuid(0), monthOf(q.text(1))}];
        (q.text(3) == QLatin1String("team") ? f.selfScore : f.facultyScore) = q.real(2);
    }));
    return facts;
}

Result<int> ReportingQueries::newCommentCount() {
    auto count = m_db.scalar(QStringLiteral(
        "SELECT count(*) FROM coach_comment AS c WHERE c.deleted = 0 AND c.resolved_on IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM comment_reply AS r WHERE r.comment_id = c.id AND r.deleted = 0)"));
    if (!count)
        return count.error();
    return int(*count);
}

Result<std::map<std::pair<QUuid, QUuid>, int>> ReportingQueries::openCommentCounts() {
    auto query = m_db.query("SELECT team_id, subject_id, count(*) FROM coach_comment WHERE deleted = 0 AND "
                            "resolved_on IS NULL GROUP BY team_id, subject_id");
    if (!query)
        return query.error();
    std::map<std::pair<QUuid, QUuid>, int> counts;
    PDSA_TRY(query->each([&](const storage::Query& q) { counts[{q.uuid(0), q.uuid(1)}] = int(q.int64(2)); }));
    return counts;
}

Result<QStringList> ReportingQueries::coachNames() {
    auto query = m_db.query("SELECT owner_coach FROM coach_comment WHERE owner_coach <> '' UNION "
                            "SELECT owner_coach FROM assessment_score WHERE owner_coach <> '' ORDER BY 1");
    if (!query)
        return query.error();
    QStringList names;
    PDSA_TRY(query->each([&](const storage::Query& q) { names << q.text(0); }));
    return names;
}

} // namespace pdsa::repo
