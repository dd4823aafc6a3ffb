// SPDX-License-Identifier: Apache-2.0
#pragma once
// The base of every undoable edit: a command that writes one of two states of the workspace
// (before / after) through `write`, in one transaction, and tells the document afterwards.
// The facade calls applyFirst() before pushing, so a refused write never reaches the undo stack;
// the redo() that QUndoStack::push() then calls is skipped. Private to ui/undo/.

#include "workspacedocument.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace pdsa::ui {

// Whether two versions of a record hold the same content, whatever their bookkeeping (revision,
// time): a merged edit that typed its way back to the start is no edit at all.
template <typename T> bool sameContent(const T& a, const T& b) {
    T copy = a;
    copy.meta = b.meta;
    return copy == b;
}

class WriteCommand : public QUndoCommand {
public:
    using Writer = std::function<Status(Workspace&, bool after)>;

    WriteCommand(WorkspaceDocument& document, const QString& text, Writer write = {})
        : QUndoCommand(text)
        , m_document(document)
        , m_write(std::move(write)) {}

    Status applyFirst() {
        PDSA_TRY(run(true));
        m_skipRedo = true;
        return {};
    }
    // For work already written (an import): the push's redo() writes nothing.
    void markApplied() { m_skipRedo = true; }
    // Writes as an import (Workspace::transactImport) rather than an edit checked row by row.
    void writeAsImport() { m_asImport = true; }
    void undo() override {
        if (auto status = run(false); !status)
            m_document.reportError(status.error());
    }
    void redo() override {
        if (m_skipRedo) {
            m_skipRedo = false;
            return;
        }
        if (auto status = run(true); !status)
            m_document.reportError(status.error());
    }

protected:
    Status run(bool after) {
        PDSA_TRY(
            m_document.write([&](Workspace& workspace) { return m_write(workspace, after); }, m_asImport));
        m_document.notifyChanged();
        return {};
    }

    WorkspaceDocument& m_document;
    Writer m_write;
    // Whether the write is an import's (resolving an import conflict) rather than an edit checked
    // against the workspace's edit rights.
    bool m_asImport = false;

private:
    bool m_skipRedo = false;
};

// Applies `command` and pushes it as one undo step; a refused command is not pushed and its error
// returned.
inline Status pushApplied(WorkspaceDocument& document, std::unique_ptr<WriteCommand> command) {
    PDSA_TRY(command->applyFirst());
    document.undoStack()->push(command.release());
    return {};
}

} // namespace pdsa::ui
