// SPDX-License-Identifier: Apache-2.0
#pragma once
// Every live PDSA cycle of a workspace together with the names it refers to by id (its team, the
// cycle it grew from, the change ideas it tests, the measures it informs) and its place in its
// ramp. `pdsa cycles` lists from it and the printed worksheet's content (core/report) is built from
// it, so both say the same thing about a cycle. Read-only; in core/cycles because the CLI and the
// worksheet both use it.

#include "domain/pdsacycle.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::cycles {

// A record another one refers to: its id and its name (empty when it was deleted since).
struct NamedRef {
    QUuid id;
    QString name;
};

class CycleIndex {
public:
    static Result<CycleIndex> load(Workspace& workspace);

    // Reads a cycle id as `pdsa cycles` prints it, with or without braces; null if it is none.
    static QUuid parseId(const QString& text);

    // Every live cycle, ordered by team name, start date (undated last), title and id.
    const std::vector<PdsaCycle>& cycles() const { return m_cycles; }
    const PdsaCycle* find(const QUuid& id) const;

    QString collaborativeName() const { return m_collaborativeName; }
    QString teamName(const QUuid& teamId) const { return m_teamNames.value(teamId); }
    // The title of the cycle `cycle` grew from; empty for the first cycle of a ramp.
    QString parentTitle(const PdsaCycle& cycle) const;
    QList<NamedRef> changeIdeas(const PdsaCycle& cycle) const;
    QList<NamedRef> measures(const PdsaCycle& cycle) const;

    // The cycles that grew from `cycle`, in start-date order.
    std::vector<const PdsaCycle*> nextCycles(const PdsaCycle& cycle) const;
    // 1 for the first cycle of a ramp, 2 for a cycle that grew from it, and so on (read as
    // core/cycles/ramp.h reads ramps, like the app's ramp view).
    int rampPosition(const PdsaCycle& cycle) const;
    // The whole ramp the cycle `id` belongs to: its main chain from the first cycle, then each
    // branch (core/cycles/ramp.h). Empty if there is no such cycle.
    std::vector<QUuid> ramp(const QUuid& id) const;

private:
    std::vector<PdsaCycle> m_cycles;
    QHash<QUuid, int> m_byId;
    QHash<QUuid, QList<QUuid>> m_children; // in m_cycles' order, fixed up to start-date order
    QString m_collaborativeName;
    QHash<QUuid, QString> m_teamNames;
    QHash<QUuid, QString> m_ideaNames;
    QHash<QUuid, QString> m_measureNames;
};

} // namespace pdsa::cycles
