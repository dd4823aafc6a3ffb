// SPDX-License-Identifier: Apache-2.0
#include "services/rules.h"

#include "workspace/workspace.h"

#include <QCoreApplication>

namespace pdsa::rules {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("pdsa::rules", text);
}

} // namespace

Status checkMeasureDefinition(Measure& measure) {
    measure.name = measure.name.trimmed();
    if (measure.name.isEmpty())
        return Error{ErrorCode::Invalid, tr("The measure needs a name.")};
    if (measure.dataKind == DataKind::Rate && (!measure.ratePer || *measure.ratePer <= 0))
        return Error{ErrorCode::Invalid, tr("A rate needs a positive \"per\" (for example 1,000 days in care).")};
    if (measure.dataKind != DataKind::Rate)
        measure.ratePer.reset();
    if (measure.baselineStart.isValid() != measure.baselineEnd.isValid() ||
        (measure.baselineStart.isValid() && measure.baselineEnd < measure.baselineStart))
        return Error{ErrorCode::Invalid, tr("The baseline needs a first month no later than its last month.")};
    return {};
}

Status checkTeamName(Workspace& workspace, const QString& name, const QUuid& teamId) {
    if (name.isEmpty())
        return Error{ErrorCode::Invalid, tr("The team needs a name.")};
    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    for (const Team& other : *teams)
        if (other.meta.id != teamId && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return Error{ErrorCode::Invalid,
                         tr("Another team is already called \"%1\": give this team a name of its own.").arg(other.name)};
    return {};
}

Status checkDriverParent(DriverKind kind, const Driver* parent) {
    if (kind == DriverKind::Secondary && (!parent || parent->kind != DriverKind::Primary))
        return Error{ErrorCode::Invalid, tr("A secondary driver goes under a primary driver.")};
    return {};
}

Status checkIdeaParent(const Driver* parent) {
    if (!parent || parent->kind != DriverKind::Secondary)
        return Error{ErrorCode::Invalid, tr("A change idea goes under a secondary driver.")};
    return {};
}

Result<std::map<QUuid, int>> testedIdeas(Workspace& workspace) {
    auto cycles = workspace.cycles.cycles.all();
    if (!cycles)
        return cycles.error();
    std::map<QUuid, int> tested;
    for (const PdsaCycle& cycle : *cycles)
        for (const QUuid& ideaId : cycle.changeIdeaIds)
            ++tested[ideaId];
    return tested;
}

Status checkIdeasDeletable(const std::vector<std::pair<QUuid, QString>>& ideas, const std::map<QUuid, int>& tested,
                           const QUuid& itemId, const QString& itemName) {
    for (const auto& [ideaId, ideaName] : ideas) {
        const auto count = tested.find(ideaId);
        if (count == tested.end())
            continue;
        const QString cycles = count->second == 1 ? tr("1 PDSA cycle") : tr("%1 PDSA cycles").arg(count->second);
        if (ideaId == itemId)
            return Error{ErrorCode::Invalid,
                         tr("“%1” cannot be deleted: %2 tested it. Move it under another driver instead.")
                             .arg(ideaName, cycles)};
        return Error{ErrorCode::Invalid,
                     tr("“%1” cannot be deleted: the change idea “%2” under it was tested in %3. Move the ideas "
                        "that were tested under another driver first.")
                         .arg(itemName, ideaName, cycles)};
    }
    return {};
}

} // namespace pdsa::rules
