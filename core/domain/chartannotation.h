// SPDX-License-Identifier: Apache-2.0
#pragma once
// A dated note on one team's chart of one measure, often generated from a PDSA cycle or an
// adopted change.

#include "domain/record.h"

#include <QDate>
#include <QString>

namespace pdsa {

struct ChartAnnotation {
    RecordMeta meta;
    QUuid teamId;
    QUuid measureId;
    QUuid cycleId; // the PDSA cycle it came from, if any
    QDate date;
    QString text;
    bool operator==(const ChartAnnotation&) const = default;
};

} // namespace pdsa
