// SPDX-License-Identifier: Apache-2.0
#include "workspacedocument.h"

#include "apppaths.h"

#include <QFileInfo>
#include <QUndoStack>

namespace pdsa::ui {

WorkspaceDocument::WorkspaceDocument(std::unique_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
    , m_undoStack(new QUndoStack(this))
    , m_path(QFileInfo(m_workspace->path()).absoluteFilePath()) {
}

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

std::optional<repo::ImportLogEntry> WorkspaceDocument::arrivedFrom(const Owner& owner) const {
    return m_workspace->rights().arrivedFrom(owner);
}

bool WorkspaceDocument::isTheirs(const QUuid& teamId) const {
    return m_workspace->rights().isTheirs(teamId);
}

QString WorkspaceDocument::readOnlyReason(const QUuid& teamId) const {
    return m_workspace->rights().readOnlyReason(teamId);
}

Status WorkspaceDocument::checkEditable(const QUuid& teamId) const {
    const QString reason = readOnlyReason(teamId);
    if (reason.isEmpty())
        return {};
    return Error{ErrorCode::NotYours, reason};
}

Status WorkspaceDocument::write(const std::function<Status(Workspace&)>& work, bool asImport) {
    const auto run = [&] { return work(*m_workspace); };
    return asImport ? m_workspace->transactImport(run) : m_workspace->transact(run);
}

void WorkspaceDocument::notifyChanged() {
    const Changes changes = m_workspace->takeChanges();
    if (!changes.empty())
        emit changed(changes);
}

void WorkspaceDocument::reportError(const Error& error) {
    emit errorOccurred(error.message);
}

} // namespace pdsa::ui
