// SPDX-License-Identifier: Apache-2.0
#pragma once
// One open workspace as the desktop app sees it: the core Workspace (and with it the SQLite
// connection and the file's lock) plus the one undo stack of that workspace. The main window
// owns the document; the document owns the Workspace and the QUndoStack; undo commands hold a
// reference to the document and write through its repositories.
//
// Every edit (a command's redo or undo) ends with notifyChanged(), which emits changed() with
// what the write changed (pdsa::Changes, collected by core from every row written), so that the
// navigation tree, the window title and the visible page update what changed and nothing else.
// Edits are saved as they are made: there is no "unsaved" state and no Save action.
//
// Whose work is theirs, and what may be edited here, is core's rule (pdsa::EditRights): the
// workspace's connection refuses any row the person at it may not write, whatever code writes it.
// The document only passes the answers on to the pages, for banners and disabled controls.

#include "repositories/importlog.h"
#include "util/result.h"
#include "workspace/workspace.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QUndoStack;

namespace pdsa::ui {

class WorkspaceDocument : public QObject {
    Q_OBJECT

public:
    // Opens an existing workspace (an older one is upgraded after a copy to the backup folder).
    static Result<std::unique_ptr<WorkspaceDocument>> open(const QString& path);
    // Creates a new workspace file with an empty collaborative called `collaborativeName`.
    static Result<std::unique_ptr<WorkspaceDocument>> create(const QString& path,
                                                             const QString& collaborativeName);

    ~WorkspaceDocument() override;

    Workspace& workspace() { return *m_workspace; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // The absolute path of the workspace file.
    QString path() const { return m_path; }
    // The collaborative's name (for window titles), the file name if there is none.
    QString displayName();

    // The import that brought `owner`'s own record into this workspace (the newest import of that
    // owner's bundle), or nothing when the owner's work was made here.
    std::optional<repo::ImportLogEntry> arrivedFrom(const Owner& owner) const;
    // Whether the team's work arrived from its own bundle: readable here, but read-only.
    bool isTheirs(const QUuid& teamId) const;
    // Why the team's work cannot be edited here, for disabled buttons' tooltips (empty when it can).
    QString readOnlyReason(const QUuid& teamId) const;
    // Refuses (ErrorCode::Invalid, with a message a person understands) an edit of a team's work
    // that arrived from its bundle.
    Status checkEditable(const QUuid& teamId) const;

    // Runs `work` in one transaction (Workspace::transact: checked against the edit rights). The
    // one exception is choosing between two versions of a record that bundles brought (resolving
    // an import conflict), which writes as an import: `asImport` true.
    Status write(const std::function<Status(Workspace&)>& work, bool asImport = false);

    // Called by commands (and imports) after they wrote to the workspace: emits changed() with
    // what the writes since the last call changed, unless they changed nothing.
    void notifyChanged();
    // Called by commands whose undo or redo could not be written (the disk refused).
    void reportError(const Error& error);

signals:
    void changed(const pdsa::Changes& changes);
    void errorOccurred(const QString& message);

private:
    explicit WorkspaceDocument(std::unique_ptr<Workspace> workspace);

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack* m_undoStack = nullptr; // child object
    QString m_path;
};

} // namespace pdsa::ui
