// SPDX-License-Identifier: Apache-2.0
#pragma once
// The reporting calendar's facts in a few aggregate queries (core/coaching/reporting.h builds
// the team × month grid from them): which shared measures each team entered per month, when each
// monthly report was submitted, and each month's faculty score and self-score. One pass over
// each table, so that a collaborative of 200 teams over ten years is read in a blink.

#include "storage/database.h"

#include <QDate>
#include <QStringList>
#include <QUuid>

#include <map>
#include <optional>
#include <utility>

namespace pdsa::repo {

using TeamMonth = std::pair<QUuid, QDate>; // a team and a month's first day

struct MonthFacts {
    int measuresEntered = 0;   // shared measures with the month's total entered
    bool reported = false;     // a live report for the month (draft or submitted)
    QDate submittedOn;         // invalid: not submitted
    std::optional<double> facultyScore;
    std::optional<double> selfScore;
};

class ReportingQueries {
public:
    explicit ReportingQueries(storage::Database& db)
        : m_db(db) {}

    // The collaborative's live shared measures (those every team reports).
    Result<int> sharedMeasureCount();
    // Every team-month that has anything: entered measures, a report, a score; of one team only
    // when `teamId` is given.
    Result<std::map<TeamMonth, MonthFacts>> monthFacts(const QUuid& teamId = {});
    // The names of the coaches whose records this workspace holds (the unnamed coach of bundle
    // format 1 left out), in the order of their names.
    Result<QStringList> coachNames();
    // Live comments neither answered (no live reply) nor resolved.
    Result<int> newCommentCount();
    // Live comments not resolved, per team and what they are about (the subject's id: the team
    // itself, a cycle, a measure or a report).
    Result<std::map<std::pair<QUuid, QUuid>, int>> openCommentCounts();

private:
    storage::Database& m_db;
};

} // namespace pdsa::repo
