// SPDX-License-Identifier: Apache-2.0
#include "undo/spreadcommands.h"

#include "services/rules.h"
#include "undo/recordedit.h"
#include "workspacedocument.h"

#include <QCoreApplication>

namespace pdsa::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::Command)
};

Status push(WorkspaceDocument& document, const QString& text, std::vector<RecordState<SpreadRecord>> changes) {
    return pushApplied(document, std::make_unique<RecordEdit<SpreadRecord>>(document, text, std::move(changes)));
}

Result<SpreadRecord> live(Workspace& workspace, const QUuid& id) {
    auto found = workspace.work.spread.find(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, Text::tr("That spread record is no longer in the ledger.")};
    return **found;
}

} // namespace

namespace command {

Result<QUuid> addSpread(WorkspaceDocument& document, SpreadRecord record) {
    record.meta.owner = Owner::ofTeam(record.teamId);
    PDSA_TRY(rules::checkSpreadRecord(document.workspace(), record));
    PDSA_TRY(push(document, Text::tr("Record spread of %1").arg(record.practice), {{record.meta.id, std::nullopt, record}}));
    return record.meta.id;
}

Status editSpread(WorkspaceDocument& document, SpreadRecord record) {
    auto before = live(document.workspace(), record.meta.id);
    if (!before)
        return before.error();
    record.meta = before->meta;
    record.teamId = before->teamId;
    PDSA_TRY(rules::checkSpreadRecord(document.workspace(), record));
    if (record == *before)
        return {};
    return push(document, Text::tr("Edit spread of %1").arg(record.practice), {{record.meta.id, *before, record}});
}

Status removeSpread(WorkspaceDocument& document, const QUuid& spreadId) {
    auto before = live(document.workspace(), spreadId);
    if (!before)
        return before.error();
    return push(document, Text::tr("Remove spread of %1").arg(before->practice), {{spreadId, *before, std::nullopt}});
}

} // namespace command
} // namespace pdsa::ui
