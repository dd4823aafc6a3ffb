// SPDX-License-Identifier: Apache-2.0
#pragma once
// Ramps: a change grows through a chain of PDSA cycles, each started from the one before
// (PdsaCycle::parentCycleId), from one family to the whole unit. These functions read the chains
// out of a team's cycles and start the next cycle of a chain. Plain functions over records, so
// that the editor, the ramp view, the cycle list and the CLI share one reading of a ramp.
//
// Branching: two cycles may grow from one (a team tries two adaptations side by side). A ramp is
// then read as a main chain that follows, at every fork, the child that started first (ties: by
// title, then id, so the reading is stable), plus one branch chain per other child, which
// remembers the cycle it branched from. A parent that is missing (deleted, or not among the
// cycles given) makes its child the root of a ramp of its own; a loop of parents (only a damaged
// or hand-edited file can hold one) is cut where it would close.
//
// nextCycleFrom() decides what a team carries into the next cycle of a ramp:
// - carried: the team, the owner, the change ideas and measures (the same change is being
//   tested, on the same measures); who/what/where and the data collection plan (usually the same
//   people and the same log, adjusted rather than rewritten); the questions (the team asks them
//   again at the new scale); the scale (the team raises it: the next cycle starts from where the
//   last one stood, never from nothing);
// - the previous cycle's "next step" becomes the objective, since that is what the team decided
//   the next cycle is for (the previous objective when no next step was written);
// - not carried: the predictions (a prediction belongs to one test at one scale, and copying it
//   would skip the act of predicting again), "when" (new dates), everything under Do, Study
//   and Act (they describe what happened in the previous test), and the end date;
// - the new cycle starts today, planned, with no decision, as a child of the previous cycle, and
//   its title says which cycle of the ramp it is ("… (cycle 2)", then "(cycle 3)" …).

#include "domain/pdsacycle.h"

#include <QDate>
#include <QUuid>

#include <vector>

namespace pdsa::cycles {

// One line of growth: cycles from the first to the last. `branchedFrom` is null for the main
// chain of a ramp and the cycle a branch grew from otherwise.
struct RampChain {
    QUuid branchedFrom;
    std::vector<PdsaCycle> cycles;
};

// The chains of every ramp among `cycles`, each ramp's main chain followed by its branches;
// ramps in the order of their first cycle's start date. A cycle on its own is a chain of one.
std::vector<RampChain> rampChains(const std::vector<PdsaCycle>& cycles);

// The chains of the ramp that `cycleId` belongs to (main chain first); empty if it is not there.
std::vector<RampChain> rampChainsOf(const std::vector<PdsaCycle>& cycles, const QUuid& cycleId);

// The chain through `cycleId`, root first: the path up to the root, then on down by the
// first-started child at each fork. Empty if the cycle is not among `cycles`.
std::vector<PdsaCycle> rampOf(const std::vector<PdsaCycle>& cycles, const QUuid& cycleId);

// The id of the first cycle of the ramp that `cycleId` belongs to (null if not there).
QUuid rampRoot(const std::vector<PdsaCycle>& cycles, const QUuid& cycleId);

// Ramps grouped by the change idea they test: a ramp belongs to every change idea its first
// cycle is linked to (ramps testing no change idea are grouped under a null id, last).
struct IdeaRamps {
    QUuid changeIdeaId;
    std::vector<RampChain> chains;
};
std::vector<IdeaRamps> rampsByChangeIdea(const std::vector<PdsaCycle>& cycles);

// The title of the next cycle: "Family time (cycle 2)" from "Family time", "(cycle 4)" from
// "(cycle 3)".
QString nextCycleTitle(const QString& previousTitle);

// A new cycle grown from `previous` (see the header comment for what is carried), starting on
// `today`. It has a fresh id and is not stored.
PdsaCycle nextCycleFrom(const PdsaCycle& previous, const QDate& today);

} // namespace pdsa::cycles
