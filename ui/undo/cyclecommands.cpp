// SPDX-License-Identifier: Apache-2.0
#include "undo/cyclecommands.h"

#include "cycles/ramp.h"
#include "format.h"
#include "undo/commandids.h"
#include "undo/recordedit.h"
#include "workspacedocument.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>
#include <vector>

namespace pdsa::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::Command)
};

Result<PdsaCycle> load(WorkspaceDocument& document, const QUuid& cycleId) {
    auto found = document.workspace().cycles.cycles.find(cycleId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, Text::tr("The PDSA cycle is no longer in this workspace.")};
    return **found;
}

using CycleState = RecordState<PdsaCycle>;

// Edits of one part of one cycle (a field, a question cell) merge: typing is one undo step.
MergeKey typing(const QUuid& cycleId, int part) {
    return {EditCycleId, cycleId, QString::number(part)};
}

Status push(WorkspaceDocument& document, const QString& text, std::vector<CycleState> states,
            MergeKey key = {}) {
    return pushApplied(document, std::make_unique<RecordEdit<PdsaCycle>>(document, text, std::move(states),
                                                                         std::move(key)));
}

// Changes one cycle with `edit`; pushes nothing when the record comes out the same.
template <typename Edit>
Status change(WorkspaceDocument& document, const QUuid& cycleId, const QString& text, Edit edit,
              MergeKey key = {}) {
    auto before = load(document, cycleId);
    if (!before)
        return before.error();
    PdsaCycle after = *before;
    PDSA_TRY(edit(after));
    if (after == *before)
        return {};
    return push(document, text, {{cycleId, *before, after}}, key);
}

QString& textOf(PdsaCycle& cycle, CycleTextField field) {
    switch (field) {
    case CycleTextField::Title:
        return cycle.title;
    case CycleTextField::Objective:
        return cycle.objective;
    case CycleTextField::PlanWho:
        return cycle.planWho;
    case CycleTextField::PlanWhat:
        return cycle.planWhat;
    case CycleTextField::PlanWhere:
        return cycle.planWhere;
    case CycleTextField::PlanWhen:
        return cycle.planWhen;
    case CycleTextField::DataCollectionPlan:
        return cycle.dataCollectionPlan;
    case CycleTextField::WhatHappened:
        return cycle.whatHappened;
    case CycleTextField::Observations:
        return cycle.observations;
    case CycleTextField::Problems:
        return cycle.problems;
    case CycleTextField::Results:
        return cycle.results;
    case CycleTextField::Learned:
        return cycle.learned;
    case CycleTextField::NextStep:
        return cycle.nextStep;
    }
    return cycle.title;
}

QString textFor(CycleTextField field) {
    switch (field) {
    case CycleTextField::Title:
        return Text::tr("Rename PDSA cycle");
    case CycleTextField::Objective:
        return Text::tr("Edit objective");
    case CycleTextField::PlanWho:
        return Text::tr("Edit who");
    case CycleTextField::PlanWhat:
        return Text::tr("Edit what");
    case CycleTextField::PlanWhere:
        return Text::tr("Edit where");
    case CycleTextField::PlanWhen:
        return Text::tr("Edit when");
    case CycleTextField::DataCollectionPlan:
        return Text::tr("Edit data collection plan");
    case CycleTextField::WhatHappened:
        return Text::tr("Edit what happened");
    case CycleTextField::Observations:
        return Text::tr("Edit observations");
    case CycleTextField::Problems:
        return Text::tr("Edit problems");
    case CycleTextField::Results:
        return Text::tr("Edit results");
    case CycleTextField::Learned:
        return Text::tr("Edit what was learned");
    case CycleTextField::NextStep:
        return Text::tr("Edit next step");
    }
    return QString();
}

// Merge keys: the text fields first, then the scale and the dates (a spin box or a date edit
// changes at every keystroke), then two per question row.
constexpr int kScaleKey = 100;
constexpr int kDatesKey = 101;
constexpr int kQuestionKeyBase = 200;

Status checkRow(const PdsaCycle& cycle, int row) {
    if (row < 0 || row >= cycle.questions.size())
        return Error{ErrorCode::Invalid, Text::tr("There is no question %1 on this worksheet.").arg(row + 1)};
    return {};
}

QList<QUuid> withoutDuplicates(const QList<QUuid>& ids) {
    QList<QUuid> unique;
    for (const QUuid& id : ids)
        if (!id.isNull() && !unique.contains(id))
            unique.append(id);
    return unique;
}

} // namespace

namespace command {

Status editCycleText(WorkspaceDocument& document, const QUuid& cycleId, CycleTextField field,
                     const QString& value) {
    if (field == CycleTextField::Title && value.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, Text::tr("A PDSA cycle needs a title.")};
    return change(document, cycleId, textFor(field),
                  [&](PdsaCycle& cycle) -> Status {
                      textOf(cycle, field) = value;
                      return {};
                  },
                  typing(cycleId, static_cast<int>(field)));
}

Status setCycleStatus(WorkspaceDocument& document, const QUuid& cycleId, CycleStatus status) {
    return change(document, cycleId, Text::tr("Change status"), [&](PdsaCycle& cycle) -> Status {
        cycle.status = status;
        return {};
    });
}

Status setCycleDecision(WorkspaceDocument& document, const QUuid& cycleId, Decision decision) {
    return change(document, cycleId, Text::tr("Change decision"), [&](PdsaCycle& cycle) -> Status {
        cycle.decision = decision;
        return {};
    });
}

Status setCycleDates(WorkspaceDocument& document, const QUuid& cycleId, const QDate& start,
                     const QDate& end) {
    if (start.isValid() && end.isValid() && end < start)
        return Error{ErrorCode::Invalid,
                     Text::tr("The end date cannot be before the start date. Change the start date first, "
                              "or pick an end on or after %1.")
                         .arg(Format::date(start))};
    return change(document, cycleId, Text::tr("Change dates"),
                  [&](PdsaCycle& cycle) -> Status {
                      cycle.startDate = start.isValid() ? start : QDate();
                      cycle.endDate = end.isValid() ? end : QDate();
                      return {};
                  },
                  typing(cycleId, kDatesKey));
}

Status setCycleScale(WorkspaceDocument& document, const QUuid& cycleId, std::optional<int> count,
                     const QString& unit) {
    if (count && *count < 0)
        return Error{ErrorCode::Invalid,
                     Text::tr("The scale cannot be negative: it counts families, workers or cases.")};
    return change(document, cycleId, Text::tr("Change scale"),
                  [&](PdsaCycle& cycle) -> Status {
                      cycle.scaleCount = count;
                      cycle.scaleUnit = unit;
                      return {};
                  },
                  typing(cycleId, kScaleKey));
}

Status addCycleQuestion(WorkspaceDocument& document, const QUuid& cycleId, const PdsaQuestion& question,
                        int row) {
    return change(document, cycleId, Text::tr("Add question"), [&](PdsaCycle& cycle) -> Status {
        if (row > cycle.questions.size())
            return Error{ErrorCode::Invalid, Text::tr("There is no place %1 for a question.").arg(row + 1)};
        cycle.questions.insert(row < 0 ? cycle.questions.size() : row, question);
        return {};
    });
}

Status editCycleQuestion(WorkspaceDocument& document, const QUuid& cycleId, int row, QuestionPart part,
                         const QString& value) {
    return change(document, cycleId,
                  part == QuestionPart::Question ? Text::tr("Edit question") : Text::tr("Edit prediction"),
                  [&](PdsaCycle& cycle) -> Status {
                      PDSA_TRY(checkRow(cycle, row));
                      PdsaQuestion& question = cycle.questions[row];
                      (part == QuestionPart::Question ? question.question : question.prediction) = value;
                      return {};
                  },
                  typing(cycleId, kQuestionKeyBase + 2 * row + (part == QuestionPart::Question ? 0 : 1)));
}

Status removeCycleQuestion(WorkspaceDocument& document, const QUuid& cycleId, int row) {
    return change(document, cycleId, Text::tr("Remove question"), [&](PdsaCycle& cycle) -> Status {
        PDSA_TRY(checkRow(cycle, row));
        cycle.questions.removeAt(row);
        return {};
    });
}

Status moveCycleQuestion(WorkspaceDocument& document, const QUuid& cycleId, int from, int to) {
    return change(document, cycleId, Text::tr("Move question"), [&](PdsaCycle& cycle) -> Status {
        PDSA_TRY(checkRow(cycle, from));
        PDSA_TRY(checkRow(cycle, to));
        cycle.questions.move(from, to);
        return {};
    });
}

Status setCycleChangeIdeas(WorkspaceDocument& document, const QUuid& cycleId, const QList<QUuid>& ideaIds) {
    return change(document, cycleId, Text::tr("Change the ideas tested"), [&](PdsaCycle& cycle) -> Status {
        cycle.changeIdeaIds = withoutDuplicates(ideaIds);
        return {};
    });
}

Status setCycleMeasures(WorkspaceDocument& document, const QUuid& cycleId, const QList<QUuid>& measureIds) {
    return change(document, cycleId, Text::tr("Change the measures informed"),
                  [&](PdsaCycle& cycle) -> Status {
                      cycle.measureIds = withoutDuplicates(measureIds);
                      return {};
                  });
}

Result<QUuid> newCycle(WorkspaceDocument& document, const QUuid& teamId, const QDate& today) {
    auto team = document.workspace().teams.teams.find(teamId);
    if (!team)
        return team.error();
    if (!*team)
        return Error{ErrorCode::NotFound, Text::tr("The team is no longer in this workspace.")};
    PdsaCycle cycle;
    cycle.meta.owner = Owner::ofTeam(teamId);
    cycle.teamId = teamId;
    cycle.title = Text::tr("New PDSA cycle");
    cycle.startDate = today;
    PDSA_TRY(push(document, Text::tr("New PDSA cycle"), {{cycle.meta.id, std::nullopt, cycle}}));
    return cycle.meta.id;
}

Result<QUuid> nextCycle(WorkspaceDocument& document, const QUuid& previousId, const QDate& today) {
    auto previous = load(document, previousId);
    if (!previous)
        return previous.error();
    const PdsaCycle next = cycles::nextCycleFrom(*previous, today);
    PDSA_TRY(push(document, Text::tr("Next cycle"), {{next.meta.id, std::nullopt, next}}));
    return next.meta.id;
}

Status deleteCycle(WorkspaceDocument& document, const QUuid& cycleId) {
    auto cycle = load(document, cycleId);
    if (!cycle)
        return cycle.error();
    auto children = document.workspace().cycles.children(cycleId);
    if (!children)
        return children.error();
    std::vector<CycleState> states;
    for (const PdsaCycle& child : *children) {
        PdsaCycle relinked = child;
        relinked.parentCycleId = cycle->parentCycleId;
        states.push_back({child.meta.id, child, relinked});
    }
    states.push_back({cycleId, *cycle, std::nullopt});
    return push(document, Text::tr("Delete PDSA cycle %1").arg(cycle->title), std::move(states));
}

} // namespace command
} // namespace pdsa::ui
