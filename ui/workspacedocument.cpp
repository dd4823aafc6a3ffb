#include "workspacedocument.h"

#include "apppaths.h"
#include "repositories/inventory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoStack>

namespace pdsa::ui {

namespace {

// Gives the document's messages a translation context (the class's own tr() would do too, but
// the same words are read by the pages through readOnlyReason()).
class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::WorkspaceDocument)
};

std::pair<int, QUuid> keyOf(const Owner& owner) {
    return {static_cast<int>(owner.role), owner.role == OwnerRole::Team ? owner.team : QUuid()};
}

} // namespace

WorkspaceDocument::WorkspaceDocument(std::unique_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
    , m_undoStack(new QUndoStack(this))
    , m_path(QFileInfo(m_workspace->path()).absoluteFilePath()) {
    loadArrivals();
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

void WorkspaceDocument::loadArrivals() {
    m_arrivals.clear();
    auto arrived = repo::ImportLog(m_workspace->database()).arrivedOwners();
    if (!arrived) {
        // Without the history nothing is marked as theirs; the edit guard then has nothing to
        // protect, which is what the workspace looked like before imports were logged.
        emit errorOccurred(arrived.error().message);
        return;
    }
    for (const repo::ImportLogEntry& entry : *arrived)
        m_arrivals.emplace(keyOf(entry.owner), entry);
}

std::optional<repo::ImportLogEntry> WorkspaceDocument::arrivedFrom(const Owner& owner) const {
    const auto found = m_arrivals.find(keyOf(owner));
    if (found == m_arrivals.end())
        return std::nullopt;
    return found->second;
}

bool WorkspaceDocument::isTheirs(const QUuid& teamId) const {
    return !teamId.isNull() && m_arrivals.count(keyOf(Owner::ofTeam(teamId))) > 0;
}

QString WorkspaceDocument::readOnlyReason(const QUuid& teamId) const {
    const auto entry = arrivedFrom(Owner::ofTeam(teamId));
    if (teamId.isNull() || !entry)
        return QString();
    return Text::tr("%1's work came from their bundle: it is read-only here, and changes come with "
                    "their next bundle.")
        .arg(entry->ownerName);
}

Status WorkspaceDocument::checkEditable(const QUuid& teamId) const {
    if (!isTheirs(teamId))
        return {};
    return Error{ErrorCode::Invalid, readOnlyReason(teamId)};
}

Status WorkspaceDocument::write(const std::function<Status(Workspace&)>& work, bool guardTheirs) {
    if (!guardTheirs)
        return m_workspace->transact([&] { return work(*m_workspace); });
    QList<QUuid> theirs;
    for (const auto& [key, entry] : m_arrivals)
        if (entry.owner.role == OwnerRole::Team)
            theirs.append(entry.owner.team);
    return m_workspace->transact([&]() -> Status {
        auto before = repo::teamRecordsStamp(m_workspace->database(), theirs);
        if (!before)
            return before.error();
        PDSA_TRY(work(*m_workspace));
        auto after = repo::teamRecordsStamp(m_workspace->database(), theirs);
        if (!after)
            return after.error();
        if (*before == *after)
            return {};
        return Error{
            ErrorCode::Invalid,
            Text::tr("This edit would change work that came from another team's bundle, which is "
                     "read-only here: changes come with that team's next bundle. Nothing was changed.")};
    });
}

void WorkspaceDocument::notifyChanged() {
    loadArrivals();
    emit changed();
}

void WorkspaceDocument::reportError(const Error& error) {
    emit errorOccurred(error.message);
}

} // namespace pdsa::ui
