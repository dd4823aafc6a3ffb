// SPDX-License-Identifier: Apache-2.0
#include "repositories/measurerepository.h"

namespace pdsa::repo {

MeasureRepository::MeasureRepository(storage::Database& db)
    : measures(db, "measure",
               {column("collaborative_id", &Measure::collaborativeId), column("team_id", &Measure::teamId),
                column("name", &Measure::name), column("measure_type", &Measure::type),
                column("operational_definition", &Measure::operationalDefinition),
                column("numerator_definition", &Measure::numeratorDefinition),
                column("denominator_definition", &Measure::denominatorDefinition),
                column("data_source", &Measure::dataSource), column("frequency", &Measure::frequency),
                column("data_kind", &Measure::dataKind), column("rate_per", &Measure::ratePer),
                column("unit", &Measure::unit), column("improvement", &Measure::improvement),
                column("goal", &Measure::goal), column("baseline_start", &Measure::baselineStart),
                column("baseline_end", &Measure::baselineEnd), column("stratified", &Measure::stratified),
                column("position", &Measure::position)},
               "team_id IS NOT NULL, position, name")
    , values(db, "measure_value",
             {column("team_id", &MeasureValue::teamId), column("measure_id", &MeasureValue::measureId),
              column("period", &MeasureValue::period), column("stratum_id", &MeasureValue::stratumId),
              column("numerator", &MeasureValue::numerator), column("denominator", &MeasureValue::denominator),
              column("value", &MeasureValue::value), freeText("note", &MeasureValue::note),
              column("excluded", &MeasureValue::excluded), column("astronomical", &MeasureValue::astronomical)},
             "period, stratum_id")
    , chartSettings(db, "chart_setting",
                    {column("team_id", &ChartSetting::teamId), column("measure_id", &ChartSetting::measureId),
                     column("chart_type", &ChartSetting::chartType), column("rule_set", &ChartSetting::ruleSet),
                     column("baseline_points", &ChartSetting::baselinePoints),
                     column("phase_starts", &ChartSetting::phaseStarts),
                     column("fixed_centre", &ChartSetting::fixedCentre), column("two_sigma", &ChartSetting::twoSigma),
                     column("stratified_view", &ChartSetting::stratifiedView)},
                    "team_id, measure_id")
{
}

Result<std::vector<Measure>> MeasureRepository::forTeam(const QUuid& teamId)
{
    return measures.where("team_id IS NULL OR team_id = ?1", [&](storage::Query& q) { q.bind(1, teamId); });
}

Result<Measure> MeasureRepository::lookup(const QUuid& teamId, const QString& nameOrId)
{
    auto candidates = forTeam(teamId);
    if (!candidates)
        return candidates.error();
    const QUuid id(nameOrId.trimmed());
    for (const Measure& measure : *candidates)
        if ((!id.isNull() && measure.meta.id == id)
            || (id.isNull() && measure.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0))
            return measure;
    QStringList names;
    for (const Measure& measure : *candidates)
        names << measure.name;
    return Error{ErrorCode::NotFound, QStringLiteral("no measure named \"%1\" %2 (its measures: %3)")
                                          .arg(nameOrId,
                                               teamId.isNull() ? QStringLiteral("in the collaborative's shared set")
                                                               : QStringLiteral("for this team"),
                                               names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral("; ")))};
}

Result<std::vector<MeasureValue>> MeasureRepository::series(const QUuid& teamId, const QUuid& measureId,
                                                            const QUuid& stratumId)
{
    if (stratumId.isNull())
        return values.where("team_id = ?1 AND measure_id = ?2 AND stratum_id IS NULL", [&](storage::Query& q) {
            q.bind(1, teamId).bind(2, measureId);
        });
    return values.where("team_id = ?1 AND measure_id = ?2 AND stratum_id = ?3",
                        [&](storage::Query& q) { q.bind(1, teamId).bind(2, measureId).bind(3, stratumId); });
}

Result<ChartSetting> MeasureRepository::chartSetting(const QUuid& teamId, const QUuid& measureId)
{
    const QUuid id = chartSettingId(teamId, measureId);
    auto found = chartSettings.find(id);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    ChartSetting defaults;
    defaults.meta.id = id;
    defaults.meta.owner = Owner::ofTeam(teamId);
    defaults.teamId = teamId;
    defaults.measureId = measureId;
    return defaults;
}

Result<std::vector<MeasureValue>> MeasureRepository::allValues(const QUuid& teamId, const QUuid& measureId)
{
    return values.where("team_id = ?1 AND measure_id = ?2",
                        [&](storage::Query& q) { q.bind(1, teamId).bind(2, measureId); });
}

} // namespace pdsa::repo
