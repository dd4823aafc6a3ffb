// SPDX-License-Identifier: Apache-2.0
#pragma once
// The team aggregate: a pilot team (agency, site, partner court), its members with their roles
// (adults on the team only: never child-level data) and its aim statement.

#include "domain/record.h"

#include <QDate>
#include <QString>

namespace pdsa {

enum class AgencyKind { County, State, Tribal, Private };
PDSA_ENUM_NAMES(AgencyKind, {AgencyKind::County, "county"}, {AgencyKind::State, "state"},
                {AgencyKind::Tribal, "tribal"}, {AgencyKind::Private, "private"});

struct Team {
    RecordMeta meta;
    QUuid collaborativeId;
    QString name;
    QString agency;
    AgencyKind agencyKind = AgencyKind::County;
    QString site;
    QString courtPartner;
    QString description;
    bool operator==(const Team&) const = default;
};

struct TeamMember {
    RecordMeta meta;
    QUuid teamId;
    QString name;
    QString role; // "Team lead", "Parent partner", "Judicial officer"...
    QString organization;
    int position = 0;
    bool operator==(const TeamMember&) const = default;
};

// What the team will accomplish, how much, by when.
struct Aim {
    RecordMeta meta;
    QUuid teamId;
    QString statement;
    QString what;
    QString howMuch;
    QDate byWhen;
    bool operator==(const Aim&) const = default;
};

} // namespace pdsa
