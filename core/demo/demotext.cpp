// SPDX-License-Identifier: Apache-2.0
#include "demo/demotext.h"

namespace pdsa::demo {

// Measure indexes used by the ideas below (see measureTemplates()).
namespace m {
constexpr int reunified = 0, reentry = 1, familyTime = 2, daysToVisit = 3, parentPartner = 4, casePlan = 5,
              teaming = 6;
}

const std::vector<PrimaryText>& changePackage()
{
    static const std::vector<PrimaryText> package = {
        {"Accurate assessment",
         "Stay focused on the safety issues that bear on the parent's ability to meet the child's needs, and do "
         "not move the goal post.",
         {{"Assessment focused on safety, not compliance",
           {{"Safety-focused case review at 30 days", "review each new case at 30 days against the original safety concerns",
             "case plans stay tied to the reasons for removal", m::casePlan},
            {"Strengths and needs checklist with the family",
             "complete the strengths and needs checklist together with the parents",
             "assessments reflect what the family says it needs", m::casePlan}}},
          {"Timely reassessment of safety",
           {{"Monthly safety reassessment for reunification readiness",
             "reassess safety monthly with a readiness checklist", "children go home as soon as it is safe",
             m::reunified}}}}},
        {"Clarity of expectation",
         "Individualised needs assessment and clear, mutually set goals give parents a roadmap home.",
         {{"Plain-language case plans",
           {{"Plain-language case plan reviewed with parents",
             "rewrite the case plan in plain language and go through it with the parents",
             "parents know what must change and by when", m::casePlan},
            {"Written 'road map home' for parents", "give parents a one-page road map of the steps to reunification",
             "parents can track their own progress", m::casePlan}}},
          {"Shared goals with the court",
           {{"Court report lists behavioural goals", "list behavioural goals, not service completion, in court reports",
             "hearings focus on change rather than attendance", m::reunified}}}}},
        {"Concurrent planning",
         "Engage the family's support network from the start, so trusted people are ready if needed.",
         {{"Early family network engagement",
           {{"Family network meeting within 30 days", "hold a family network meeting within 30 days of removal",
             "relatives are involved from the start", m::teaming},
            {"Genogram at the first home visit", "draw a genogram with the parents at the first home visit",
             "more relatives are identified early", m::teaming}}},
          {"Transparent concurrent plans",
           {{"Full disclosure conversation about concurrent planning",
             "explain the concurrent plan openly to parents within two weeks",
             "parents engage sooner with the case plan", m::reunified}}}}},
        {"Shared parenting",
         "Parents and resource families work together so parents stay involved in their child's life.",
         {{"Icebreaker meetings",
           {{"Icebreaker meeting within 7 days of placement",
             "hold an icebreaker meeting between parents and resource parents within 7 days",
             "parents and resource parents start as partners", m::familyTime},
            {"Resource parents invite parents to appointments",
             "ask resource parents to invite parents to medical and school appointments",
             "parents keep their parenting role", m::familyTime}}},
          {"Resource family support for shared parenting",
           {{"Shared parenting training for resource families",
             "train resource families in shared parenting before placement",
             "resource families welcome contact with parents", m::familyTime}}}}},
        {"Meaningful family time",
         "Consistent, meaningful visits are the strongest predictor that reunification will happen.",
         {{"Family time starts at once",
           {{"First family visit within 72 hours of removal", "hold the first family visit within 72 hours of removal",
             "parents see their children sooner after removal", m::daysToVisit},
            {"Family time scheduled at the removal staffing", "schedule the first visit during the removal staffing",
             "no family waits for a visit to be arranged", m::familyTime}}},
          {"Visits in natural settings",
           {{"Visits in the family home or community", "move visits from the office to the family home or a park",
             "visits feel like family life", m::reunified},
            {"Visit coaching by a parent educator", "have a parent educator coach parents during visits",
             "parents practise the skills the court looks for", m::reunified}}}}},
        {"Informal support networks",
         "Supports that families choose, consistent with their culture, make reunification last.",
         {{"Natural supports in the case plan",
           {{"Natural supports named in every case plan",
             "name at least two natural supports in every case plan",
             "families have help beyond professional services", m::reentry},
            {"Community cultural liaison for tribal families",
             "involve a community cultural liaison for every tribal family",
             "plans fit the family's culture and community", m::reentry}}},
          {"Aftercare",
           {{"Aftercare plan before the trial home visit", "complete an aftercare plan before each trial home visit",
             "reunified families stay together", m::reentry}}}}},
        {"Parent partner programs",
         "Parents who have been through the system help parents navigate it now.",
         {{"Parent partners from the first hearing",
           {{"Parent partner at the first court hearing", "have a parent partner meet the family at the first hearing",
             "parents feel supported from day one", m::parentPartner},
            {"Parent partner referral at removal", "refer every family to a parent partner at removal",
             "every family is offered a parent partner", m::parentPartner}}},
          {"Parent leadership",
           {{"Parent partners on the BSC team", "add a parent partner to the team's weekly huddle",
             "the team's tests reflect parents' experience", m::parentPartner},
            {"Parent orientation class led by parents", "run a monthly orientation class led by parent partners",
             "parents understand the process early", m::casePlan}}}}},
    };
    return package;
}

const std::vector<TeamText>& teamTexts()
{
    static const std::vector<TeamText> teams = {
        {"Alder County", "Alder County Department of Children and Family Services", "Alder County Juvenile Court",
         "East Alder regional office", AgencyKind::County},
        {"Red Cedar Nation", "Red Cedar Nation Tribal Social Services", "Red Cedar Tribal Court",
         "Red Cedar family services unit", AgencyKind::Tribal},
        {"Riverbend County", "Riverbend County Human Services Agency", "Riverbend County Family Court",
         "Riverbend north unit", AgencyKind::County},
        {"Granite Hills County", "Granite Hills County Children's Services", "Granite Hills Juvenile and Family Court",
         "Granite Hills central office", AgencyKind::County},
    };
    return teams;
}

const std::vector<const char*>& extraPlaces()
{
    static const std::vector<const char*> places = {
        "Maple Falls", "Stone Creek", "Willow Bend", "Pine Hollow", "Clearwater", "Bluebird Valley", "Iron Bay",
        "Sandy Point", "Harvest Plains", "Juniper Flats", "Copper Ridge", "Lakeshore", "Silver Lake", "Fox Run",
        "Meadowbrook", "Heron Marsh", "Oak Prairie", "Cinder Butte", "Elk Meadow", "North Fork"};
    return places;
}

const std::vector<const char*>& firstNames()
{
    static const std::vector<const char*> names = {"Avery", "Jordan", "Morgan", "Rosa", "Dana", "Malik", "Priya",
                                                   "Elena", "Samuel", "Grace", "Tomas", "Naomi", "Wesley", "Imani",
                                                   "Luis", "Hannah", "Kiona", "Marcus", "Lena", "Owen"};
    return names;
}

const std::vector<const char*>& lastNames()
{
    static const std::vector<const char*> names = {"Whitfield", "Okafor", "Delgado", "Lindqvist", "Redcloud",
                                                   "Brennan", "Nakamura", "Osei", "Castillo", "Hartley", "Begay",
                                                   "Novak", "Abernathy", "Ferreira", "Quinlan", "Mwangi"};
    return names;
}

const std::vector<const char*>& memberRoles()
{
    static const std::vector<const char*> roles = {"Team lead (supervisor)", "Senior leader (deputy director)",
                                                   "Judicial partner", "Parent partner", "Caseworker",
                                                   "Data lead"};
    return roles;
}

const std::vector<MeasureTemplate>& measureTemplates()
{
    static const std::vector<MeasureTemplate> templates = {
        {"Children reunified within 12 months of entry", MeasureType::Outcome, DataKind::Proportion, Improvement::Up,
         "%", 0, 60,
         "Of the children who entered care in the month twelve months before the reporting month, the percentage "
         "reunified with a parent within 12 months of entry.",
         "Children in the entry cohort reunified within 12 months of entry",
         "Children who entered care in the cohort month", "Agency case management system (monthly extract)", true,
         0.44, 0.58, 22},
        {"Children re-entering care within 12 months of reunification", MeasureType::Balancing,
         DataKind::Proportion, Improvement::Down, "%", 0, 8,
         "Of the children reunified in the month twelve months before the reporting month, the percentage who "
         "re-entered care within 12 months.",
         "Children in the reunification cohort who re-entered care within 12 months",
         "Children reunified in the cohort month", "Agency case management system (monthly extract)", true, 0.08,
         0.075, 14},
        {"Families with family time within 7 days of removal", MeasureType::Process, DataKind::Proportion,
         Improvement::Up, "%", 0, 90,
         "Of the families with a child removed in the reporting month, the percentage whose first family time "
         "(visit) took place within 7 days of removal.",
         "Families whose first visit took place within 7 days of removal",
         "Families with a child removed in the month", "Visit logs kept by the pilot unit", false, 0.42, 0.86, 16},
        {"Days from removal to first family time", MeasureType::Process, DataKind::DaysBetween, Improvement::Down,
         "days", 0, 3,
         "The median number of days between removal and the first family visit, for families with a child "
         "removed in the reporting month.",
         "", "", "Visit logs kept by the pilot unit", false, 9.5, 3.0, 16},
        {"Parents matched with a parent partner within 14 days", MeasureType::Process, DataKind::Proportion,
         Improvement::Up, "%", 0, 75,
         "Of the parents of children removed in the reporting month, the percentage matched with a parent partner "
         "within 14 days of removal.",
         "Parents matched with a parent partner within 14 days", "Parents of children removed in the month",
         "Parent partner program referral log", false, 0.18, 0.68, 15},
        {"Case plans reviewed with parents within 30 days", MeasureType::Process, DataKind::Proportion,
         Improvement::Up, "%", 0, 85,
         "Of the case plans due in the reporting month, the percentage reviewed line by line with the parents "
         "within 30 days of removal.",
         "Case plans reviewed with the parents within 30 days", "Case plans due in the month",
         "Supervisor case review form", false, 0.35, 0.82, 14},
        {"Family network meetings per 100 children in care", MeasureType::Process, DataKind::Rate, Improvement::Up,
         "per 100 children", 100, 25,
         "Family network (team) meetings held in the reporting month per 100 children in care at the pilot site "
         "on the first day of the month.",
         "Family network meetings held in the month", "Children in care on the first day of the month",
         "Meeting facilitator log", false, 0.08, 0.22, 120},
        {"Placement moves per 1,000 days in care", MeasureType::Balancing, DataKind::Rate, Improvement::Down,
         "per 1,000 days", 1000, 4,
         "Placement moves in the reporting month per 1,000 days that children of the pilot site spent in care.",
         "Placement moves in the month", "Days in care of all children at the site in the month",
         "Agency placement records", false, 0.0052, 0.0045, 3600},
        {"Children reunified", MeasureType::Outcome, DataKind::Count, Improvement::Up, "children", 0, 12,
         "The number of children at the pilot site reunified with a parent in the reporting month.", "", "",
         "Agency case management system (monthly extract)", false, 7, 10, 0},
        {"Concurrent plans documented within 60 days", MeasureType::Process, DataKind::Proportion, Improvement::Up,
         "%", 0, 90,
         "Of the cases reaching 60 days in care in the reporting month, the percentage with a documented "
         "concurrent plan.",
         "Cases with a documented concurrent plan at 60 days", "Cases reaching 60 days in care in the month",
         "Supervisor case review form", false, 0.5, 0.8, 14},
    };
    return templates;
}

const std::vector<StratumText>& strataTexts()
{
    // Shares and rate adjustments are invented to echo the national pattern that published
    // child-welfare reunification research describes (lower and slower reunification for Black and
    // American Indian children and for infants); they are not real data.
    static const std::vector<StratumText> strata = {
        {"Race/ethnicity", "American Indian or Alaska Native", 0.10, 0.78},
        {"Race/ethnicity", "Black or African American", 0.24, 0.70},
        {"Race/ethnicity", "Hispanic or Latino", 0.20, 1.05},
        {"Race/ethnicity", "White", 0.38, 1.05},
        {"Race/ethnicity", "Asian, Pacific Islander or multiracial", 0.08, 1.15},
        {"Age group", "Under 1", 0.20, 0.70},
        {"Age group", "1 to 5", 0.30, 1.05},
        {"Age group", "6 to 12", 0.30, 1.10},
        {"Age group", "13 to 17", 0.20, 1.00},
    };
    return strata;
}

} // namespace pdsa::demo
