// SPDX-License-Identifier: Apache-2.0
#include "bundle/exportsummary.h"

#include "bundle/recordsets.h"
#include "repositories/inventory.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace pdsa::bundle {

namespace {

bool filled(const QJsonValue& value) {
    if (value.isString())
        return !value.toString().trimmed().isEmpty();
    if (value.isArray())
        return !value.toArray().isEmpty();
    return false;
}

QString labelOf(const std::string& table) {
    for (const repo::RecordKind& kind : repo::recordKinds())
        if (table == kind.table)
            return QString::fromLatin1(kind.label);
    return QString::fromStdString(table);
}

} // namespace

Result<std::vector<FreeTextSummary>> freeTextSummary(Workspace& workspace, const ExportRequest& request) {
    std::vector<FreeTextSummary> summary;
    const Owner owner = ownerOf(request);
    PDSA_TRY(forEachTable(workspace, [&](auto& table) -> Status {
        auto records = ownedRecords(table, owner);
        if (!records)
            return records.error();
        FreeTextSummary kind;
        kind.table = QString::fromStdString(table.table());
        kind.label = labelOf(table.table());
        for (const auto& record : *records) {
            if (record.meta.deleted)
                continue;
            ++kind.records;
            // The free-text fields are what a bundle without notes leaves out.
            const QJsonObject full = table.toJson(record, false);
            const QJsonObject bare = table.toJson(record, true);
            bool any = false;
            for (auto it = full.begin(); it != full.end(); ++it) {
                if (bare.contains(it.key()))
                    continue;
                if (!kind.fields.contains(it.key()))
                    kind.fields << it.key();
                any = any || filled(it.value());
            }
            kind.withText += any ? 1 : 0;
        }
        if (kind.records > 0)
            summary.push_back(std::move(kind));
        return {};
    }));
    return summary;
}

} // namespace pdsa::bundle
