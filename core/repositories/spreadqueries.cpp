// SPDX-License-Identifier: Apache-2.0
#include "repositories/spreadqueries.h"

namespace pdsa::repo {

Status SpreadQueries::totals(const QUuid& measureId,
                             const std::function<void(const QUuid&, const QDate&, double, double)>& row)
{
    auto query = m_db.query("SELECT team_id, period, numerator, denominator FROM measure_value "
                            "WHERE measure_id = ?1 AND deleted = 0 AND stratum_id IS NULL AND numerator IS NOT NULL "
                            "AND denominator IS NOT NULL AND team_id IN (SELECT id FROM team WHERE deleted = 0)");
    if (!query)
        return query.error();
    query->bind(1, measureId);
    return query->each([&](storage::Query& r) { row(r.uuid(0), r.date(1), r.real(2), r.real(3)); });
}

} // namespace pdsa::repo
