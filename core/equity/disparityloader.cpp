// SPDX-License-Identifier: Apache-2.0
#include "equity/disparityloader.h"

#include "coaching/edits.h"
#include "workspace/workspace.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace pdsa::equity {

namespace {

Error refused(const QString& message) { return Error{ErrorCode::Invalid, message}; }

QString kindWords(DataKind kind)
{
    switch (kind) {
    case DataKind::Count: return QStringLiteral("counts");
    case DataKind::Continuous: return QStringLiteral("continuous values");
    case DataKind::DaysBetween: return QStringLiteral("days between events");
    case DataKind::Proportion: return QStringLiteral("proportions");
    case DataKind::Rate: return QStringLiteral("rates");
    }
    return {};
}

// The months of the measure's values entered by stratum, across every live team (so that one
// team's windows line up with another's and with the whole collaborative's). Two index seeks per
// team rather than a scan of the measure's values.
Status readMonthRange(storage::Database& db, const QUuid& measureId, DisparityInput& input)
{
    auto query = db.query(
        "SELECT min(first), max(last) FROM (SELECT "
        "(SELECT min(period) FROM measure_value v WHERE v.team_id = t.id AND v.measure_id = ?1 AND "
        "v.stratum_id IS NOT NULL AND v.deleted = 0) AS first, "
        "(SELECT max(period) FROM measure_value v WHERE v.team_id = t.id AND v.measure_id = ?1 AND "
        "v.stratum_id IS NOT NULL AND v.deleted = 0) AS last FROM team t WHERE t.deleted = 0)");
    if (!query)
        return query.error();
    query->bind(1, measureId);
    return query->each([&](storage::Query& row) {
        const QDate first = row.date(0), last = row.date(1);
        if (first.isValid() && last.isValid()) {
            input.firstMonth = QDate(first.year(), first.month(), 1);
            input.lastMonth = QDate(last.year(), last.month(), 1);
        }
    });
}

// Each group's numerators and denominators per month, summed over the team or every live team.
// Summed here rather than by SQL's GROUP BY, which sorts: half the time on 200 teams.
Status readCounts(storage::Database& db, const QUuid& teamId, const QUuid& measureId, const QHash<QUuid, int>& groups,
                  std::vector<GroupMonthCounts>& counts)
{
    // Pairs with both numbers only, as a chart pools them (Σ numerator / Σ denominator).
    auto query = teamId.isNull()
                     ? db.query("SELECT stratum_id, period, numerator, denominator FROM measure_value "
                                "WHERE measure_id = ?1 AND deleted = 0 AND stratum_id IS NOT NULL AND numerator IS NOT NULL "
                                "AND denominator IS NOT NULL AND team_id IN (SELECT id FROM team WHERE deleted = 0)")
                     : db.query("SELECT stratum_id, period, numerator, denominator FROM measure_value "
                                "WHERE team_id = ?2 AND measure_id = ?1 AND deleted = 0 AND stratum_id IS NOT NULL "
                                "AND numerator IS NOT NULL AND denominator IS NOT NULL");
    if (!query)
        return query.error();
    query->bind(1, measureId);
    if (!teamId.isNull())
        query->bind(2, teamId);
    QHash<qint64, std::size_t> cells; // (group, month) → index into counts
    const auto stored = query->each([&](storage::Query& row) {
        const auto group = groups.constFind(row.uuid(0));
        if (group == groups.constEnd())
            return;
        const QDate period = row.date(1);
        const qint64 key = qint64(*group) * 1'000'000 + period.year() * 12 + period.month();
        const auto cell = cells.constFind(key);
        if (cell == cells.constEnd()) {
            cells.insert(key, counts.size());
            counts.push_back({row.uuid(0), QDate(period.year(), period.month(), 1), row.real(2), row.real(3)});
        } else {
            counts[*cell].numerator += row.real(2);
            counts[*cell].denominator += row.real(3);
        }
    });
    return stored;
}

} // namespace

Result<QStringList> strataDimensions(Workspace& workspace)
{
    auto strata = workspace.collaborative.strata.all();
    if (!strata)
        return strata.error();
    std::stable_sort(strata->begin(), strata->end(),
                     [](const Stratum& a, const Stratum& b) { return a.position < b.position; });
    QStringList dimensions;
    for (const Stratum& stratum : *strata)
        if (!dimensions.contains(stratum.dimension))
            dimensions << stratum.dimension;
    return dimensions;
}

Status checkComparable(const Measure& measure)
{
    if (!measure.hasDenominator())
        return refused(QStringLiteral("\"%1\" is a measure of %2; the disparity view compares proportions and rates, "
                                      "which have a numerator and a denominator")
                           .arg(measure.name, kindWords(measure.dataKind)));
    if (!measure.stratified)
        return refused(QStringLiteral("\"%1\" is not entered by stratum, so it has no groups to compare").arg(measure.name));
    return {};
}

namespace {

// The request checked and turned into the builder's input, without its counts.
Result<DisparityInput> prepareInput(Workspace& workspace, const DisparityRequest& request)
{
    auto measure = workspace.measures.measures.find(request.measureId);
    if (!measure)
        return measure.error();
    if (!*measure)
        return Error{ErrorCode::NotFound, QStringLiteral("the measure is no longer in this workspace")};
    PDSA_TRY(checkComparable(**measure));
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();

    DisparityInput input;
    input.measure = **measure;
    input.dimension = request.dimension;
    input.reference = request.reference;
    input.window = request.window;
    input.minCell = request.minCell.value_or(collaborative->minCellSize);
    PDSA_TRY(coaching::checkMinCellSize(input.minCell));

    auto strata = workspace.collaborative.strata.all();
    if (!strata)
        return strata.error();
    std::stable_sort(strata->begin(), strata->end(),
                     [](const Stratum& a, const Stratum& b) { return a.position < b.position; });
    QStringList dimensions;
    for (const Stratum& stratum : *strata) {
        if (!dimensions.contains(stratum.dimension))
            dimensions << stratum.dimension;
        if (stratum.dimension.compare(request.dimension.trimmed(), Qt::CaseInsensitive) == 0)
            input.groups.push_back(stratum);
    }
    if (input.groups.empty())
        return refused(QStringLiteral("no dimension \"%1\" among the collaborative's strata (%2)")
                           .arg(request.dimension, dimensions.isEmpty() ? QStringLiteral("there are none")
                                                                         : dimensions.join(QStringLiteral(", "))));
    input.dimension = input.groups.front().dimension;
    if (request.reference == ReferenceKind::Group) {
        const QUuid id(request.referenceGroup.trimmed());
        QStringList names;
        for (const Stratum& group : input.groups) {
            names << group.name;
            if ((!id.isNull() && group.meta.id == id) ||
                (id.isNull() && group.name.compare(request.referenceGroup.trimmed(), Qt::CaseInsensitive) == 0))
                input.referenceGroup = group.meta.id;
        }
        if (input.referenceGroup.isNull())
            return refused(QStringLiteral("no group \"%1\" in %2 (its groups: %3; or rest, or total)")
                               .arg(request.referenceGroup, input.dimension, names.join(QStringLiteral(", "))));
    }

    if (request.rules) {
        input.rules = *request.rules;
    } else if (!request.teamId.isNull()) {
        auto setting = workspace.measures.chartSetting(request.teamId, request.measureId);
        if (!setting)
            return setting.error();
        input.rules = setting->ruleSet;
    }
    PDSA_TRY(readMonthRange(workspace.database(), request.measureId, input));
    return input;
}

QHash<QUuid, int> groupIndex(const std::vector<Stratum>& groups)
{
    QHash<QUuid, int> index;
    for (std::size_t g = 0; g < groups.size(); ++g)
        index.insert(groups[g].meta.id, static_cast<int>(g));
    return index;
}

} // namespace

Result<Disparity> loadDisparity(Workspace& workspace, const DisparityRequest& request)
{
    auto input = prepareInput(workspace, request);
    if (!input)
        return input.error();
    PDSA_TRY(readCounts(workspace.database(), request.teamId, request.measureId, groupIndex(input->groups), input->counts));
    return buildDisparity(*input);
}

Result<std::vector<EquityLine>> equitySummary(Workspace& workspace, const QUuid& teamId)
{
    auto measures = workspace.measures.forTeam(teamId);
    if (!measures)
        return measures.error();
    auto strata = workspace.collaborative.strata.all();
    if (!strata)
        return strata.error();
    auto dimensions = strataDimensions(workspace);
    if (!dimensions)
        return dimensions.error();
    std::vector<EquityLine> lines;
    for (const Measure& measure : *measures) {
        if (!checkComparable(measure))
            continue;
        // Every dimension's counts in one read of the measure's values.
        std::vector<GroupMonthCounts> counts;
        PDSA_TRY(readCounts(workspace.database(), teamId, measure.meta.id, groupIndex(*strata), counts));
        for (const QString& dimension : *dimensions) {
            DisparityRequest request;
            request.teamId = teamId;
            request.measureId = measure.meta.id;
            request.dimension = dimension;
            auto input = prepareInput(workspace, request);
            if (!input)
                return input.error();
            input->counts = counts;
            const Disparity disparity = buildDisparity(*input);
            EquityLine line;
            line.measure = measure;
            line.dimension = disparity.dimension;
            double furthest = -1.0;
            for (const DisparityGroup& group : disparity.groups) {
                const auto latest = std::find_if(group.periods.rbegin(), group.periods.rend(),
                                                 [](const DisparityPeriod& p) { return p.difference.has_value(); });
                if (latest == group.periods.rend() || std::abs(*latest->difference) <= furthest)
                    continue;
                furthest = std::abs(*latest->difference);
                line.furthest = group;
                line.window = latest->label;
                line.difference = latest->difference;
                line.differenceLcl = latest->differenceLcl;
                line.differenceUcl = latest->differenceUcl;
                line.small = latest->small || latest->refSmall;
                line.gap = gapSentence(group, disparity.window);
            }
            lines.push_back(std::move(line));
        }
    }
    return lines;
}

} // namespace pdsa::equity
