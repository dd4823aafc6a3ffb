// SPDX-License-Identifier: Apache-2.0
#include "repositories/equityqueries.h"

namespace pdsa::repo {

Status EquityQueries::stratifiedRange(const QUuid& measureId, QDate& first, QDate& last)
{
    auto query = m_db.query(
        "SELECT min(first), max(last) FROM (SELECT "
        "(SELECT min(period) FROM measure_value v WHERE v.team_id = t.id AND v.measure_id = ?1 AND "
        "v.stratum_id IS NOT NULL AND v.deleted = 0) AS first, "
        "(SELECT max(period) FROM measure_value v WHERE v.team_id = t.id AND v.measure_id = ?1 AND "
        "v.stratum_id IS NOT NULL AND v.deleted = 0) AS last FROM team t WHERE t.deleted = 0)");
    if (!query)
        return query.error();
    query->bind(1, measureId);
    return query->each([&](storage::Query& row) {
        first = row.date(0);
        last = row.date(1);
    });
}

Status EquityQueries::stratifiedValues(
    const QUuid& teamId, const QUuid& measureId,
    const std::function<void(const QUuid&, const QDate&, double, double)>& row)
{
    // Summed by the caller rather than by SQL's GROUP BY, which sorts: half the time on 200 teams.
    auto query = teamId.isNull()
                     ? m_db.query("SELECT stratum_id, period, numerator, denominator FROM measure_value "
                                  "WHERE measure_id = ?1 AND deleted = 0 AND stratum_id IS NOT NULL AND numerator IS NOT NULL "
                                  "AND denominator IS NOT NULL AND team_id IN (SELECT id FROM team WHERE deleted = 0)")
                     : m_db.query("SELECT stratum_id, period, numerator, denominator FROM measure_value "
                                  "WHERE team_id = ?2 AND measure_id = ?1 AND deleted = 0 AND stratum_id IS NOT NULL "
                                  "AND numerator IS NOT NULL AND denominator IS NOT NULL");
    if (!query)
        return query.error();
    query->bind(1, measureId);
    if (!teamId.isNull())
        query->bind(2, teamId);
    return query->each([&](storage::Query& r) { row(r.uuid(0), r.date(1), r.real(2), r.real(3)); });
}

Result<int> EquityQueries::valuesOfStratum(const QUuid& stratumId)
{
    auto query = m_db.query("SELECT count(*) FROM measure_value WHERE stratum_id = ?1 AND deleted = 0");
    if (!query)
        return query.error();
    query->bind(1, stratumId);
    int count = 0;
    PDSA_TRY(query->each([&](storage::Query& row) { count = int(row.int64(0)); }));
    return count;
}

} // namespace pdsa::repo
