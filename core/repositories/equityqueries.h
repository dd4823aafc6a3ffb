// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the disparity view reads (core/equity/disparityloader.h builds it): the months a measure
// was entered by stratum across every live team, and its stratified numerators and denominators,
// of one team or of every live team.

#include "storage/database.h"

#include <QDate>
#include <QUuid>

#include <functional>

namespace pdsa::repo {

class EquityQueries {
public:
    explicit EquityQueries(storage::Database& db)
        : m_db(db) {}

    // The first and last periods of the measure's values entered by stratum, over every live team
    // (invalid dates: none). Two index seeks per team rather than a scan of the measure's values.
    Status stratifiedRange(const QUuid& measureId, QDate& first, QDate& last);

    // Calls `row` for each live value of the measure entered by stratum with both a numerator and a
    // denominator: of the team, or of every live team with a null `teamId`.
    Status stratifiedValues(const QUuid& teamId, const QUuid& measureId,
                            const std::function<void(const QUuid& stratumId, const QDate& period, double numerator,
                                                     double denominator)>& row);

    // How many live values (of any team and measure) are entered for the stratum: a category
    // that holds data is not deleted.
    Result<int> valuesOfStratum(const QUuid& stratumId);

private:
    storage::Database& m_db;
};

} // namespace pdsa::repo
