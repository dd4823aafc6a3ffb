// SPDX-License-Identifier: Apache-2.0
#include "cycles/ramp.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace pdsa::cycles {

namespace {

// Earlier start first; cycles without a start date after the dated ones; then title, then id.
bool startsBefore(const PdsaCycle& a, const PdsaCycle& b) {
    const bool aDated = a.startDate.isValid();
    const bool bDated = b.startDate.isValid();
    if (aDated != bDated)
        return aDated;
    if (aDated && a.startDate != b.startDate)
        return a.startDate < b.startDate;
    if (a.title != b.title)
        return a.title < b.title;
    return a.meta.id < b.meta.id;
}

// The cycles as a forest: each cycle's parent among the given cycles (loops cut), and each
// cycle's children in start order.
class Forest {
public:
    explicit Forest(const std::vector<PdsaCycle>& cycles)
        : m_cycles(cycles) {
        for (int i = 0; i < static_cast<int>(cycles.size()); ++i)
            m_index.insert(cycles[static_cast<size_t>(i)].meta.id, i);
        m_parent.assign(cycles.size(), -1);
        for (size_t i = 0; i < cycles.size(); ++i)
            if (!cycles[i].parentCycleId.isNull() && cycles[i].parentCycleId != cycles[i].meta.id)
                m_parent[i] = m_index.value(cycles[i].parentCycleId, -1);
        cutLoops();
        m_children.assign(cycles.size(), {});
        for (size_t i = 0; i < cycles.size(); ++i) {
            if (m_parent[i] >= 0)
                m_children[static_cast<size_t>(m_parent[i])].push_back(static_cast<int>(i));
            else
                m_roots.push_back(static_cast<int>(i));
        }
        for (auto& list : m_children)
            sortByStart(list);
        sortByStart(m_roots);
    }

    int indexOf(const QUuid& id) const { return m_index.value(id, -1); }
    const PdsaCycle& cycle(int i) const { return m_cycles[static_cast<size_t>(i)]; }
    int parent(int i) const { return m_parent[static_cast<size_t>(i)]; }
    const std::vector<int>& children(int i) const { return m_children[static_cast<size_t>(i)]; }
    const std::vector<int>& roots() const { return m_roots; }

    int root(int i) const {
        while (parent(i) >= 0)
            i = parent(i);
        return i;
    }

    // The main chain from `start` and, after it, every branch below it.
    void chainsFrom(int start, const QUuid& branchedFrom, std::vector<RampChain>& out) const {
        RampChain chain;
        chain.branchedFrom = branchedFrom;
        std::vector<int> members;
        for (int i = start; i >= 0; i = children(i).empty() ? -1 : children(i).front()) {
            members.push_back(i);
            chain.cycles.push_back(cycle(i));
        }
        out.push_back(std::move(chain));
        for (int member : members)
            for (size_t c = 1; c < children(member).size(); ++c)
                chainsFrom(children(member)[c], cycle(member).meta.id, out);
    }

private:
    void sortByStart(std::vector<int>& list) const {
        std::sort(list.begin(), list.end(),
                  [this](int a, int b) { return startsBefore(cycle(a), cycle(b)); });
    }

    void cutLoops() {
        const int n = static_cast<int>(m_cycles.size());
        std::vector<int> state(static_cast<size_t>(n), 0); // 0 unseen, 1 on the current walk, 2 done
        for (int start = 0; start < n; ++start) {
            std::vector<int> walk;
            int i = start;
            while (i >= 0 && state[static_cast<size_t>(i)] == 0) {
                state[static_cast<size_t>(i)] = 1;
                walk.push_back(i);
                i = m_parent[static_cast<size_t>(i)];
            }
            if (i >= 0 && state[static_cast<size_t>(i)] == 1) {
                // A loop from i back to i: the first-started cycle in it becomes a root.
                auto first = std::find(walk.begin(), walk.end(), i);
                int earliest = *first;
                for (auto it = first; it != walk.end(); ++it)
                    if (startsBefore(cycle(*it), cycle(earliest)))
                        earliest = *it;
                m_parent[static_cast<size_t>(earliest)] = -1;
            }
            for (int w : walk)
                state[static_cast<size_t>(w)] = 2;
        }
    }

    const std::vector<PdsaCycle>& m_cycles;
    QHash<QUuid, int> m_index;
    std::vector<int> m_parent;
    std::vector<std::vector<int>> m_children;
    std::vector<int> m_roots;
};

} // namespace

std::vector<RampChain> rampChains(const std::vector<PdsaCycle>& cycles) {
    const Forest forest(cycles);
    std::vector<RampChain> chains;
    for (int root : forest.roots())
        forest.chainsFrom(root, {}, chains);
    return chains;
}

std::vector<RampChain> rampChainsOf(const std::vector<PdsaCycle>& cycles, const QUuid& cycleId) {
    const Forest forest(cycles);
    const int index = forest.indexOf(cycleId);
    std::vector<RampChain> chains;
    if (index >= 0)
        forest.chainsFrom(forest.root(index), {}, chains);
    return chains;
}

std::vector<PdsaCycle> rampOf(const std::vector<PdsaCycle>& cycles, const QUuid& cycleId) {
    const Forest forest(cycles);
    int index = forest.indexOf(cycleId);
    if (index < 0)
        return {};
    std::vector<PdsaCycle> chain;
    for (int i = forest.parent(index); i >= 0; i = forest.parent(i))
        chain.push_back(forest.cycle(i));
    std::reverse(chain.begin(), chain.end());
    for (int i = index; i >= 0; i = forest.children(i).empty() ? -1 : forest.children(i).front())
        chain.push_back(forest.cycle(i));
    return chain;
}

QUuid rampRoot(const std::vector<PdsaCycle>& cycles, const QUuid& cycleId) {
    const Forest forest(cycles);
    const int index = forest.indexOf(cycleId);
    return index < 0 ? QUuid() : forest.cycle(forest.root(index)).meta.id;
}

std::vector<IdeaRamps> rampsByChangeIdea(const std::vector<PdsaCycle>& cycles) {
    const Forest forest(cycles);
    std::vector<IdeaRamps> groups;
    IdeaRamps unlinked;
    const auto groupFor = [&](const QUuid& idea) -> IdeaRamps& {
        for (IdeaRamps& group : groups)
            if (group.changeIdeaId == idea)
                return group;
        groups.push_back({idea, {}});
        return groups.back();
    };
    for (int root : forest.roots()) {
        std::vector<RampChain> chains;
        forest.chainsFrom(root, {}, chains);
        const QList<QUuid>& ideas = forest.cycle(root).changeIdeaIds;
        if (ideas.isEmpty()) {
            unlinked.chains.insert(unlinked.chains.end(), chains.begin(), chains.end());
            continue;
        }
        for (const QUuid& idea : ideas) {
            IdeaRamps& group = groupFor(idea);
            group.chains.insert(group.chains.end(), chains.begin(), chains.end());
        }
    }
    if (!unlinked.chains.empty())
        groups.push_back(std::move(unlinked));
    return groups;
}

QString nextCycleTitle(const QString& previousTitle) {
    static const QRegularExpression numbered(QStringLiteral("^(.*)\\(cycle (\\d+)\\)\\s*$"));
    const QString title = previousTitle.trimmed();
    if (const auto match = numbered.match(title); match.hasMatch()) {
        bool ok = false;
        const int number = match.captured(2).toInt(&ok);
        if (ok && number < 100000)
            return QCoreApplication::translate("pdsa::cycles", "%1(cycle %2)")
                .arg(match.captured(1))
                .arg(number + 1);
    }
    if (title.isEmpty())
        return QCoreApplication::translate("pdsa::cycles", "Next cycle (cycle 2)");
    return QCoreApplication::translate("pdsa::cycles", "%1 (cycle 2)").arg(title);
}

PdsaCycle nextCycleFrom(const PdsaCycle& previous, const QDate& today) {
    PdsaCycle next;
    next.meta.owner = previous.meta.owner;
    next.teamId = previous.teamId;
    next.parentCycleId = previous.meta.id;
    next.title = nextCycleTitle(previous.title);
    next.objective = previous.nextStep.trimmed().isEmpty() ? previous.objective : previous.nextStep;
    for (const PdsaQuestion& question : previous.questions)
        next.questions.append({question.question, QString()});
    next.planWho = previous.planWho;
    next.planWhat = previous.planWhat;
    next.planWhere = previous.planWhere;
    next.dataCollectionPlan = previous.dataCollectionPlan;
    next.scaleCount = previous.scaleCount;
    next.scaleUnit = previous.scaleUnit;
    next.startDate = today;
    next.status = CycleStatus::Planned;
    next.decision = Decision::None;
    next.changeIdeaIds = previous.changeIdeaIds;
    next.measureIds = previous.measureIds;
    return next;
}

} // namespace pdsa::cycles
