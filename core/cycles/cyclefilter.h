// SPDX-License-Identifier: Apache-2.0
#pragma once
// Which PDSA cycles to show: the filters of the cycle list (teams, change ideas, driver, status,
// decision, a date range) and its full-text search. Plain functions over records, so that the
// app's list and any later command share one meaning of "matches".
//
// Search: the text is split into words; a cycle matches when every word occurs somewhere in it
// (any field: title, every Plan/Do/Study/Act text, questions and predictions, scale, status and
// decision words, and the names of its team, change ideas and measures). Matching ignores case
// and accents ("resume" finds "Résumé"), and a word matches the start or middle of a word
// ("famil" finds "families"). To be instant on thousands of cycles, each cycle's searchable
// text is folded once into a haystack (searchHaystack) and a filter is prepared once
// (CycleMatcher); matching a cycle is then a few substring searches.
//
// Dates: a cycle matches a range when its [start, end] overlaps the range (inclusive). A cycle
// without an end date is still open, so it overlaps everything from its start on; one without a
// start date has no known timing and never matches a date range.

#include "domain/pdsacycle.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QUuid>

#include <set>

namespace pdsa::cycles {

// The names and the driver tree a filter needs, loaded once by the caller.
struct CycleNames {
    QHash<QUuid, QString> teams;
    QHash<QUuid, QString> changeIdeas;
    QHash<QUuid, QString> measures;
    QHash<QUuid, QUuid> ideaDriver;   // change idea → the driver it sits under
    QHash<QUuid, QUuid> driverParent; // secondary driver → its primary driver
};

struct CycleFilter {
    QSet<QUuid> teamIds;            // empty: every team
    QSet<QUuid> changeIdeaIds;      // empty: any; otherwise linked to at least one of them
    QUuid driverId;                 // null: any; otherwise linked to an idea under this driver (at any depth)
    std::set<CycleStatus> statuses; // empty: any
    std::set<Decision> decisions;   // empty: any
    QDate from;                     // null: open
    QDate to;                       // null: open
    QString text;                   // words that must all occur

    bool isEmpty() const;
    bool operator==(const CycleFilter&) const = default;
};

// Lower case, accents removed, runs of white space as one space.
QString foldForSearch(const QString& text);

// Everything searchable about `cycle`, folded; the names of linked records come from `names`.
QString searchHaystack(const PdsaCycle& cycle, const CycleNames& names);

// A filter prepared for matching many cycles.
class CycleMatcher {
public:
    CycleMatcher(const CycleFilter& filter, const CycleNames& names);

    // `haystack` is searchHaystack(cycle, names), computed once per cycle by the caller.
    bool matches(const PdsaCycle& cycle, const QString& haystack) const;
    // For one-off checks: computes the haystack.
    bool matches(const PdsaCycle& cycle) const;

    // The search words, folded.
    const QStringList& words() const { return m_words; }

private:
    CycleFilter m_filter;
    const CycleNames& m_names;
    QSet<QUuid> m_ideas; // ideas admitted by the change idea and driver filters (empty: any)
    bool m_byIdea = false;
    bool m_noIdeaCanMatch = false;
    QStringList m_words;
};

} // namespace pdsa::cycles
