// SPDX-License-Identifier: Apache-2.0
#include "equity/disparityloader.h"

#include "coaching/edits.h"
#include "repositories/equityqueries.h"
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
// team's windows line up with another's and with the whole collaborative's).
Status readMonthRange(Workspace& workspace, const QUuid& measureId, DisparityInput& input)
{
    QDate first, last;
    PDSA_TRY(repo::EquityQueries(workspace.database()).stratifiedRange(measureId, first, last));
    if (first.isValid() && last.isValid()) {
        input.firstMonth = QDate(first.year(), first.month(), 1);
        input.lastMonth = QDate(last.year(), last.month(), 1);
    }
    return {};
}

// Each group's numerators and denominators per month, summed over the team or every live team.
Status readCounts(Workspace& workspace, const QUuid& teamId, const QUuid& measureId, const QHash<QUuid, int>& groups,
                  std::vector<GroupMonthCounts>& counts)
{
    QHash<qint64, std::size_t> cells; // (group, month) → index into counts
    return repo::EquityQueries(workspace.database())
        .stratifiedValues(teamId, measureId, [&](const QUuid& stratum, const QDate& period, double n, double d) {
            const auto group = groups.constFind(stratum);
            if (group == groups.constEnd())
                return;
            const qint64 key = qint64(*group) * 1'000'000 + period.year() * 12 + period.month();
            const auto cell = cells.constFind(key);
            if (cell == cells.constEnd()) {
                cells.insert(key, counts.size());
                counts.push_back({stratum, QDate(period.year(), period.month(), 1), n, d});
            } else {
                counts[*cell].numerator += n;
                counts[*cell].denominator += d;
            }
        });
}

// The collaborative's strata in their order (by position), and their dimensions in the order of
// their first stratum.
Result<std::vector<Stratum>> orderedStrata(Workspace& workspace, QStringList& dimensions)
{
    auto strata = workspace.collaborative.strata.all();
    if (!strata)
        return strata.error();
    std::stable_sort(strata->begin(), strata->end(),
                     [](const Stratum& a, const Stratum& b) { return a.position < b.position; });
    for (const Stratum& stratum : *strata)
        if (!dimensions.contains(stratum.dimension))
            dimensions << stratum.dimension;
    return strata;
}

} // namespace

Result<QStringList> strataDimensions(Workspace& workspace)
{
    QStringList dimensions;
    auto strata = orderedStrata(workspace, dimensions);
    if (!strata)
        return strata.error();
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

    QStringList dimensions;
    auto strata = orderedStrata(workspace, dimensions);
    if (!strata)
        return strata.error();
    for (const Stratum& stratum : *strata)
        if (stratum.dimension.compare(request.dimension.trimmed(), Qt::CaseInsensitive) == 0)
            input.groups.push_back(stratum);
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
    PDSA_TRY(readMonthRange(workspace, request.measureId, input));
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
    PDSA_TRY(readCounts(workspace, request.teamId, request.measureId, groupIndex(input->groups), input->counts));
    return buildDisparity(*input);
}

Result<std::vector<EquityLine>> equitySummary(Workspace& workspace, const QUuid& teamId)
{
    auto measures = workspace.measures.forTeam(teamId);
    if (!measures)
        return measures.error();
    QStringList dimensions;
    auto strata = orderedStrata(workspace, dimensions);
    if (!strata)
        return strata.error();
    std::vector<EquityLine> lines;
    for (const Measure& measure : *measures) {
        if (!checkComparable(measure))
            continue;
        // Every dimension's counts in one read of the measure's values.
        std::vector<GroupMonthCounts> counts;
        PDSA_TRY(readCounts(workspace, teamId, measure.meta.id, groupIndex(*strata), counts));
        for (const QString& dimension : dimensions) {
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
            const std::size_t window = latestComparedWindow(disparity);
            for (const DisparityGroup& group : disparity.groups) {
                if (window >= group.periods.size())
                    continue;
                const DisparityPeriod& latest = group.periods[window];
                if (!latest.difference || std::abs(*latest.difference) <= furthest)
                    continue;
                furthest = std::abs(*latest.difference);
                line.furthest = group;
                line.window = latest.label;
                line.difference = latest.difference;
                line.differenceLcl = latest.differenceLcl;
                line.differenceUcl = latest.differenceUcl;
                line.small = latest.small || latest.refSmall;
                line.gap = gapSentence(group, disparity.window);
            }
            lines.push_back(std::move(line));
        }
    }
    return lines;
}

} // namespace pdsa::equity
