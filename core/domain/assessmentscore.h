// SPDX-License-Identifier: Apache-2.0
#pragma once
// A monthly score of a team's progress on the assessment scale (1.0 = forming a team … 5.0 =
// outstanding, sustainable results), in half points: the faculty's (owned by the coach who gave
// it) or the team's own self-score (owned by the team). One of each per team and month.

#include "domain/record.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <cmath>
#include <vector>

namespace pdsa {

struct AssessmentScore {
    RecordMeta meta;
    QUuid teamId;
    QDate month;
    double score = 1.0;
    QString rationale;
    QString assessor;

    static constexpr double kMinimum = 1.0;
    static constexpr double kMaximum = 5.0;
    Status validate() const
    {
        if (!(score >= kMinimum && score <= kMaximum) || score * 2 != std::floor(score * 2))
            return Error{ErrorCode::Invalid,
                         QStringLiteral("assessment score %1 is not on the scale: expected 1.0 to 5.0 in half points")
                             .arg(score)};
        return {};
    }
    bool isSelfScore() const { return meta.owner.role == OwnerRole::Team; }
    bool operator==(const AssessmentScore&) const = default;
};

// One level of the assessment scale: its score, a short name and what it means, in this
// project's words.
struct AssessmentLevel {
    double score;
    QString name;
    QString meaning;
};
// The nine levels, 1.0 to 5.0 in half points.
const std::vector<AssessmentLevel>& assessmentScale();
// The level a score is at (the highest level at or below it).
const AssessmentLevel& assessmentLevel(double score);
// A faculty score and a self-score this far apart or more are flagged.
inline constexpr double kScoreGapFlag = 1.0;

} // namespace pdsa
