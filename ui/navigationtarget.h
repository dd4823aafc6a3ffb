// SPDX-License-Identifier: Apache-2.0
#pragma once
// A place in the workspace the user can go to: the collaborative, a team, one of a team's
// measures or PDSA cycles (or the folders between them in the navigation tree). Pages ask to go
// somewhere by emitting a NavigationTarget; the main window selects it in the tree, and the tree's
// selection decides which page shows.

#include <QUuid>

namespace pdsa::ui {

enum class NodeKind { Collaborative, TeamsFolder, Team, MeasuresFolder, Measure, CyclesFolder, Cycle, Feedback, Spread, Dashboard };

struct NavigationTarget {
    NodeKind kind = NodeKind::Collaborative;
    QUuid id;     // the record shown (the collaborative, team, measure or cycle); null for folders
    QUuid teamId; // the team a team, measure or cycle (or their folders) belongs to

    static NavigationTarget collaborative(const QUuid& id = {}) { return {NodeKind::Collaborative, id, {}}; }
    // Every coach comment, by team and state.
    static NavigationTarget feedback() { return {NodeKind::Feedback, {}, {}}; }
    // The spread ledger: every team's practices spread beyond the pilot sites.
    static NavigationTarget spread() { return {NodeKind::Spread, {}, {}}; }
    // Every team's shared measures side by side.
    static NavigationTarget dashboard() { return {NodeKind::Dashboard, {}, {}}; }
    static NavigationTarget team(const QUuid& teamId) { return {NodeKind::Team, teamId, teamId}; }
    static NavigationTarget measure(const QUuid& teamId, const QUuid& measureId) {
        return {NodeKind::Measure, measureId, teamId};
    }
    static NavigationTarget cycle(const QUuid& teamId, const QUuid& cycleId) {
        return {NodeKind::Cycle, cycleId, teamId};
    }

    bool operator==(const NavigationTarget&) const = default;
};

} // namespace pdsa::ui
