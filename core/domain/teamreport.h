// SPDX-License-Identifier: Apache-2.0
#pragma once
// A team's monthly report to faculty and the other teams.

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
    bool operator==(const TeamReport&) const = default;
};

} // namespace pdsa
