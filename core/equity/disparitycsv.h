// SPDX-License-Identifier: Apache-2.0
#pragma once
// The disparity view as CSV (RFC 4180, UTF-8, CRLF): one row per group and window, with the
// columns of `pdsa disparity`'s JSON periods after the group's id and name. The command line and
// the app's export write the same file.

#include "equity/disparity.h"

#include <QStringList>

namespace pdsa::equity {

QStringList disparityCsvColumns();
QString disparityCsv(const Disparity& disparity);

} // namespace pdsa::equity
