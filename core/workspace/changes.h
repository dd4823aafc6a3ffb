// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a write changed, for whoever shows the workspace: which tables, which records, and whose
// work. The workspace collects it from the same per-row check that guards its writes
// (Workspace::transact), so every write path reports it, whatever code wrote. A write that cannot
// say (an import, which lifts the per-row check, or a new owner) reports `everything`.
//
// A parts row of a PDSA cycle (its questions, tested ideas and measures) reports its cycle.

#include <QString>
#include <QUuid>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>

namespace pdsa {

struct Changes {
    bool everything = false;
    // table → the ids of its records that changed
    std::map<QString, std::set<QUuid>> records;
    // the teams whose own rows changed
    std::set<QUuid> teams;
    // a row owned by no one team changed: the organizer's shared definitions, a coach's feedback
    bool shared = false;

    static Changes all() {
        Changes changes;
        changes.everything = true;
        return changes;
    }

    bool empty() const { return !everything && records.empty(); }
    bool touches(const QString& table) const { return everything || records.count(table) > 0; }
    bool touches(const QString& table, const QUuid& id) const {
        if (everything)
            return true;
        const auto found = records.find(table);
        return found != records.end() && found->second.count(id) > 0;
    }
    // Whether what a page of `teamId`'s work shows may have changed: the team's own rows, or the
    // shared rows every team's pages read.
    bool touchesTeam(const QUuid& teamId) const { return everything || shared || teams.count(teamId) > 0; }
    // Whether anything outside `tables` changed.
    bool touchesOtherThan(std::initializer_list<QString> tables) const {
        if (everything)
            return true;
        for (const auto& [table, ids] : records)
            if (std::find(tables.begin(), tables.end(), table) == tables.end())
                return true;
        return false;
    }

    void add(const QString& table, const QUuid& id, const QUuid& ownerTeam) {
        records[table].insert(id);
        if (ownerTeam.isNull())
            shared = true;
        else
            teams.insert(ownerTeam);
    }
    void merge(const Changes& other) {
        everything = everything || other.everything;
        shared = shared || other.shared;
        for (const auto& [table, ids] : other.records)
            records[table].insert(ids.begin(), ids.end());
        teams.insert(other.teams.begin(), other.teams.end());
    }
};

} // namespace pdsa
