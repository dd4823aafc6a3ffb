// SPDX-License-Identifier: Apache-2.0
#include "undo/commands.h"

#include "undo/commandids.h"
#include "undo/recordedit.h"
#include "workspacedocument.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace pdsa::ui::command {

namespace {

// Gives the facade's messages a translation context without a QObject.
class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::Command)
};

QString valueOf(const CollaborativeDetails& details, CollaborativeField field) {
    switch (field) {
    case CollaborativeField::Name:
        return details.name;
    case CollaborativeField::Topic:
        return details.topic;
    case CollaborativeField::Aim:
        return details.aim;
    case CollaborativeField::Description:
        return details.description;
    }
    return QString();
}

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

QString undoTextFor(CollaborativeField field) {
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

constexpr CollaborativeField kFields[] = {CollaborativeField::Name, CollaborativeField::Topic,
                                          CollaborativeField::Aim, CollaborativeField::Description};

} // namespace

Result<CollaborativeDetails> collaborativeDetails(WorkspaceDocument& document) {
    auto current = document.workspace().collaborative.current();
    if (!current)
        return current.error();
    return CollaborativeDetails{current->name, current->topic, current->aim, current->description};
}

Status editCollaborativeField(WorkspaceDocument& document, CollaborativeField field, const QString& value) {
    if (field == CollaborativeField::Name && value.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, Text::tr("The collaborative needs a name.")};
    auto current = document.workspace().collaborative.current();
    if (!current)
        return current.error();
    Collaborative after = *current;
    fieldOf(after, field) = value;
    if (after == *current)
        return {};
    // Typing in one field is one undo step; edits of different fields never merge.
    const QUuid id = current->meta.id;
    return pushApplied(document, std::make_unique<RecordEdit<Collaborative>>(
                                     document, undoTextFor(field),
                                     std::vector<RecordState<Collaborative>>{{id, *current, after}},
                                     MergeKey{EditCollaborativeFieldBase + static_cast<int>(field), id, {}}));
}

Status editCollaborativeDetails(WorkspaceDocument& document, const CollaborativeDetails& details) {
    auto current = collaborativeDetails(document);
    if (!current)
        return current.error();
    std::vector<CollaborativeField> changed;
    for (CollaborativeField field : kFields)
        if (valueOf(*current, field) != valueOf(details, field))
            changed.push_back(field);
    if (changed.empty())
        return {};
    if (changed.size() == 1)
        return editCollaborativeField(document, changed.front(), valueOf(details, changed.front()));
    if (details.name.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, Text::tr("The collaborative needs a name.")};

    QUndoStack* stack = document.undoStack();
    stack->beginMacro(Text::tr("Edit collaborative details"));
    Status result;
    for (CollaborativeField field : changed) {
        result = editCollaborativeField(document, field, valueOf(details, field));
        if (!result)
            break;
    }
    stack->endMacro();
    return result;
}

} // namespace pdsa::ui::command
