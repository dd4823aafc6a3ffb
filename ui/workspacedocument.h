#pragma once
// One open workspace as the desktop app sees it: the core Workspace (and with it the SQLite
// connection and the file's lock) plus the one undo stack of that workspace. The main window
// owns the document; the document owns the Workspace and the QUndoStack; undo commands hold a
// reference to the document and write through its repositories.
//
// Every edit (a command's redo or undo) ends with notifyChanged(), which emits changed() so
// that the navigation tree, the window title and the visible page reload from the workspace.
// Edits are saved as they are made: there is no "unsaved" state and no Save action.

#include "util/result.h"
#include "workspace/workspace.h"

#include <QObject>

#include <memory>

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

    // Called by commands after they wrote to the workspace.
    void notifyChanged();
    // Called by commands whose undo or redo could not be written (the disk refused).
    void reportError(const Error& error);

signals:
    void changed();
    void errorOccurred(const QString& message);

private:
    explicit WorkspaceDocument(std::unique_ptr<Workspace> workspace);

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack* m_undoStack = nullptr; // child object
    QString m_path;
};

} // namespace pdsa::ui
