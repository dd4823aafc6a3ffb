// SPDX-License-Identifier: Apache-2.0
#include "cycles/cycleindex.h"

#include "cycles/ramp.h"

#include "workspace/workspace.h"

#include <QSet>

#include <algorithm>

namespace pdsa::cycles {

namespace {

// Undated cycles (still being planned) sort after the dated ones.
bool startsBefore(const PdsaCycle& a, const PdsaCycle& b) {
    if (a.startDate.isValid() != b.startDate.isValid())
        return a.startDate.isValid();
    return a.startDate < b.startDate;
}

int compareText(const QString& a, const QString& b) {
    if (const int folded = a.compare(b, Qt::CaseInsensitive); folded != 0)
        return folded;
    return a.compare(b);
}

bool inStartOrder(const PdsaCycle& a, const PdsaCycle& b) {
    if (startsBefore(a, b) || startsBefore(b, a))
        return startsBefore(a, b);
    if (const int titles = compareText(a.title, b.title); titles != 0)
        return titles < 0;
    return a.meta.id.toString() < b.meta.id.toString();
}

} // namespace

Result<CycleIndex> CycleIndex::load(Workspace& workspace) {
    CycleIndex index;
    auto collaborative = workspace.collaborative.current();
    if (collaborative)
        index.m_collaborativeName = collaborative->name;
    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    for (const Team& team : *teams)
        index.m_teamNames.insert(team.meta.id, team.name);
    auto ideas = workspace.changePackage.ideas.all();
    if (!ideas)
        return ideas.error();
    for (const ChangeIdea& idea : *ideas)
        index.m_ideaNames.insert(idea.meta.id, idea.name);
    auto measures = workspace.measures.measures.all();
    if (!measures)
        return measures.error();
    for (const Measure& measure : *measures)
        index.m_measureNames.insert(measure.meta.id, measure.name);
    auto cycles = workspace.cycles.cycles.all();
    if (!cycles)
        return cycles.error();
    index.m_cycles = std::move(*cycles);

    std::sort(index.m_cycles.begin(), index.m_cycles.end(), [&](const PdsaCycle& a, const PdsaCycle& b) {
        if (const int teamsOrder = compareText(index.teamName(a.teamId), index.teamName(b.teamId));
            teamsOrder != 0)
            return teamsOrder < 0;
        return inStartOrder(a, b);
    });
    for (int i = 0; i < static_cast<int>(index.m_cycles.size()); ++i)
        index.m_byId.insert(index.m_cycles[i].meta.id, i);
    for (const PdsaCycle& cycle : index.m_cycles)
        if (!cycle.parentCycleId.isNull() && index.m_byId.contains(cycle.parentCycleId))
            index.m_children[cycle.parentCycleId].append(cycle.meta.id);
    for (QList<QUuid>& children : index.m_children)
        std::sort(children.begin(), children.end(), [&](const QUuid& a, const QUuid& b) {
            return inStartOrder(*index.find(a), *index.find(b));
        });
    return index;
}

QUuid CycleIndex::parseId(const QString& text) {
    // QUuid reads the five hex fields with or without the braces around them.
    return QUuid::fromString(text.trimmed());
}

const PdsaCycle* CycleIndex::find(const QUuid& id) const {
    const auto found = m_byId.constFind(id);
    return found == m_byId.cend() ? nullptr : &m_cycles[static_cast<size_t>(*found)];
}

QString CycleIndex::parentTitle(const PdsaCycle& cycle) const {
    const PdsaCycle* parent = find(cycle.parentCycleId);
    return parent ? parent->title : QString();
}

QList<NamedRef> CycleIndex::changeIdeas(const PdsaCycle& cycle) const {
    QList<NamedRef> refs;
    for (const QUuid& id : cycle.changeIdeaIds)
        refs.append({id, m_ideaNames.value(id)});
    return refs;
}

QList<NamedRef> CycleIndex::measures(const PdsaCycle& cycle) const {
    QList<NamedRef> refs;
    for (const QUuid& id : cycle.measureIds)
        refs.append({id, m_measureNames.value(id)});
    return refs;
}

std::vector<const PdsaCycle*> CycleIndex::nextCycles(const PdsaCycle& cycle) const {
    std::vector<const PdsaCycle*> next;
    for (const QUuid& id : m_children.value(cycle.meta.id))
        next.push_back(find(id));
    return next;
}

int CycleIndex::rampPosition(const PdsaCycle& cycle) const {
    // The app's reading of ramps (core/cycles/ramp.h), so the printout numbers as the ramp view.
    const std::vector<PdsaCycle> chain = rampOf(m_cycles, cycle.meta.id);
    for (std::size_t i = 0; i < chain.size(); ++i)
        if (chain[i].meta.id == cycle.meta.id)
            return int(i) + 1;
    return 1;
}

std::vector<QUuid> CycleIndex::ramp(const QUuid& id) const {
    // Main chain first, then each branch, as the ramp view shows them.
    std::vector<QUuid> ramp;
    for (const RampChain& chain : rampChainsOf(m_cycles, id))
        for (const PdsaCycle& cycle : chain.cycles)
            if (std::find(ramp.begin(), ramp.end(), cycle.meta.id) == ramp.end())
                ramp.push_back(cycle.meta.id);
    return ramp;
}

} // namespace pdsa::cycles
