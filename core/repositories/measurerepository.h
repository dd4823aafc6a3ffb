// SPDX-License-Identifier: Apache-2.0
#pragma once
// Storage of the measure aggregate: definitions and their monthly (or weekly) values.

#include "domain/chartsetting.h"
#include "domain/measure.h"
#include "repositories/recordtable.h"

namespace pdsa::repo {

class MeasureRepository {
public:
    explicit MeasureRepository(storage::Database& db);

    // The measures a team reports: the collaborative's shared set, then its own.
    Result<std::vector<Measure>> forTeam(const QUuid& teamId);
    // One of those by name (as people type it: case aside) or id; a null team looks in the shared
    // set only. The refusal lists the measures there are.
    Result<Measure> lookup(const QUuid& teamId, const QString& nameOrId);
    // One team's values of one measure, oldest first; `stratumId` null gives the totals.
    Result<std::vector<MeasureValue>> series(const QUuid& teamId, const QUuid& measureId,
                                             const QUuid& stratumId = {});
    // Every value (totals and strata) of one team's measure, oldest first.
    Result<std::vector<MeasureValue>> allValues(const QUuid& teamId, const QUuid& measureId);

    // The team's chart setting for the measure, or the defaults (run chart, IHI rules) when the
    // team has not chosen yet; the defaults carry the pair's stable id.
    Result<ChartSetting> chartSetting(const QUuid& teamId, const QUuid& measureId);

    RecordTable<Measure> measures;
    RecordTable<MeasureValue> values;
    RecordTable<ChartSetting> chartSettings;
};

} // namespace pdsa::repo
