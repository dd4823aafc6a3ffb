// SPDX-License-Identifier: Apache-2.0
#pragma once
// What free text a bundle would carry, for the export dialog to say before the file is written,
// so that nobody sends notes without knowing. Free text is what a person wrote that could hold
// names: the columns RecordTable marks freeText and a cycle's questions.

#include "bundle/bundle.h"

#include <QStringList>

#include <vector>

namespace pdsa::bundle {

// One kind of record in the bundle.
struct FreeTextSummary {
    QString table;       // "pdsa_cycle"
    QString label;       // "PDSA cycles" (repo::recordKinds())
    qint64 records = 0;  // live records of this kind in the bundle
    qint64 withText = 0; // of those, how many have any free text filled in
    QStringList fields;  // the free-text fields of this kind (JSON keys: "what_happened")
};

// Per kind of record that the bundle of `request` holds (live records only; tombstones carry no
// text), in repo::recordKinds() order. The same whether or not the request leaves notes out: the
// dialog says which of it is left out.
Result<std::vector<FreeTextSummary>> freeTextSummary(Workspace& workspace, const ExportRequest& request);

} // namespace pdsa::bundle
