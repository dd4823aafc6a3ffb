// SPDX-License-Identifier: Apache-2.0
#pragma once
// A faculty coach's comment on a team, or on one of its PDSA cycles, reports or measures.
// Owned by the coach role: only a coach's feedback bundle updates it.

#include "domain/record.h"

#include <QDate>
#include <QString>

namespace pdsa {

enum class SubjectKind { Team, Cycle, Report, Measure };
PDSA_ENUM_NAMES(SubjectKind, {SubjectKind::Team, "team"}, {SubjectKind::Cycle, "cycle"},
                {SubjectKind::Report, "report"}, {SubjectKind::Measure, "measure"});

struct CoachComment {
    RecordMeta meta;
    QUuid teamId;
    QString author;
    SubjectKind subjectKind = SubjectKind::Team;
    QUuid subjectId; // the cycle, report or measure; null for the team as a whole
    QDate writtenOn;
    QString text;
    bool operator==(const CoachComment&) const = default;
};

} // namespace pdsa
