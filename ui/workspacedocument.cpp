#include "workspacedocument.h"

#include "apppaths.h"

#include <QFileInfo>
#include <QUndoStack>

namespace pdsa::ui {

WorkspaceDocument::WorkspaceDocument(std::unique_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
    , m_undoStack(new QUndoStack(this))
    , m_path(QFileInfo(m_workspace->path()).absoluteFilePath()) {}

WorkspaceDocument::~WorkspaceDocument() {
    // Commands refer to this document: delete them while it is still whole.
    delete m_undoStack;
    m_undoStack = nullptr;
}

Result<std::unique_ptr<WorkspaceDocument>> WorkspaceDocument::open(const QString& path) {
    auto opened = Workspace::open(path, AppPaths::openOptions());
    if (!opened)
        return opened.error();
    return std::unique_ptr<WorkspaceDocument>(new WorkspaceDocument(std::move(*opened)));
}

Result<std::unique_ptr<WorkspaceDocument>> WorkspaceDocument::create(const QString& path,
                                                                     const QString& collaborativeName) {
    auto created = Workspace::create(path, collaborativeName, AppPaths::openOptions());
    if (!created)
        return created.error();
    return std::unique_ptr<WorkspaceDocument>(new WorkspaceDocument(std::move(*created)));
}

QString WorkspaceDocument::displayName() {
    return m_workspace->displayName();
}

void WorkspaceDocument::notifyChanged() {
    emit changed();
}

void WorkspaceDocument::reportError(const Error& error) {
    emit errorOccurred(error.message);
}

} // namespace pdsa::ui
