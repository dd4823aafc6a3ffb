// SPDX-License-Identifier: Apache-2.0
#include "undo/collaborativecommands.h"

#include "undo/commandids.h"
#include "workspacedocument.h"

#include <QCoreApplication>

namespace pdsa::ui {

namespace {

QString& fieldOf(Collaborative& collaborative, CollaborativeField field) {
    switch (field) {
    case CollaborativeField::Name:
        return collaborative.name;
    case CollaborativeField::Topic:
        return collaborative.topic;
    case CollaborativeField::Aim:
        return collaborative.aim;
    case CollaborativeField::Description:
        return collaborative.description;
    }
    return collaborative.name;
}

class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::Command)
};

} // namespace

EditCollaborativeField::EditCollaborativeField(WorkspaceDocument& document, const QUuid& collaborativeId,
                                               CollaborativeField field, QString before, QString after)
    : WriteCommand(document, textFor(field))
    , m_collaborativeId(collaborativeId)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    // Reads the values at the time of the write: mergeWith() may have changed m_after since.
    m_write = [this](Workspace& workspace, bool forward) {
        return write(workspace, forward ? m_after : m_before);
    };
}

QString EditCollaborativeField::textFor(CollaborativeField field) {
    switch (field) {
    case CollaborativeField::Name:
        return Text::tr("Rename collaborative");
    case CollaborativeField::Topic:
        return Text::tr("Change topic");
    case CollaborativeField::Aim:
        return Text::tr("Change aim");
    case CollaborativeField::Description:
        return Text::tr("Change description");
    }
    return QString();
}

int EditCollaborativeField::id() const {
    return EditCollaborativeFieldBase + static_cast<int>(m_field);
}

bool EditCollaborativeField::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const EditCollaborativeField*>(other);
    if (!next || next->m_collaborativeId != m_collaborativeId || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

Status EditCollaborativeField::write(Workspace& workspace, const QString& value) {
    auto found = workspace.collaborative.collaboratives.find(m_collaborativeId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, Text::tr("The collaborative no longer exists.")};
    Collaborative collaborative = **found;
    fieldOf(collaborative, m_field) = value;
    auto saved = workspace.collaborative.collaboratives.save(collaborative, workspace.now());
    if (!saved)
        return saved.error();
    return {};
}

} // namespace pdsa::ui
