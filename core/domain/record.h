// SPDX-License-Identifier: Apache-2.0
#pragma once
// Bookkeeping that every record carries so that bundles can merge workspaces later:
// a UUID from the moment of creation, the owner (the organizer, one team, or a coach),
// a revision that grows by one with each change, the time of that change, and a tombstone flag
// (deleting keeps the row so an old bundle cannot bring the record back).

#include "domain/enumtext.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace pdsa {

enum class OwnerRole { Organizer, Team, Coach };
PDSA_ENUM_NAMES(OwnerRole, {OwnerRole::Organizer, "organizer"}, {OwnerRole::Team, "team"},
                {OwnerRole::Coach, "coach"});

struct Owner {
    OwnerRole role = OwnerRole::Organizer;
    QUuid team;    // set when role is Team
    QString coach; // the coach's name when role is Coach; empty for a coach's record of bundle
                   // format 1, from before coaches were named (read-only everywhere since)

    static Owner organizer() { return {OwnerRole::Organizer, {}, {}}; }
    static Owner ofCoach(const QString& name) { return {OwnerRole::Coach, {}, name.trimmed()}; }
    static Owner ofTeam(const QUuid& team) { return {OwnerRole::Team, team, {}}; }
    bool operator==(const Owner&) const = default;
};

namespace detail {
inline thread_local int recordsBeingRead = 0;
} // namespace detail

// While one is alive, records made on this thread start without an id of their own: a record
// about to be read from a row or a bundle gets its id from there, and making a random UUID
// (from the system's generator) costs more than reading the whole record.
struct RecordsBeingRead {
    RecordsBeingRead() { ++detail::recordsBeingRead; }
    ~RecordsBeingRead() { --detail::recordsBeingRead; }
    RecordsBeingRead(const RecordsBeingRead&) = delete;
    RecordsBeingRead& operator=(const RecordsBeingRead&) = delete;
};

// A new record's id: a fresh UUID, except while records are being read.
inline QUuid newRecordId() {
    return detail::recordsBeingRead > 0 ? QUuid() : QUuid::createUuid();
}

struct RecordMeta {
    QUuid id = newRecordId();
    Owner owner;
    int revision = 1;
    QDateTime updatedAt;
    bool deleted = false;
    bool operator==(const RecordMeta&) const = default;
};

} // namespace pdsa
