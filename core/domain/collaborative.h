// SPDX-License-Identifier: Apache-2.0
#pragma once
// The collaborative aggregate: the collaborative itself, its calendar (learning sessions and the
// action periods between them) and the strata its measures are disaggregated by. Owned by the
// organizer.

#include "domain/record.h"

#include <QDate>
#include <QString>

namespace pdsa {

struct Collaborative {
    RecordMeta meta;
    QString name;
    QString topic;
    QString aim; // the collaborative's aim, the root of its driver diagram
    QString description;
    QDate startDate;
    QDate endDate;
    // The reporting calendar: each month's data for every shared measure and the monthly report
    // are due on this day of the following month.
    int reportDueDay = kDefaultReportDueDay;
    static constexpr int kDefaultReportDueDay = 10;
    static constexpr int kLastReportDueDay = 28;
    // The minimum cell size: a count from 1 to this − 1 is a small number, suppressed wherever
    // data leave the app (exports, reports, the command line) as agencies' cell-size rules require.
    // 0 (or 1) suppresses nothing.
    int minCellSize = kDefaultMinCellSize;
    static constexpr int kDefaultMinCellSize = 11;
    static constexpr int kMaxMinCellSize = 100;
    bool operator==(const Collaborative&) const = default;
};

enum class SessionKind { LearningSession, Summit, Webinar };
PDSA_ENUM_NAMES(SessionKind, {SessionKind::LearningSession, "learning_session"}, {SessionKind::Summit, "summit"},
                {SessionKind::Webinar, "webinar"});

struct LearningSession {
    RecordMeta meta;
    QUuid collaborativeId;
    QString name; // "LS1", "Summit"
    SessionKind kind = SessionKind::LearningSession;
    QDate startDate;
    QDate endDate;
    QString location;
    int position = 0;
    bool operator==(const LearningSession&) const = default;
};

struct ActionPeriod {
    RecordMeta meta;
    QUuid collaborativeId;
    QString name; // "Action period 1"
    QDate startDate;
    QDate endDate;
    int position = 0;
    bool operator==(const ActionPeriod&) const = default;
};

// One category of one disaggregation dimension, e.g. dimension "Age group", name "Under 1".
struct Stratum {
    RecordMeta meta;
    QUuid collaborativeId;
    QString dimension;
    QString name;
    int position = 0;
    bool operator==(const Stratum&) const = default;
};

} // namespace pdsa
