// SPDX-License-Identifier: Apache-2.0
#pragma once
// Storage of the smaller records around a team's work: chart annotations, monthly team reports,
// coach comments and the team's replies, assessment scores and spread records. Each is its own aggregate (one table,
// no parts); they share a repository because they share every query.

#include "domain/assessmentscore.h"
#include "domain/chartannotation.h"
#include "domain/coachcomment.h"
#include "domain/spreadrecord.h"
#include "domain/teamreport.h"
#include "repositories/recordtable.h"

namespace pdsa::repo {

class TeamWorkRepository {
public:
    explicit TeamWorkRepository(storage::Database& db);

    Result<std::vector<ChartAnnotation>> annotationsFor(const QUuid& teamId, const QUuid& measureId);

    RecordTable<ChartAnnotation> annotations;
    RecordTable<TeamReport> reports;
    RecordTable<CoachComment> comments;
    RecordTable<CommentReply> replies;
    RecordTable<AssessmentScore> scores;
    RecordTable<SpreadRecord> spread;
};

} // namespace pdsa::repo
