// SPDX-License-Identifier: Apache-2.0
#include "domain/assessmentscore.h"

namespace pdsa {

const std::vector<AssessmentLevel>& assessmentScale()
{
    static const std::vector<AssessmentLevel> levels = {
        {1.0, QStringLiteral("Forming the team"),
         QStringLiteral("The team has formed and is planning its work.")},
        {1.5, QStringLiteral("Planning"),
         QStringLiteral("The aim is set and the measures are defined; the first tests are planned.")},
        {2.0, QStringLiteral("Activity, no changes"),
         QStringLiteral("PDSA cycles are running, but no change is adopted yet.")},
        {2.5, QStringLiteral("Changes tested, no improvement"),
         QStringLiteral("Changes are adopted, but the measures have not moved yet.")},
        {3.0, QStringLiteral("Modest improvement"), QStringLiteral("The process measures are improving.")},
        {3.5, QStringLiteral("Improvement"),
         QStringLiteral("The process measures have shifted and the outcome is starting to move.")},
        {4.0, QStringLiteral("Significant improvement"), QStringLiteral("Half or more of the goal is reached.")},
        {4.5, QStringLiteral("Sustainable improvement"),
         QStringLiteral("Most of the goal is reached and held.")},
        {5.0, QStringLiteral("Outstanding, sustainable results"),
         QStringLiteral("The goal is met and the changes are spreading beyond the pilot site.")},
    };
    return levels;
}

const AssessmentLevel& assessmentLevel(double score)
{
    const auto& levels = assessmentScale();
    const AssessmentLevel* at = &levels.front();
    for (const AssessmentLevel& level : levels)
        if (score >= level.score)
            at = &level;
    return *at;
}

} // namespace pdsa
