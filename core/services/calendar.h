// SPDX-License-Identifier: Apache-2.0
#pragma once
// The collaborative's calendar and strata rules, in core so that every way of writing them (the
// app's undo commands, imports, sync) meets the same rule and the same words: the collaborative
// ends no earlier than it starts; each learning session has a name and a date inside the
// collaborative's dates; learning sessions and summits overlap no other (a webinar may fall
// anywhere, inside an action period too); each action period has a name and dates inside the
// collaborative's, overlaps no other period and no learning session or summit (periods run between
// them); each stratum has a dimension and a name, a name no other category of its dimension
// has (case aside). Each check takes the whole calendar (or set of strata) as it would be after
// the edit, so an edit that breaks it is refused before anything is written.

#include "domain/collaborative.h"
#include "util/result.h"

#include <vector>

namespace pdsa::rules {

Status checkCalendar(const Collaborative& collaborative, const std::vector<LearningSession>& sessions,
                     const std::vector<ActionPeriod>& periods);

Status checkStrata(const std::vector<Stratum>& strata);

// The action periods the calendar lacks: one between each two consecutive sessions (webinars aside) (from the day
// after the first ends to the day before the next starts) where no period lies yet, and one
// after the last session up to the collaborative's end. Named "Action period N" in date order
// with the periods already there; positions follow.
std::vector<ActionPeriod> missingActionPeriods(const Collaborative& collaborative,
                                               const std::vector<LearningSession>& sessions,
                                               const std::vector<ActionPeriod>& periods);

} // namespace pdsa::rules
