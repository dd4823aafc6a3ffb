// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one undoable edit of records: for each record it touches, its state before and after
// (nothing: no live record, so a creation has no "before" and a deletion no "after"). Redo writes
// the "after" states, undo the "before" states, all in one transaction, tables in the order of
// the template's types (drivers before the ideas under them). Rules are core's: the command only
// records and replays states, and a state core refuses is never pushed (WriteCommand::applyFirst).
//
// Like Tiled's ChangeValue, consecutive edits with the same MergeKey over the same records merge
// into one step that keeps the first "before" and the last "after"; typing back to where it
// started makes the step obsolete and QUndoStack drops it. Private to ui/undo/.

#include "undo/writecommand.h"
#include "workspace/workspace.h"

#include <QUuid>

#include <optional>
#include <tuple>
#include <vector>

namespace pdsa::ui {

template <typename T> struct RecordState {
    QUuid id;
    std::optional<T> before;
    std::optional<T> after;
};

// What makes two edits one ongoing piece of typing.
struct MergeKey {
    int id = -1;     // from commandids.h; -1: the edit never merges
    QUuid subject;   // the record typed into
    QString part;    // its field, or the kind of setting: edits of different parts never merge
    bool operator==(const MergeKey&) const = default;
};

// The table each kind of record lives in.
template <typename T> repo::RecordTable<T>& tableOf(Workspace& workspace);
template <> inline repo::RecordTable<Collaborative>& tableOf(Workspace& w) {
    return w.collaborative.collaboratives;
}
template <> inline repo::RecordTable<LearningSession>& tableOf(Workspace& w) { return w.collaborative.sessions; }
template <> inline repo::RecordTable<ActionPeriod>& tableOf(Workspace& w) { return w.collaborative.actionPeriods; }
template <> inline repo::RecordTable<Stratum>& tableOf(Workspace& w) { return w.collaborative.strata; }
template <> inline repo::RecordTable<SpreadRecord>& tableOf(Workspace& w) { return w.work.spread; }
template <> inline repo::RecordTable<Driver>& tableOf(Workspace& w) { return w.changePackage.drivers; }
template <> inline repo::RecordTable<ChangeIdea>& tableOf(Workspace& w) { return w.changePackage.ideas; }
template <> inline repo::RecordTable<Team>& tableOf(Workspace& w) { return w.teams.teams; }
template <> inline repo::RecordTable<TeamMember>& tableOf(Workspace& w) { return w.teams.members; }
template <> inline repo::RecordTable<Aim>& tableOf(Workspace& w) { return w.teams.aims; }
template <> inline repo::RecordTable<Measure>& tableOf(Workspace& w) { return w.measures.measures; }
template <> inline repo::RecordTable<MeasureValue>& tableOf(Workspace& w) { return w.measures.values; }
template <> inline repo::RecordTable<ChartSetting>& tableOf(Workspace& w) {
    return w.measures.chartSettings;
}
template <> inline repo::RecordTable<PdsaCycle>& tableOf(Workspace& w) { return w.cycles.cycles; }
template <> inline repo::RecordTable<TeamReport>& tableOf(Workspace& w) { return w.work.reports; }
template <> inline repo::RecordTable<CoachComment>& tableOf(Workspace& w) { return w.work.comments; }
template <> inline repo::RecordTable<CommentReply>& tableOf(Workspace& w) { return w.work.replies; }
template <> inline repo::RecordTable<AssessmentScore>& tableOf(Workspace& w) { return w.work.scores; }

template <typename... Ts> class RecordEdit : public WriteCommand {
public:
    RecordEdit(WorkspaceDocument& document, const QString& text, std::vector<RecordState<Ts>>... states,
               MergeKey key = {})
        : WriteCommand(document, text)
        , m_states(std::move(states)...)
        , m_key(std::move(key)) {
        m_write = [this](Workspace& workspace, bool forward) { return write(workspace, forward); };
    }

    int id() const override { return m_key.id; }

    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = dynamic_cast<const RecordEdit*>(other);
        if (!next || m_key.id < 0 || !(next->m_key == m_key) || !sameRecords(*next))
            return false;
        bool unchanged = true;
        std::apply(
            [&](auto&... mine) {
                std::apply([&](const auto&... theirs) { (take(mine, theirs, unchanged), ...); }, next->m_states);
            },
            m_states);
        setObsolete(unchanged);
        return true;
    }

    // Whether the edit changes nothing (every state the same before and after).
    bool isEmpty() const {
        return std::apply([](const auto&... states) { return (states.empty() && ...); }, m_states);
    }

private:
    template <typename T>
    static bool sameIds(const std::vector<RecordState<T>>& a, const std::vector<RecordState<T>>& b) {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (a[i].id != b[i].id || !a[i].before || !a[i].after || !b[i].after)
                return false;
        return true;
    }
    bool sameRecords(const RecordEdit& other) const {
        return std::apply(
            [&](const auto&... mine) {
                return std::apply([&](const auto&... theirs) { return (sameIds(mine, theirs) && ...); },
                                  other.m_states);
            },
            m_states);
    }
    template <typename T>
    static void take(std::vector<RecordState<T>>& mine, const std::vector<RecordState<T>>& theirs,
                     bool& unchanged) {
        for (size_t i = 0; i < mine.size(); ++i) {
            mine[i].after = theirs[i].after;
            unchanged = unchanged && sameContent(*mine[i].after, *mine[i].before);
        }
    }

    template <typename T>
    static Status writeStates(Workspace& workspace, const std::vector<RecordState<T>>& states, bool forward) {
        repo::RecordTable<T>& table = tableOf<T>(workspace);
        const QDateTime now = workspace.now();
        for (const RecordState<T>& state : states) {
            const std::optional<T>& target = forward ? state.after : state.before;
            // A record that comes back (undoing a removal, redoing a creation) is revived by save().
            if (target) {
                auto saved = table.save(*target, now);
                if (!saved)
                    return saved.error();
            } else {
                auto removed = table.remove(state.id, now);
                if (!removed)
                    return removed.error();
            }
        }
        return {};
    }

    Status write(Workspace& workspace, bool forward) {
        return std::apply(
            [&](const auto&... states) {
                Status status;
                ((status = status ? writeStates(workspace, states, forward) : status), ...);
                return status;
            },
            m_states);
    }

    std::tuple<std::vector<RecordState<Ts>>...> m_states;
    MergeKey m_key;
};


} // namespace pdsa::ui
