// SPDX-License-Identifier: Apache-2.0
#pragma once
// The chart types and rule sets: what a team's chart setting stores (domain/chartsetting.h) and
// what the chart engine computes with (analysis/spc.h). They sit in domain, below the engine, so
// that the dependency runs one way: analysis includes domain, domain never includes analysis.
// They keep the engine's namespace, pdsa::analysis, in which every caller already spells them.

#include "domain/enumtext.h"

namespace pdsa::analysis {

enum class ChartType { Run, I, MR, Xbar, S, P, PP, U, UP, C, G, T };
enum class RuleSet { Ihi, Anhoej, Nhs };

} // namespace pdsa::analysis

namespace pdsa {

PDSA_ENUM_NAMES(analysis::ChartType, {analysis::ChartType::Run, "run"}, {analysis::ChartType::I, "i"},
                {analysis::ChartType::MR, "mr"}, {analysis::ChartType::Xbar, "xbar"},
                {analysis::ChartType::S, "s"}, {analysis::ChartType::P, "p"}, {analysis::ChartType::PP, "pp"},
                {analysis::ChartType::U, "u"}, {analysis::ChartType::UP, "up"}, {analysis::ChartType::C, "c"},
                {analysis::ChartType::G, "g"}, {analysis::ChartType::T, "t"});
PDSA_ENUM_NAMES(analysis::RuleSet, {analysis::RuleSet::Ihi, "ihi"}, {analysis::RuleSet::Anhoej, "anhoej"},
                {analysis::RuleSet::Nhs, "nhs"});

} // namespace pdsa
