#pragma once
// Bookkeeping that every record carries so that bundles can merge workspaces later:
// a UUID from the moment of creation, the owner (the organizer, one team, or a coach),
// a revision that grows by one with each change, the time of that change, and a tombstone flag
// (deleting keeps the row so an old bundle cannot bring the record back).

#include "domain/enumtext.h"

#include <QDateTime>
#include <QUuid>

namespace pdsa {

enum class OwnerRole { Organizer, Team, Coach };
PDSA_ENUM_NAMES(OwnerRole, {OwnerRole::Organizer, "organizer"}, {OwnerRole::Team, "team"},
                {OwnerRole::Coach, "coach"});

struct Owner {
    OwnerRole role = OwnerRole::Organizer;
    QUuid team; // set when role is Team

    static Owner organizer() { return {OwnerRole::Organizer, {}}; }
    static Owner coach() { return {OwnerRole::Coach, {}}; }
    static Owner ofTeam(const QUuid& team) { return {OwnerRole::Team, team}; }
    bool operator==(const Owner&) const = default;
};

struct RecordMeta {
    QUuid id = QUuid::createUuid();
    Owner owner;
    int revision = 1;
    QDateTime updatedAt;
    bool deleted = false;
    bool operator==(const RecordMeta&) const = default;
};

} // namespace pdsa
