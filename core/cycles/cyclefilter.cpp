// SPDX-License-Identifier: Apache-2.0
#include "cycles/cyclefilter.h"

namespace pdsa::cycles {

bool CycleFilter::isEmpty() const {
    return teamIds.isEmpty() && changeIdeaIds.isEmpty() && driverId.isNull() && statuses.empty() &&
           decisions.empty() && from.isNull() && to.isNull() && text.trimmed().isEmpty();
}

QString foldForSearch(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            space = !folded.isEmpty();
            continue;
        }
        if (space) {
            folded += QLatin1Char(' ');
            space = false;
        }
        folded += c;
    }
    return folded.toCaseFolded();
}

QString searchHaystack(const PdsaCycle& cycle, const CycleNames& names) {
    QStringList parts{cycle.title,
                      cycle.objective,
                      cycle.planWho,
                      cycle.planWhat,
                      cycle.planWhere,
                      cycle.planWhen,
                      cycle.dataCollectionPlan,
                      cycle.whatHappened,
                      cycle.observations,
                      cycle.problems,
                      cycle.results,
                      cycle.learned,
                      cycle.nextStep,
                      cycle.scaleUnit,
                      toText(cycle.status),
                      cycle.decision == Decision::None ? QString() : toText(cycle.decision),
                      names.teams.value(cycle.teamId)};
    if (cycle.scaleCount)
        parts << QString::number(*cycle.scaleCount);
    for (const PdsaQuestion& question : cycle.questions)
        parts << question.question << question.prediction;
    for (const QUuid& idea : cycle.changeIdeaIds)
        parts << names.changeIdeas.value(idea);
    for (const QUuid& measure : cycle.measureIds)
        parts << names.measures.value(measure);
    // A line break between fields: a search word never matches across two fields.
    QString haystack;
    for (const QString& part : std::as_const(parts)) {
        if (part.isEmpty())
            continue;
        if (!haystack.isEmpty())
            haystack += QLatin1Char('\n');
        haystack += foldForSearch(part);
    }
    return haystack;
}

CycleMatcher::CycleMatcher(const CycleFilter& filter, const CycleNames& names)
    : m_filter(filter)
    , m_names(names) {
    m_words = foldForSearch(filter.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_words.removeDuplicates();
    if (filter.changeIdeaIds.isEmpty() && filter.driverId.isNull())
        return;
    m_byIdea = true;
    const auto underDriver = [&](const QUuid& idea) {
        const QUuid driver = names.ideaDriver.value(idea);
        return !driver.isNull() &&
               (driver == filter.driverId || names.driverParent.value(driver) == filter.driverId);
    };
    if (!filter.changeIdeaIds.isEmpty()) {
        for (const QUuid& idea : filter.changeIdeaIds)
            if (filter.driverId.isNull() || underDriver(idea))
                m_ideas.insert(idea);
    } else {
        for (auto it = names.ideaDriver.cbegin(); it != names.ideaDriver.cend(); ++it)
            if (underDriver(it.key()))
                m_ideas.insert(it.key());
    }
    m_noIdeaCanMatch = m_ideas.isEmpty();
}

bool CycleMatcher::matches(const PdsaCycle& cycle, const QString& haystack) const {
    if (!m_filter.teamIds.isEmpty() && !m_filter.teamIds.contains(cycle.teamId))
        return false;
    if (!m_filter.statuses.empty() && !m_filter.statuses.count(cycle.status))
        return false;
    if (!m_filter.decisions.empty() && !m_filter.decisions.count(cycle.decision))
        return false;
    if (m_byIdea) {
        if (m_noIdeaCanMatch)
            return false;
        bool linked = false;
        for (const QUuid& idea : cycle.changeIdeaIds)
            linked = linked || m_ideas.contains(idea);
        if (!linked)
            return false;
    }
    if (!m_filter.from.isNull() || !m_filter.to.isNull()) {
        if (!cycle.startDate.isValid())
            return false;
        if (!m_filter.to.isNull() && cycle.startDate > m_filter.to)
            return false;
        if (!m_filter.from.isNull() && cycle.endDate.isValid() && cycle.endDate < m_filter.from)
            return false;
    }
    for (const QString& word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

bool CycleMatcher::matches(const PdsaCycle& cycle) const {
    return matches(cycle, m_words.isEmpty() ? QString() : searchHaystack(cycle, m_names));
}

} // namespace pdsa::cycles
