// SPDX-License-Identifier: Apache-2.0
#pragma once
// A coach's monthly score of a team's progress on the collaborative assessment scale
// (1.0 = forming a team … 5.0 = outstanding, sustainable results), in half points.

#include "domain/record.h"
#include "util/result.h"

#include <QDate>
#include <QString>

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
        if (!(score >= kMinimum && score <= kMaximum))
            return Error{ErrorCode::Invalid,
                         QStringLiteral("assessment score %1 is out of range: expected 1.0 to 5.0").arg(score)};
        return {};
    }
    bool operator==(const AssessmentScore&) const = default;
};

} // namespace pdsa
