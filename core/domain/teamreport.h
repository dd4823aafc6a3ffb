// SPDX-License-Identifier: Apache-2.0
#pragma once
// A team's monthly report to faculty and the other teams: a draft until the team submits it,
// which stamps the date (reopening clears it again).

#include "domain/record.h"

#include <QDate>
#include <QString>

namespace pdsa {

struct TeamReport {
    RecordMeta meta;
    QUuid teamId;
    QDate month; // first day of the month reported on
    QString progress;
    QString successes;
    QString challenges;
    QString nextSteps;
    QString helpNeeded;
    QDate submittedOn = {}; // invalid while a draft
    bool operator==(const TeamReport&) const = default;
};

} // namespace pdsa
