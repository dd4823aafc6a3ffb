// SPDX-License-Identifier: Apache-2.0
#pragma once
// A PDSA cycle: one small test of a change, written up as the worksheet coaches hand out
// (Plan, Do, Study, Act), linked to the change ideas it tests and the measures it informs.
// Cycles form ramps: each cycle may grow from an earlier one (parentCycleId).
// The questions and links are parts of the cycle and are versioned with it.

#include "domain/record.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pdsa {

enum class Decision { None, Adopt, Adapt, Abandon };
PDSA_ENUM_NAMES(Decision, {Decision::None, "none"}, {Decision::Adopt, "adopt"}, {Decision::Adapt, "adapt"},
                {Decision::Abandon, "abandon"});

enum class CycleStatus { Planned, Running, Studying, Done };
PDSA_ENUM_NAMES(CycleStatus, {CycleStatus::Planned, "planned"}, {CycleStatus::Running, "running"},
                {CycleStatus::Studying, "studying"}, {CycleStatus::Done, "done"});

struct PdsaQuestion {
    QString question;
    QString prediction;
    bool operator==(const PdsaQuestion&) const = default;
};

struct PdsaCycle {
    RecordMeta meta;
    QUuid teamId;
    QUuid parentCycleId; // the cycle this one grew from (ramp), or null
    QString title;
    // Plan
    QString objective;
    QList<PdsaQuestion> questions;
    QString planWho;
    QString planWhat;
    QString planWhere;
    QString planWhen;
    QString dataCollectionPlan;
    // Do
    QString whatHappened;
    QString observations;
    QString problems;
    // Study
    QString results; // results compared with the predictions
    QString learned;
    // Act
    Decision decision = Decision::None;
    QString nextStep;
    // Scale and timing
    std::optional<int> scaleCount;
    QString scaleUnit; // "families", "workers", "cases"
    QDate startDate;
    QDate endDate;
    CycleStatus status = CycleStatus::Planned;
    // Links
    QList<QUuid> changeIdeaIds;
    QList<QUuid> measureIds;

    bool operator==(const PdsaCycle&) const = default;
};

} // namespace pdsa
