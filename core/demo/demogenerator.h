// SPDX-License-Identifier: Apache-2.0
#pragma once
// The built-in demo collaborative, "Timely Permanency through Reunification (demo)": a whole,
// fictional collaborative (calendar, change package, teams with aims, measures with
// disaggregated monthly data in which tested changes produce real shifts, PDSA ramps, reports,
// coaching, assessment scores and spread) generated from a seed. The same options always give
// the same content, byte for byte: ids are name-based UUIDs under a seed namespace, times come
// from the demo calendar, and the random numbers come from our own generator (the standard
// library's distributions differ between implementations).

#include "util/result.h"

#include <QDate>

namespace pdsa {
class Workspace;
}

namespace pdsa::demo {

struct DemoOptions {
    int teams = 4;
    int months = 24;
    int measures = 7; // per team: the shared set first (up to 6), then the team's own
    int cycles = 12;  // PDSA cycles per team
    quint64 seed = 2024;

    // Checks the sizes; the message names the option and the range expected.
    Status validate() const;
};

// Fills an empty workspace with the demo, in one transaction.
Status generateDemo(Workspace& workspace, const DemoOptions& options = {});

// Writes the demo to a new workspace file at `path`: built under a temporary name in the same
// folder and moved into place when complete, so an interrupted run leaves nothing half-written
// under the chosen name. Refuses an existing file unless `replace`.
Status writeDemoFile(const QString& path, const DemoOptions& options = {}, bool replace = false);

// The month the demo's data end with (its calendar is fixed so that the content never depends
// on today's date).
QDate demoLastMonth();

} // namespace pdsa::demo
