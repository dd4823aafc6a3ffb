// SPDX-License-Identifier: Apache-2.0
#pragma once
// The cells every table of PDSA cycles shows (the team page's and the cycle list's): title,
// status, decision, dates and scale, for the display, tooltip, colour, alignment and sort roles.
// The models map their columns onto these and add their own (team, change ideas, ids).

#include "domain/pdsacycle.h"

#include <QVariant>

#include <optional>

namespace pdsa::ui {

enum class CycleCell { Title, Status, Decision, Dates, Scale };

// The value of `cell` of `cycle` for `role`; `sortRole` is the model's own sort role. Invalid
// when the cell has nothing for that role.
QVariant cycleCellData(const PdsaCycle& cycle, CycleCell cell, int role, int sortRole);
// The column heading (and its alignment) of `cell`.
QVariant cycleCellHeader(CycleCell cell, int role);

} // namespace pdsa::ui
