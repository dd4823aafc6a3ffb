// SPDX-License-Identifier: Apache-2.0
#include "undo/conflictcommands.h"

#include "undo/writecommand.h"
#include "workspacedocument.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace pdsa::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::Command)
};

// Redo resolves the conflict (by its id, which undo gives back to it); undo puts back what the
// resolution changed, as core's ResolutionUndo describes it.
class ResolveConflict : public WriteCommand {
public:
    ResolveConflict(WorkspaceDocument& document, const QString& text, qint64 conflictId,
                    bundle::Resolution resolution)
        : WriteCommand(document, text)
        , m_conflictId(conflictId)
        , m_resolution(resolution) {
        m_write = [this](Workspace& workspace, bool forward) { return write(workspace, forward); };
        // Both versions came from bundles (or one of them is this workspace's own): choosing
        // between them is how an imported team's conflict is settled, so the guard on their
        // work does not apply.
        m_asImport = true;
    }

private:
    Status write(Workspace& workspace, bool forward) {
        if (!forward)
            return m_undo ? bundle::undoResolution(workspace, *m_undo) : Status{};
        auto undo = bundle::resolveConflict(workspace, m_conflictId, m_resolution, m_created);
        if (!undo)
            return undo.error();
        m_created = undo->created;
        m_undo = std::move(*undo);
        return {};
    }

    qint64 m_conflictId;
    bundle::Resolution m_resolution;
    QUuid m_created; // keep both's record, the same id at every redo
    std::optional<bundle::ResolutionUndo> m_undo;
};

QString commandText(bundle::Resolution resolution, const QString& title) {
    switch (resolution) {
    case bundle::Resolution::KeepMine:
        return Text::tr("Keep this workspace's version of \u201c%1\u201d").arg(title);
    case bundle::Resolution::TakeTheirs:
        return Text::tr("Take the bundle's version of \u201c%1\u201d").arg(title);
    case bundle::Resolution::KeepBoth:
        break;
    }
    return Text::tr("Keep both versions of \u201c%1\u201d").arg(title);
}

} // namespace

namespace command {

Status resolveImportConflict(WorkspaceDocument& document, qint64 conflictId, bundle::Resolution resolution) {
    auto conflict = bundle::findConflict(document.workspace(), conflictId);
    if (!conflict)
        return conflict.error();
    if (resolution == bundle::Resolution::KeepBoth && !conflict->canKeepBoth)
        return Error{ErrorCode::Invalid, conflict->keepBothRefusal};
    // Keep both adds a record in the owner's name; in an imported team's work that would be a
    // record their bundles never carry and this workspace may not change.
    const QUuid owner = QUuid::fromString(conflict->incoming.value(QStringLiteral("owner_team")).toString());
    if (resolution == bundle::Resolution::KeepBoth && !owner.isNull() && document.isTheirs(owner))
        return Error{
            ErrorCode::Invalid,
            Text::tr("Keep both would add a record to another team's imported work, which is read-only "
                     "here. Keep this workspace's version or take the bundle's.")};
    auto edit = std::make_unique<ResolveConflict>(document, commandText(resolution, conflict->title),
                                                  conflictId, resolution);
    PDSA_TRY(edit->applyFirst());
    document.undoStack()->push(edit.release());
    return {};
}

} // namespace command
} // namespace pdsa::ui
