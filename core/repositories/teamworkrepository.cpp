// SPDX-License-Identifier: Apache-2.0
#include "repositories/teamworkrepository.h"

namespace pdsa::repo {

TeamWorkRepository::TeamWorkRepository(storage::Database& db)
    : annotations(db, "chart_annotation",
                  {column("team_id", &ChartAnnotation::teamId), column("measure_id", &ChartAnnotation::measureId),
                   column("cycle_id", &ChartAnnotation::cycleId), column("date", &ChartAnnotation::date),
                   freeText("text", &ChartAnnotation::text)},
                  "date")
    , reports(db, "team_report",
              {column("team_id", &TeamReport::teamId), column("month", &TeamReport::month),
               freeText("progress", &TeamReport::progress), freeText("successes", &TeamReport::successes),
               freeText("challenges", &TeamReport::challenges), freeText("next_steps", &TeamReport::nextSteps),
               freeText("help_needed", &TeamReport::helpNeeded), laterColumn("submitted_on", &TeamReport::submittedOn)},
              "month")
    , comments(db, "coach_comment",
               {column("team_id", &CoachComment::teamId), column("author", &CoachComment::author),
                column("subject_kind", &CoachComment::subjectKind), column("subject_id", &CoachComment::subjectId),
                column("written_on", &CoachComment::writtenOn), freeText("text", &CoachComment::text),
                laterColumn("month", &CoachComment::month), laterColumn("resolved_on", &CoachComment::resolvedOn)},
               "written_on")
    , replies(db, "comment_reply",
              {column("team_id", &CommentReply::teamId), column("comment_id", &CommentReply::commentId),
               column("author", &CommentReply::author), column("written_on", &CommentReply::writtenOn),
               freeText("text", &CommentReply::text)},
              "written_on")
    , scores(db, "assessment_score",
             {column("team_id", &AssessmentScore::teamId), column("month", &AssessmentScore::month),
              column("score", &AssessmentScore::score), freeText("rationale", &AssessmentScore::rationale),
              column("assessor", &AssessmentScore::assessor)},
             "month")
    , spread(db, "spread_record",
             {column("team_id", &SpreadRecord::teamId), column("change_idea_id", &SpreadRecord::changeIdeaId),
              column("practice", &SpreadRecord::practice), column("to_site", &SpreadRecord::toSite),
              column("spread_on", &SpreadRecord::spreadOn), column("status", &SpreadRecord::status),
              freeText("note", &SpreadRecord::note)},
             "spread_on, practice")
{
}

Result<std::vector<ChartAnnotation>> TeamWorkRepository::annotationsFor(const QUuid& teamId, const QUuid& measureId)
{
    return annotations.where("team_id = ?1 AND measure_id = ?2",
                             [&](storage::Query& q) { q.bind(1, teamId).bind(2, measureId); });
}

} // namespace pdsa::repo
