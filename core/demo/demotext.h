// SPDX-License-Identifier: Apache-2.0
#pragma once
// The words of the demo collaborative: change concepts and ideas (after the change package of
// published child-welfare reunification research), fictional teams and people, and the shared
// measure set. Everything here is invented and every team name says "(demo)".

#include "domain/measure.h"
#include "domain/team.h"

#include <array>
#include <vector>

namespace pdsa::demo {

struct IdeaText {
    const char* name;
    const char* action;  // what a test of it does: "hold the first family visit within 72 hours"
    const char* benefit; // what it should change: "parents see their children sooner"
    int measure;         // index into measureTemplates() of the measure it should move
};

struct SecondaryText {
    const char* name;
    std::vector<IdeaText> ideas;
};

struct PrimaryText {
    const char* name;
    const char* description;
    std::vector<SecondaryText> secondaries;
};

const std::vector<PrimaryText>& changePackage();

struct TeamText {
    const char* place;    // "Alder County"
    const char* agency;
    const char* court;
    const char* site;
    AgencyKind kind;
};
const std::vector<TeamText>& teamTexts();
// Further fictional place names for collaboratives larger than the four hand-written teams.
const std::vector<const char*>& extraPlaces();

const std::vector<const char*>& firstNames();
const std::vector<const char*>& lastNames();
const std::vector<const char*>& memberRoles();

struct MeasureTemplate {
    const char* name;
    MeasureType type;
    DataKind kind;
    Improvement improvement;
    const char* unit;
    double ratePer; // 0 when not a rate
    double goal;
    const char* operationalDefinition;
    const char* numerator;
    const char* denominator;
    const char* source;
    bool stratified;
    // The simulated process: level before the change, level after, typical monthly volume.
    double before;
    double after;
    double volume;
};
const std::vector<MeasureTemplate>& measureTemplates();

struct StratumText {
    const char* dimension;
    const char* name;
    double share;      // share of children in this stratum (before the team's own adjustment)
    double adjustment; // multiplier on the reunification rate (the disparities research describes)
};
const std::vector<StratumText>& strataTexts();

} // namespace pdsa::demo
