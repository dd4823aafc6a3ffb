// SPDX-License-Identifier: Apache-2.0
#pragma once
// A tested practice that spread beyond the pilot site: which practice, from which team, to which
// site or unit, when, and how far it got.

#include "domain/record.h"

#include <QDate>
#include <QString>

namespace pdsa {

enum class SpreadStatus { Planned, InProgress, Spread, Sustained, Discontinued };
PDSA_ENUM_NAMES(SpreadStatus, {SpreadStatus::Planned, "planned"}, {SpreadStatus::InProgress, "in_progress"},
                {SpreadStatus::Spread, "spread"}, {SpreadStatus::Sustained, "sustained"},
                {SpreadStatus::Discontinued, "discontinued"});

struct SpreadRecord {
    RecordMeta meta;
    QUuid teamId;       // the team the practice spreads from
    QUuid changeIdeaId; // the change idea it grew from, if any
    QString practice;
    QString toSite;
    QDate spreadOn;
    SpreadStatus status = SpreadStatus::Planned;
    QString note;
    bool operator==(const SpreadRecord&) const = default;
};

} // namespace pdsa
