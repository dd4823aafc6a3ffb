// SPDX-License-Identifier: Apache-2.0
#include "undo/changepackagecommands.h"

#include "services/rules.h"
#include "undo/commandids.h"
#include "undo/recordedit.h"
#include "workspacedocument.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>
#include <climits>
#include <map>
#include <optional>
#include <vector>

namespace pdsa::ui {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::Command)
};

// The live change package in memory: an edit changes a copy, and the difference between the two
// becomes the command.
struct Package {
    std::map<QUuid, Driver> drivers;
    std::map<QUuid, ChangeIdea> ideas;

    static Result<Package> load(Workspace& workspace) {
        auto drivers = workspace.changePackage.drivers.all();
        if (!drivers)
            return drivers.error();
        auto ideas = workspace.changePackage.ideas.all();
        if (!ideas)
            return ideas.error();
        Package package;
        for (Driver& driver : *drivers)
            package.drivers.emplace(driver.meta.id, std::move(driver));
        for (ChangeIdea& idea : *ideas)
            package.ideas.emplace(idea.meta.id, std::move(idea));
        return package;
    }

    const Driver* driver(const QUuid& id) const {
        auto found = drivers.find(id);
        return found == drivers.end() ? nullptr : &found->second;
    }
    const ChangeIdea* idea(const QUuid& id) const {
        auto found = ideas.find(id);
        return found == ideas.end() ? nullptr : &found->second;
    }

    // The ids of the drivers of `kind` under `parentId`, in their order.
    std::vector<QUuid> driverSiblings(DriverKind kind, const QUuid& parentId) const {
        std::vector<const Driver*> found;
        for (const auto& [id, d] : drivers)
            if (d.kind == kind && (kind == DriverKind::Primary || d.parentId == parentId))
                found.push_back(&d);
        return ordered(found);
    }
    std::vector<QUuid> ideaSiblings(const QUuid& driverId) const {
        std::vector<const ChangeIdea*> found;
        for (const auto& [id, i] : ideas)
            if (i.driverId == driverId)
                found.push_back(&i);
        return ordered(found);
    }

    template <typename T> static std::vector<QUuid> ordered(std::vector<const T*> records) {
        std::sort(records.begin(), records.end(), [](const T* a, const T* b) {
            if (a->position != b->position)
                return a->position < b->position;
            if (a->name != b->name)
                return a->name < b->name;
            return a->meta.id < b->meta.id;
        });
        std::vector<QUuid> ids;
        for (const T* r : records)
            ids.push_back(r->meta.id);
        return ids;
    }

    // Gives the drivers (or ideas) in `order` the positions 0, 1, 2 …
    void renumberDrivers(const std::vector<QUuid>& order) {
        for (size_t i = 0; i < order.size(); ++i)
            drivers.at(order[i]).position = static_cast<int>(i);
    }
    void renumberIdeas(const std::vector<QUuid>& order) {
        for (size_t i = 0; i < order.size(); ++i)
            ideas.at(order[i]).position = static_cast<int>(i);
    }
};

template <typename T>
std::vector<RecordState<T>> differences(const std::map<QUuid, T>& before, const std::map<QUuid, T>& after) {
    std::vector<RecordState<T>> changes;
    for (const auto& [id, record] : before) {
        auto found = after.find(id);
        if (found == after.end())
            changes.push_back({id, record, std::nullopt});
        else if (!sameContent(found->second, record))
            changes.push_back({id, record, found->second});
    }
    for (const auto& [id, record] : after)
        if (!before.count(id))
            changes.push_back({id, std::nullopt, record});
    return changes;
}

// Pushes the difference between `before` and `after` as one undo step called `text`.
Status pushEdit(WorkspaceDocument& document, const Package& before, const Package& planned,
                const QString& text, MergeKey key = {}) {
    // Renumbering siblings leaves an imported team's own ideas where they were: their order is
    // theirs to change (WorkspaceDocument::write would refuse the whole edit otherwise). Only the
    // positions of the others move, which keeps the order readable.
    Package after = planned;
    for (auto& [id, idea] : after.ideas) {
        const auto was = before.ideas.find(id);
        if (was == before.ideas.end() || idea.meta.owner.role != OwnerRole::Team ||
            !document.isTheirs(idea.meta.owner.team))
            continue;
        ChangeIdea placedAsBefore = idea;
        placedAsBefore.position = was->second.position;
        if (sameContent(placedAsBefore, was->second))
            idea = was->second;
    }
    auto drivers = differences(before.drivers, after.drivers);
    auto ideas = differences(before.ideas, after.ideas);
    if (drivers.empty() && ideas.empty())
        return {};
    return pushApplied(document, std::make_unique<RecordEdit<Driver, ChangeIdea>>(
                                     document, text, std::move(drivers), std::move(ideas), std::move(key)));
}

int insertionIndex(int position, size_t count) {
    return position < 0 || position > static_cast<int>(count) ? static_cast<int>(count) : position;
}

Error notFound() {
    return Error{ErrorCode::NotFound,
                 Text::tr("This driver or change idea no longer exists; it may have been deleted.")};
}

Result<QUuid> addDriver(WorkspaceDocument& document, DriverKind kind, const QUuid& parentId,
                        const QString& name, const QString& description, int position) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::Invalid, kind == DriverKind::Primary
                                             ? Text::tr("A primary driver needs a name.")
                                             : Text::tr("A secondary driver needs a name.")};
    Workspace& workspace = document.workspace();
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    auto before = Package::load(workspace);
    if (!before)
        return before.error();
    PDSA_TRY(rules::checkDriverParent(kind, before->driver(parentId)));
    Package after = *before;
    Driver driver;
    driver.meta.owner = Owner::organizer();
    driver.collaborativeId = collaborative->meta.id;
    driver.kind = kind;
    driver.parentId = kind == DriverKind::Secondary ? parentId : QUuid();
    driver.name = trimmed;
    driver.description = description.trimmed();
    std::vector<QUuid> order = after.driverSiblings(kind, driver.parentId);
    order.insert(order.begin() + insertionIndex(position, order.size()), driver.meta.id);
    const QUuid id = driver.meta.id;
    after.drivers.emplace(id, driver);
    after.renumberDrivers(order);
    const QString text = kind == DriverKind::Primary ? Text::tr("New primary driver “%1”").arg(trimmed)
                                                     : Text::tr("New secondary driver “%1”").arg(trimmed);
    PDSA_TRY(pushEdit(document, *before, after, text));
    return id;
}

} // namespace

namespace command {

Result<QUuid> addPrimaryDriver(WorkspaceDocument& document, const QString& name, const QString& description,
                               int position) {
    return addDriver(document, DriverKind::Primary, {}, name, description, position);
}

Result<QUuid> addSecondaryDriver(WorkspaceDocument& document, const QUuid& primaryId, const QString& name,
                                 const QString& description, int position) {
    return addDriver(document, DriverKind::Secondary, primaryId, name, description, position);
}

Result<QUuid> addChangeIdea(WorkspaceDocument& document, const QUuid& driverId, const QString& name,
                            const QString& description, const QUuid& teamId, int position) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::Invalid, Text::tr("A change idea needs a name.")};
    Workspace& workspace = document.workspace();
    auto before = Package::load(workspace);
    if (!before)
        return before.error();
    const Driver* parent = before->driver(driverId);
    PDSA_TRY(rules::checkIdeaParent(parent));
    QString teamName;
    if (!teamId.isNull()) {
        auto team = workspace.teams.teams.find(teamId);
        if (!team)
            return team.error();
        if (!*team)
            return Error{ErrorCode::NotFound, Text::tr("The team no longer exists.")};
        teamName = (*team)->name;
    }
    Package after = *before;
    ChangeIdea idea;
    idea.meta.owner = teamId.isNull() ? Owner::organizer() : Owner::ofTeam(teamId);
    idea.driverId = driverId;
    idea.name = trimmed;
    idea.description = description.trimmed();
    std::vector<QUuid> order = after.ideaSiblings(driverId);
    order.insert(order.begin() + insertionIndex(position, order.size()), idea.meta.id);
    const QUuid id = idea.meta.id;
    after.ideas.emplace(id, idea);
    after.renumberIdeas(order);
    const QString text = teamId.isNull() ? Text::tr("New change idea “%1”").arg(trimmed)
                                         : Text::tr("New change idea “%1” for %2").arg(trimmed, teamName);
    PDSA_TRY(pushEdit(document, *before, after, text));
    return id;
}

Status editChangePackageText(WorkspaceDocument& document, const QUuid& id, ChangePackageField field,
                             const QString& value) {
    if (field == ChangePackageField::Name && value.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, Text::tr("A driver or change idea needs a name.")};
    auto before = Package::load(document.workspace());
    if (!before)
        return before.error();
    Package after = *before;
    QString* target = nullptr;
    QString oldName;
    if (auto found = after.drivers.find(id); found != after.drivers.end()) {
        oldName = found->second.name;
        target = field == ChangePackageField::Name ? &found->second.name : &found->second.description;
    } else if (auto idea = after.ideas.find(id); idea != after.ideas.end()) {
        oldName = idea->second.name;
        target = field == ChangePackageField::Name ? &idea->second.name : &idea->second.description;
    } else {
        return notFound();
    }
    *target = value;
    const QString text = field == ChangePackageField::Name
                             ? Text::tr("Rename “%1”").arg(oldName)
                             : Text::tr("Edit description of “%1”").arg(oldName);
    return pushEdit(document, *before, after, text,
                    {EditChangePackageTextBase + static_cast<int>(field), id, QString()});
}

Status reorderChangePackageItem(WorkspaceDocument& document, const QUuid& id, int position) {
    auto before = Package::load(document.workspace());
    if (!before)
        return before.error();
    Package after = *before;
    QString name;
    std::vector<QUuid> order;
    const bool isDriver = before->driver(id) != nullptr;
    if (const Driver* driver = before->driver(id)) {
        name = driver->name;
        order = before->driverSiblings(driver->kind, driver->parentId);
    } else if (const ChangeIdea* idea = before->idea(id)) {
        name = idea->name;
        order = before->ideaSiblings(idea->driverId);
    } else {
        return notFound();
    }
    order.erase(std::find(order.begin(), order.end(), id));
    const int place = std::clamp(position, 0, static_cast<int>(order.size()));
    order.insert(order.begin() + place, id);
    if (isDriver)
        after.renumberDrivers(order);
    else
        after.renumberIdeas(order);
    return pushEdit(document, *before, after, Text::tr("Reorder “%1”").arg(name));
}

Status moveChangePackageItem(WorkspaceDocument& document, const QUuid& id, const QUuid& newParentId,
                             int position) {
    auto before = Package::load(document.workspace());
    if (!before)
        return before.error();
    Package after = *before;
    const Driver* newParent = before->driver(newParentId);
    if (const Driver* driver = before->driver(id)) {
        if (driver->kind == DriverKind::Primary)
            return Error{
                ErrorCode::Invalid,
                Text::tr("A primary driver sits directly under the aim; it cannot be moved under another "
                         "driver.")};
        if (!newParent || newParent->kind != DriverKind::Primary)
            return Error{ErrorCode::Invalid,
                         Text::tr("A secondary driver can only be moved under a primary driver.")};
        if (newParentId == driver->parentId)
            return reorderChangePackageItem(document, id, position < 0 ? INT_MAX : position);
        std::vector<QUuid> oldOrder = before->driverSiblings(DriverKind::Secondary, driver->parentId);
        oldOrder.erase(std::find(oldOrder.begin(), oldOrder.end(), id));
        std::vector<QUuid> newOrder = before->driverSiblings(DriverKind::Secondary, newParentId);
        newOrder.insert(newOrder.begin() + insertionIndex(position, newOrder.size()), id);
        after.drivers.at(id).parentId = newParentId;
        after.renumberDrivers(oldOrder);
        after.renumberDrivers(newOrder);
        return pushEdit(document, *before, after,
                        Text::tr("Move “%1” to “%2”").arg(driver->name, newParent->name));
    }
    const ChangeIdea* idea = before->idea(id);
    if (!idea)
        return notFound();
    if (!newParent || newParent->kind != DriverKind::Secondary)
        return Error{ErrorCode::Invalid,
                     Text::tr("A change idea can only be moved under a secondary driver.")};
    if (newParentId == idea->driverId)
        return reorderChangePackageItem(document, id, position < 0 ? INT_MAX : position);
    std::vector<QUuid> oldOrder = before->ideaSiblings(idea->driverId);
    oldOrder.erase(std::find(oldOrder.begin(), oldOrder.end(), id));
    std::vector<QUuid> newOrder = before->ideaSiblings(newParentId);
    newOrder.insert(newOrder.begin() + insertionIndex(position, newOrder.size()), id);
    after.ideas.at(id).driverId = newParentId;
    after.renumberIdeas(oldOrder);
    after.renumberIdeas(newOrder);
    return pushEdit(document, *before, after, Text::tr("Move “%1” to “%2”").arg(idea->name, newParent->name));
}

Status deleteChangePackageItem(WorkspaceDocument& document, const QUuid& id) {
    Workspace& workspace = document.workspace();
    auto before = Package::load(workspace);
    if (!before)
        return before.error();
    auto tested = rules::testedIdeas(workspace);
    if (!tested)
        return tested.error();
    Package after = *before;

    // What goes: the item, and for a driver every driver and idea under it.
    std::vector<QUuid> drivers;
    std::vector<QUuid> ideas;
    QString name;
    if (const Driver* driver = before->driver(id)) {
        name = driver->name;
        drivers.push_back(id);
        if (driver->kind == DriverKind::Primary)
            for (const QUuid& secondary : before->driverSiblings(DriverKind::Secondary, id))
                drivers.push_back(secondary);
        for (const QUuid& d : drivers)
            for (const QUuid& idea : before->ideaSiblings(d))
                ideas.push_back(idea);
    } else if (const ChangeIdea* idea = before->idea(id)) {
        name = idea->name;
        ideas.push_back(id);
    } else {
        return notFound();
    }
    std::vector<std::pair<QUuid, QString>> named;
    for (const QUuid& ideaId : ideas)
        named.emplace_back(ideaId, before->idea(ideaId)->name);
    PDSA_TRY(rules::checkIdeasDeletable(named, *tested, id, name));

    for (const QUuid& ideaId : ideas)
        after.ideas.erase(ideaId);
    for (const QUuid& driverId : drivers)
        after.drivers.erase(driverId);
    // The siblings left behind close the gap.
    if (const Driver* driver = before->driver(id))
        after.renumberDrivers(after.driverSiblings(driver->kind, driver->parentId));
    else
        after.renumberIdeas(after.ideaSiblings(before->idea(id)->driverId));
    return pushEdit(document, *before, after, Text::tr("Delete “%1”").arg(name));
}

} // namespace command
} // namespace pdsa::ui
