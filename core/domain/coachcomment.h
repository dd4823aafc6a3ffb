// SPDX-License-Identifier: Apache-2.0
#pragma once
// A faculty coach's comment on a team, or on one of its PDSA cycles, monthly reports or measures
// (a measure at a month), and the team's replies to it. The comment is its coach's record (only
// that coach's feedback bundle updates it, and only that coach marks it resolved); a reply is the
// team's.

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
    QDate month = {};      // the month the comment is about (its first day), when it is about one
    QDate resolvedOn = {}; // invalid while open
    bool operator==(const CoachComment&) const = default;
};

// new: no reply yet; answered: the team replied; resolved: the coach closed it.
enum class CommentState { New, Answered, Resolved };
PDSA_ENUM_NAMES(CommentState, {CommentState::New, "new"}, {CommentState::Answered, "answered"},
                {CommentState::Resolved, "resolved"});

struct CommentReply {
    RecordMeta meta;
    QUuid teamId;
    QUuid commentId;
    QString author;
    QDate writtenOn;
    QString text;
    bool operator==(const CommentReply&) const = default;
};

} // namespace pdsa
