// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the spread report reads beyond whole records (core/report/spreadreport.h builds it): every
// live team's monthly totals of a measure, numerator and denominator, in one pass.

#include "storage/database.h"

#include <QDate>
#include <QUuid>

#include <functional>

namespace pdsa::repo {

class SpreadQueries {
public:
    explicit SpreadQueries(storage::Database& db)
        : m_db(db) {}

    // Calls `row` for each live total (no stratum) of the measure with both a numerator and a
    // denominator, of every live team, in no particular order.
    Status totals(const QUuid& measureId,
                  const std::function<void(const QUuid& teamId, const QDate& period, double numerator,
                                           double denominator)>& row);

private:
    storage::Database& m_db;
};

} // namespace pdsa::repo
