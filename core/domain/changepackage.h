// SPDX-License-Identifier: Apache-2.0
#pragma once
// The change package as a driver diagram: the collaborative's aim → primary drivers → secondary
// drivers → change ideas. Drivers belong to the organizer; teams may add change ideas of their own
// under the shared drivers (such ideas are owned by the team).

#include "domain/record.h"

#include <QString>

namespace pdsa {

enum class DriverKind { Primary, Secondary };
PDSA_ENUM_NAMES(DriverKind, {DriverKind::Primary, "primary"}, {DriverKind::Secondary, "secondary"});

struct Driver {
    RecordMeta meta;
    QUuid collaborativeId;
    QUuid parentId; // null for a primary driver, the primary driver for a secondary one
    DriverKind kind = DriverKind::Primary;
    QString name;
    QString description;
    int position = 0;
    bool operator==(const Driver&) const = default;
};

struct ChangeIdea {
    RecordMeta meta;
    QUuid driverId;
    QString name;
    QString description;
    int position = 0;
    bool operator==(const ChangeIdea&) const = default;
};

} // namespace pdsa
