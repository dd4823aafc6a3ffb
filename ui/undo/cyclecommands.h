// SPDX-License-Identifier: Apache-2.0
#pragma once
// The undo facade for PDSA cycles (the worksheet editor, "Next cycle", "New PDSA cycle",
// deleting). Like commands.h: each function validates, writes through PdsaRepository in one
// transaction and pushes one undoable command; it returns an Error and pushes nothing when the
// edit is refused, and pushes nothing when nothing changed.
//
// Every command holds whole records before and after, so undo restores the exact record
// (questions and links included). Typing merges: consecutive edits of the same text field of the
// same cycle (or the same question's cell, the scale, or the dates) become one undo step.

#include "domain/pdsacycle.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace pdsa::ui {

class WorkspaceDocument;

// The worksheet's free-text fields.
enum class CycleTextField {
    Title,
    Objective,
    PlanWho,
    PlanWhat,
    PlanWhere,
    PlanWhen,
    DataCollectionPlan,
    WhatHappened,
    Observations,
    Problems,
    Results,
    Learned,
    NextStep,
};

// Which part of a question an edit changes.
enum class QuestionPart { Question, Prediction };

namespace command {

// Sets one text field. The title must not be empty.
Status editCycleText(WorkspaceDocument& document, const QUuid& cycleId, CycleTextField field,
                     const QString& value);
Status setCycleStatus(WorkspaceDocument& document, const QUuid& cycleId, CycleStatus status);
Status setCycleDecision(WorkspaceDocument& document, const QUuid& cycleId, Decision decision);
// Start and end (either may be null). Refused: an end before the start.
Status setCycleDates(WorkspaceDocument& document, const QUuid& cycleId, const QDate& start, const QDate& end);
// How many families, workers or cases (no count: not set). Refused: a negative count.
Status setCycleScale(WorkspaceDocument& document, const QUuid& cycleId, std::optional<int> count,
                     const QString& unit);

// Questions with their predictions: add at the end (or at `row`), edit one part, remove, move.
Status addCycleQuestion(WorkspaceDocument& document, const QUuid& cycleId, const PdsaQuestion& question = {},
                        int row = -1);
Status editCycleQuestion(WorkspaceDocument& document, const QUuid& cycleId, int row, QuestionPart part,
                         const QString& value);
Status removeCycleQuestion(WorkspaceDocument& document, const QUuid& cycleId, int row);
Status moveCycleQuestion(WorkspaceDocument& document, const QUuid& cycleId, int from, int to);

// The change ideas it tests and the measures it informs, in order (duplicates are dropped).
Status setCycleChangeIdeas(WorkspaceDocument& document, const QUuid& cycleId, const QList<QUuid>& ideaIds);
Status setCycleMeasures(WorkspaceDocument& document, const QUuid& cycleId, const QList<QUuid>& measureIds);

// A new, empty cycle of `teamId` starting on `today` ("New PDSA cycle"); returns its id.
Result<QUuid> newCycle(WorkspaceDocument& document, const QUuid& teamId, const QDate& today);
// The next cycle of the ramp, grown from `previousId` (cycles::nextCycleFrom); returns its id.
Result<QUuid> nextCycle(WorkspaceDocument& document, const QUuid& previousId, const QDate& today);
// Deletes a cycle (a tombstone). The cycles that grew from it are re-linked to its parent, so
// the ramp stays one chain; undo restores the cycle and the links.
Status deleteCycle(WorkspaceDocument& document, const QUuid& cycleId);

} // namespace command
} // namespace pdsa::ui
