// SPDX-License-Identifier: Apache-2.0
// The change package editor: the undo facade's edits of drivers and change ideas, the editable
// tree model, the page's keyboard path, the drawn driver diagram's layout and its exports.
#include "dialogs/changeitemdialog.h"
#include "mainwindow.h"
#include "models/changepackagemodel.h"
#include "navigationtarget.h"
#include "pages/collaborativepage.h"
#include "uitestsupport.h"
#include "undo/commands.h"
#include "widgets/driverdiagramview.h"
#include "widgets/fittedtreeview.h"
#include "workspacedocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <map>
#include <memory>

using namespace pdsa;
using pdsa::test::normalized;
using namespace pdsa::ui;

namespace {

// The live change package as stored, without the bookkeeping that every write moves on (revision
// and time): what undo and redo must bring back exactly.
struct Contents {
    std::vector<Driver> drivers;
    std::vector<ChangeIdea> ideas;
    bool operator==(const Contents&) const = default;
};

void PrintTo(const Contents& contents, std::ostream* out) {
    *out << contents.drivers.size() << " drivers, " << contents.ideas.size() << " ideas";
}

class ChangePackageEditing : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        auto opened = WorkspaceDocument::open(demoPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        document = std::move(*opened);
    }

    Workspace& ws() { return document->workspace(); }
    QUndoStack& stack() { return *document->undoStack(); }

    Contents contents() {
        return {normalized(ws().changePackage.drivers.all().value()),
                normalized(ws().changePackage.ideas.all().value())};
    }

    std::vector<Driver> primaries() {
        std::vector<Driver> found;
        for (const Driver& d : ws().changePackage.drivers.all().value())
            if (d.kind == DriverKind::Primary)
                found.push_back(d);
        return found; // in position order
    }
    std::vector<Driver> secondariesOf(const QUuid& primary) {
        std::vector<Driver> found;
        for (const Driver& d : ws().changePackage.drivers.all().value())
            if (d.kind == DriverKind::Secondary && d.parentId == primary)
                found.push_back(d);
        return found;
    }
    std::vector<ChangeIdea> ideasOf(const QUuid& secondary) {
        return ws().changePackage.ideasUnder(secondary).value();
    }

    Driver driver(const QUuid& id) { return ws().changePackage.drivers.find(id).value().value(); }
    ChangeIdea idea(const QUuid& id) { return ws().changePackage.ideas.find(id).value().value(); }

    // Every parent's children have the positions 0, 1, 2 … in their listing order.
    void expectDensePositions() {
        std::map<QUuid, std::vector<int>> byParent;
        for (const Driver& d : ws().changePackage.drivers.all().value())
            byParent[d.kind == DriverKind::Primary ? QUuid() : d.parentId].push_back(d.position);
        std::map<QUuid, std::vector<int>> ideasByParent;
        for (const ChangeIdea& i : ws().changePackage.ideas.all().value())
            ideasByParent[i.driverId].push_back(i.position);
        for (auto* groups : {&byParent, &ideasByParent})
            for (auto& [parent, positions] : *groups) {
                std::sort(positions.begin(), positions.end());
                for (size_t k = 0; k < positions.size(); ++k)
                    EXPECT_EQ(positions[k], static_cast<int>(k))
                        << "under " << parent.toString().toStdString();
            }
    }

    QUuid firstTeam() { return ws().teams.teams.all().value().front().meta.id; }

    std::unique_ptr<WorkspaceDocument> document;
};

} // namespace

TEST_F(ChangePackageEditing, adding_a_primary_driver_saves_it_at_once_as_one_step) {
    const size_t before = primaries().size();
    auto added = command::addPrimaryDriver(*document, QStringLiteral("  Courts and agencies plan together  "),
                                           QStringLiteral("Joint case planning"));
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    const Driver created = driver(*added);
    EXPECT_EQ(created.name, QStringLiteral("Courts and agencies plan together"));
    EXPECT_EQ(created.description, QStringLiteral("Joint case planning"));
    EXPECT_EQ(created.kind, DriverKind::Primary);
    EXPECT_EQ(created.position, static_cast<int>(before));
    EXPECT_EQ(created.meta.owner, Owner::organizer());
    EXPECT_EQ(created.collaborativeId, ws().collaborative.current()->meta.id);
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("New primary driver “Courts and agencies plan together”"));
}

TEST_F(ChangePackageEditing, undo_and_redo_of_every_kind_of_edit_restore_the_exact_records) {
    const std::vector<Driver> p = primaries();
    ASSERT_GE(p.size(), 2u);
    const std::vector<Driver> s0 = secondariesOf(p[0].meta.id);
    const std::vector<Driver> s1 = secondariesOf(p[1].meta.id);
    ASSERT_GE(s0.size(), 2u);
    ASSERT_FALSE(s1.empty());
    const std::vector<ChangeIdea> i0 = ideasOf(s0[0].meta.id);
    ASSERT_GE(i0.size(), 2u);
    // An untested subtree to delete: a new driver with a secondary driver and an idea under it.
    const QUuid spare = command::addPrimaryDriver(*document, QStringLiteral("Spare")).value();
    const QUuid spareSecondary =
        command::addSecondaryDriver(*document, spare, QStringLiteral("Spare 2")).value();
    const QUuid spareIdea =
        command::addChangeIdea(*document, spareSecondary, QStringLiteral("Spare idea")).value();
    stack().clear();

    struct Edit {
        const char* what;
        std::function<Status()> run;
    };
    const QUuid team = firstTeam();
    auto added = [](const Result<QUuid>& result) -> Status {
        if (!result)
            return result.error();
        return {};
    };
    const std::vector<Edit> edits = {
        {"add primary first",
         [&] { return added(command::addPrimaryDriver(*document, QStringLiteral("P"), {}, 0)); }},
        {"add secondary",
         [&] {
             return added(command::addSecondaryDriver(*document, p[0].meta.id, QStringLiteral("S"), {}, 1));
         }},
        {"add idea",
         [&] {
             return added(command::addChangeIdea(*document, s0[0].meta.id, QStringLiteral("I"), {}, {}, 0));
         }},
        {"add team idea",
         [&] {
             return added(command::addChangeIdea(*document, s0[0].meta.id, QStringLiteral("T"),
                                                 QStringLiteral("d"), team));
         }},
        {"rename driver",
         [&] {
             return command::editChangePackageText(*document, p[1].meta.id, ChangePackageField::Name,
                                                   QStringLiteral("Renamed"));
         }},
        {"describe idea",
         [&] {
             return command::editChangePackageText(*document, i0[0].meta.id, ChangePackageField::Description,
                                                   QStringLiteral("Why"));
         }},
        {"reorder primary", [&] { return command::reorderChangePackageItem(*document, p[0].meta.id, 1); }},
        {"reorder idea", [&] { return command::reorderChangePackageItem(*document, i0[0].meta.id, 5); }},
        {"move secondary",
         [&] { return command::moveChangePackageItem(*document, s0[0].meta.id, p[1].meta.id, 0); }},
        {"move idea",
         [&] { return command::moveChangePackageItem(*document, i0[1].meta.id, s1[0].meta.id); }},
        {"delete idea", [&] { return command::deleteChangePackageItem(*document, spareIdea); }},
        {"delete driver with subtree", [&] { return command::deleteChangePackageItem(*document, spare); }},
    };
    for (const Edit& edit : edits) {
        SCOPED_TRACE(edit.what);
        const Contents before = contents();
        const int steps = stack().index();
        ASSERT_TRUE(edit.run().ok());
        const Contents after = contents();
        EXPECT_NE(after, before);
        EXPECT_EQ(stack().index(), steps + 1);
        expectDensePositions();
        stack().undo();
        EXPECT_EQ(contents(), before);
        expectDensePositions();
        stack().redo();
        EXPECT_EQ(contents(), after);
        // The next edit starts from the package as it was, so each is undone separately.
        stack().undo();
    }
}

TEST_F(ChangePackageEditing, deleting_a_driver_takes_its_subtree_in_one_step_as_tombstones) {
    const QUuid primary = command::addPrimaryDriver(*document, QStringLiteral("Spare")).value();
    const QUuid secondary =
        command::addSecondaryDriver(*document, primary, QStringLiteral("Spare 2")).value();
    const QUuid a = command::addChangeIdea(*document, secondary, QStringLiteral("A")).value();
    const QUuid b =
        command::addChangeIdea(*document, secondary, QStringLiteral("B"), {}, firstTeam()).value();
    const int steps = stack().count();
    ASSERT_TRUE(command::deleteChangePackageItem(*document, primary).ok());
    EXPECT_EQ(stack().count(), steps + 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Delete “Spare”"));
    for (const QUuid& id : {primary, secondary}) {
        auto found = ws().changePackage.drivers.find(id, true);
        ASSERT_TRUE(found.ok() && found->has_value());
        EXPECT_TRUE((*found)->meta.deleted);
    }
    for (const QUuid& id : {a, b}) {
        auto found = ws().changePackage.ideas.find(id, true);
        ASSERT_TRUE(found.ok() && found->has_value());
        EXPECT_TRUE((*found)->meta.deleted);
    }
    expectDensePositions();
    stack().undo();
    EXPECT_EQ(idea(b).meta.owner, Owner::ofTeam(firstTeam()));
    EXPECT_EQ(idea(a).driverId, secondary);
}

TEST_F(ChangePackageEditing, moving_and_reordering_keep_positions_dense) {
    const std::vector<Driver> p = primaries();
    const std::vector<Driver> s0 = secondariesOf(p[0].meta.id);
    ASSERT_GE(s0.size(), 2u);
    // Three ideas under the first secondary driver (the demo has two or more there).
    ASSERT_TRUE(command::addChangeIdea(*document, s0[0].meta.id, QStringLiteral("Third")).ok());
    const std::vector<ChangeIdea> ideas = ideasOf(s0[0].meta.id);
    ASSERT_GE(ideas.size(), 3u);

    ASSERT_TRUE(command::reorderChangePackageItem(*document, ideas[0].meta.id, 2).ok());
    std::vector<ChangeIdea> now = ideasOf(s0[0].meta.id);
    EXPECT_EQ(now[0].meta.id, ideas[1].meta.id);
    EXPECT_EQ(now[1].meta.id, ideas[2].meta.id);
    EXPECT_EQ(now[2].meta.id, ideas[0].meta.id);
    expectDensePositions();

    const std::vector<Driver> s1 = secondariesOf(p[1].meta.id);
    ASSERT_TRUE(command::moveChangePackageItem(*document, ideas[1].meta.id, s1[0].meta.id, 0).ok());
    EXPECT_EQ(idea(ideas[1].meta.id).driverId, s1[0].meta.id);
    EXPECT_EQ(idea(ideas[1].meta.id).position, 0);
    EXPECT_EQ(ideasOf(s0[0].meta.id).size(), ideas.size() - 1);
    expectDensePositions();

    ASSERT_TRUE(command::moveChangePackageItem(*document, s0[1].meta.id, p[1].meta.id).ok());
    EXPECT_EQ(driver(s0[1].meta.id).parentId, p[1].meta.id);
    EXPECT_EQ(driver(s0[1].meta.id).position, static_cast<int>(s1.size()));
    expectDensePositions();

    // Reordering past either end clamps to the first or last place.
    ASSERT_TRUE(command::reorderChangePackageItem(*document, p[0].meta.id, 99).ok());
    EXPECT_EQ(primaries().back().meta.id, p[0].meta.id);
    ASSERT_TRUE(command::reorderChangePackageItem(*document, p[0].meta.id, -5).ok());
    EXPECT_EQ(primaries().front().meta.id, p[0].meta.id);
    expectDensePositions();
}

TEST_F(ChangePackageEditing, a_teams_own_idea_is_owned_by_the_team) {
    const QUuid team = firstTeam();
    const QUuid secondary = secondariesOf(primaries()[0].meta.id)[0].meta.id;
    auto added =
        command::addChangeIdea(*document, secondary, QStringLiteral("Parent café on Fridays"), {}, team);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(idea(*added).meta.owner, Owner::ofTeam(team));
    const QString teamName = ws().teams.teams.find(team).value()->name;
    EXPECT_EQ(stack().undoText(),
              QStringLiteral("New change idea “Parent café on Fridays” for %1").arg(teamName));

    auto data = ChangePackageData::load(ws());
    ASSERT_TRUE(data.ok());
    ChangePackageModel model;
    model.setChangePackage(*data);
    const QModelIndex index = model.indexOf(*added);
    EXPECT_EQ(index.data(ChangePackageModel::TeamNameRole).toString(), teamName);
    EXPECT_EQ(index.data().toString(), QStringLiteral("Parent café on Fridays"));
    EXPECT_EQ(index.siblingAtColumn(ChangePackageModel::TeamColumn).data().toString(), teamName);
    EXPECT_TRUE(data->hasTeamIdeas());
}

TEST_F(ChangePackageEditing, refused_edits_explain_why_and_push_and_write_nothing) {
    const QByteArray hash = ws().contentHash().value();
    const std::vector<Driver> p = primaries();
    const QUuid secondary = secondariesOf(p[0].meta.id)[0].meta.id;
    const QUuid tested = ideasOf(secondary)[0].meta.id;
    auto message = [](const Status& status) { return status.ok() ? QString() : status.error().message; };
    auto messageOf = [](const Result<QUuid>& result) {
        return result.ok() ? QString() : result.error().message;
    };

    EXPECT_EQ(messageOf(command::addPrimaryDriver(*document, QStringLiteral("   "))),
              QStringLiteral("A primary driver needs a name."));
    EXPECT_EQ(messageOf(command::addSecondaryDriver(*document, secondary, QStringLiteral("S"))),
              QStringLiteral("A secondary driver goes under a primary driver."));
    EXPECT_EQ(messageOf(command::addChangeIdea(*document, p[0].meta.id, QStringLiteral("I"))),
              QStringLiteral("A change idea goes under a secondary driver."));
    EXPECT_EQ(
        messageOf(command::addChangeIdea(*document, secondary, QStringLiteral("I"), {}, QUuid::createUuid())),
        QStringLiteral("The team no longer exists."));
    EXPECT_EQ(message(command::editChangePackageText(*document, tested, ChangePackageField::Name, QString())),
              QStringLiteral("A driver or change idea needs a name."));
    EXPECT_EQ(message(command::moveChangePackageItem(*document, p[0].meta.id, p[1].meta.id)),
              QStringLiteral(
                  "A primary driver sits directly under the aim; it cannot be moved under another driver."));
    EXPECT_EQ(message(command::moveChangePackageItem(*document, tested, p[1].meta.id)),
              QStringLiteral("A change idea can only be moved under a secondary driver."));
    EXPECT_EQ(message(command::moveChangePackageItem(*document, secondary, secondary)),
              QStringLiteral("A secondary driver can only be moved under a primary driver."));
    EXPECT_EQ(message(command::deleteChangePackageItem(*document, QUuid::createUuid())),
              QStringLiteral("This driver or change idea no longer exists; it may have been deleted."));

    // A tested idea stays: no cycle may lose the idea it tested.
    auto cycles = ws().cycles.cycles.all().value();
    const auto count = std::count_if(cycles.begin(), cycles.end(),
                                     [&](const PdsaCycle& c) { return c.changeIdeaIds.contains(tested); });
    ASSERT_GT(count, 0);
    const QString name = idea(tested).name;
    const QString times =
        count == 1 ? QStringLiteral("1 PDSA cycle") : QStringLiteral("%1 PDSA cycles").arg(count);
    EXPECT_EQ(message(command::deleteChangePackageItem(*document, tested)),
              QStringLiteral("“%1” cannot be deleted: %2 tested it. Move it under another driver instead.")
                  .arg(name, times));
    EXPECT_TRUE(message(command::deleteChangePackageItem(*document, p[0].meta.id))
                    .startsWith(QStringLiteral("“%1” cannot be deleted: the change idea").arg(p[0].name)));

    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(ws().contentHash().value(), hash);
}

TEST_F(ChangePackageEditing, unchanged_values_push_nothing) {
    const QByteArray hash = ws().contentHash().value();
    const std::vector<Driver> p = primaries();
    const QUuid secondary = secondariesOf(p[0].meta.id)[0].meta.id;
    const ChangeIdea first = ideasOf(secondary)[0];
    ASSERT_TRUE(
        command::editChangePackageText(*document, p[0].meta.id, ChangePackageField::Name, p[0].name).ok());
    ASSERT_TRUE(command::reorderChangePackageItem(*document, first.meta.id, 0).ok());
    ASSERT_TRUE(command::moveChangePackageItem(*document, first.meta.id, secondary, 0).ok());
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(ws().contentHash().value(), hash);
}

TEST_F(ChangePackageEditing, typing_a_name_merges_into_one_step_and_typing_back_leaves_nothing) {
    const Driver primary = primaries()[0];
    for (const char* typed : {"F", "Fa", "Fam", "Family first"})
        ASSERT_TRUE(command::editChangePackageText(*document, primary.meta.id, ChangePackageField::Name,
                                                   QString::fromLatin1(typed))
                        .ok());
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Rename “%1”").arg(primary.name));
    EXPECT_EQ(driver(primary.meta.id).name, QStringLiteral("Family first"));
    // A description edit of the same driver is a separate step.
    ASSERT_TRUE(command::editChangePackageText(*document, primary.meta.id, ChangePackageField::Description,
                                               QStringLiteral("New"))
                    .ok());
    EXPECT_EQ(stack().count(), 2);
    stack().undo();
    stack().undo();
    EXPECT_EQ(driver(primary.meta.id).name, primary.name);
    EXPECT_EQ(driver(primary.meta.id).description, primary.description);

    stack().clear();
    ASSERT_TRUE(command::editChangePackageText(*document, primary.meta.id, ChangePackageField::Name,
                                               primary.name + QStringLiteral("x"))
                    .ok());
    ASSERT_TRUE(
        command::editChangePackageText(*document, primary.meta.id, ChangePackageField::Name, primary.name)
            .ok());
    EXPECT_EQ(stack().count(), 0);
}

// ---- the editable model -------------------------------------------------------------------------

TEST_F(ChangePackageEditing, the_editable_model_passes_the_model_tester_through_every_kind_of_edit) {
    ChangePackageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(document.get());
    auto reload = [&] { model.setChangePackage(ChangePackageData::load(ws()).value()); };
    reload();
    QObject::connect(document.get(), &WorkspaceDocument::changed, &model, reload);

    const QModelIndex primary = model.index(0, 0);
    EXPECT_TRUE(model.flags(primary) & Qt::ItemIsEditable);
    EXPECT_TRUE(model.flags(primary) & Qt::ItemIsDragEnabled);
    EXPECT_TRUE(model.flags(primary) & Qt::ItemIsDropEnabled);
    const QUuid primaryId = primary.data(ChangePackageModel::IdRole).toUuid();

    // Renaming in place goes through the facade; the rows are updated, not reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.setData(primary, QStringLiteral("Family engagement")));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(model.indexOf(primaryId).data().toString(), QStringLiteral("Family engagement"));
    EXPECT_EQ(stack().count(), 1);

    QSignalSpy refused(&model, &ChangePackageModel::editRefused);
    EXPECT_FALSE(model.setData(model.indexOf(primaryId), QStringLiteral(" ")));
    ASSERT_EQ(refused.count(), 1);
    EXPECT_EQ(refused.front().front().toString(), QStringLiteral("A driver or change idea needs a name."));

    // Structural edits reset the model; the tester checks every state.
    const QUuid secondary =
        model.index(0, 0, model.indexOf(primaryId)).data(ChangePackageModel::IdRole).toUuid();
    ASSERT_TRUE(
        command::addChangeIdea(*document, secondary, QStringLiteral("New idea"), {}, firstTeam()).ok());
    ASSERT_TRUE(command::addPrimaryDriver(*document, QStringLiteral("Last")).ok());
    ASSERT_TRUE(command::reorderChangePackageItem(*document, primaryId, 1).ok());
    stack().undo();
    stack().undo();
    stack().redo();
    EXPECT_EQ(model.rowCount(), static_cast<int>(primaries().size()));
}

TEST_F(ChangePackageEditing, dragging_an_idea_onto_another_secondary_driver_moves_it) {
    ChangePackageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(document.get());
    auto reload = [&] { model.setChangePackage(ChangePackageData::load(ws()).value()); };
    reload();
    QObject::connect(document.get(), &WorkspaceDocument::changed, &model, reload);

    const QModelIndex firstSecondary = model.index(0, 0, model.index(0, 0));
    const QModelIndex otherSecondary = model.index(0, 0, model.index(1, 0));
    const QModelIndex dragged = model.index(0, 0, firstSecondary);
    const QUuid ideaId = dragged.data(ChangePackageModel::IdRole).toUuid();
    const QUuid target = otherSecondary.data(ChangePackageModel::IdRole).toUuid();
    std::unique_ptr<QMimeData> data(model.mimeData({dragged}));
    ASSERT_TRUE(data);
    EXPECT_TRUE(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, otherSecondary));
    // An idea is never dropped on a primary driver or on the aim.
    EXPECT_FALSE(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model.index(1, 0)));
    EXPECT_FALSE(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));

    QSignalSpy moved(&model, &ChangePackageModel::itemMoved);
    // false: the view must not remove the dragged rows itself; the reload shows the move.
    EXPECT_FALSE(model.dropMimeData(data.get(), Qt::MoveAction, 1, 0, otherSecondary));
    EXPECT_EQ(moved.count(), 1);
    EXPECT_EQ(idea(ideaId).driverId, target);
    EXPECT_EQ(idea(ideaId).position, 1);
    EXPECT_EQ(model.indexOf(ideaId).parent().data(ChangePackageModel::IdRole).toUuid(), target);
    expectDensePositions();

    // Dropping a primary driver at the end of the root reorders it.
    const QUuid firstPrimary = model.index(0, 0).data(ChangePackageModel::IdRole).toUuid();
    std::unique_ptr<QMimeData> primaryData(model.mimeData({model.index(0, 0)}));
    EXPECT_FALSE(model.dropMimeData(primaryData.get(), Qt::MoveAction, model.rowCount(), 0, QModelIndex()));
    EXPECT_EQ(primaries().back().meta.id, firstPrimary);
    EXPECT_EQ(stack().count(), 2);
}

// ---- the page -----------------------------------------------------------------------------------

class ChangePackagePage : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        window = std::make_unique<MainWindow>();
        window->resize(1280, 900);
        window->show();
        ASSERT_TRUE(window->openWorkspace(demoPath()).ok());
        ASSERT_TRUE(window->navigateTo(NavigationTarget::collaborative()));
        page = window->collaborativePage();
        // Shortcuts of the tree and the diagram need the window to be the active one.
        QApplication::setActiveWindow(window.get());
    }

    Workspace& ws() { return window->document()->workspace(); }
    QUndoStack& stack() { return *window->document()->undoStack(); }

    std::unique_ptr<MainWindow> window;
    CollaborativePage* page = nullptr;
};

TEST_F(ChangePackagePage, every_input_and_action_has_a_name_and_the_actions_have_keys) {
    QWidget* section = page->changePackageTabs()->parentWidget();
    for (QWidget* widget : section->findChildren<QWidget*>()) {
        const bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                           qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QToolButton*>(widget) ||
                           widget == page->diagramView();
        // Skip the parts Qt builds inside other widgets (the tab bar's scroll buttons, the tree's header).
        const bool part = qobject_cast<QTabBar*>(widget->parentWidget()) || qobject_cast<QToolBar*>(widget) ||
                          qobject_cast<QAbstractItemView*>(widget->parentWidget()) ||
                          widget->objectName().startsWith(QLatin1String("qt_"));
        if (!input || part)
            continue;
        const QToolButton* button = qobject_cast<QToolButton*>(widget);
        const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        EXPECT_TRUE(named) << widget->metaObject()->className() << " " << widget->objectName().toStdString();
    }
    EXPECT_FALSE(page->diagramView()->accessibleName().isEmpty());
    using A = CollaborativePage::PackageAction;
    EXPECT_EQ(page->packageAction(A::AddChild)->shortcut(), QKeySequence(Qt::Key_Insert));
    EXPECT_EQ(page->packageAction(A::Rename)->shortcut(), QKeySequence(Qt::Key_F2));
    EXPECT_EQ(page->packageAction(A::MoveUp)->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Up));
    EXPECT_EQ(page->packageAction(A::MoveDown)->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Down));
    EXPECT_EQ(page->packageAction(A::Delete)->shortcut(), QKeySequence(QKeySequence::Delete));
}

TEST_F(ChangePackagePage, alt_down_in_the_tree_moves_the_item_down_and_keeps_it_selected) {
    FittedTreeView* tree = page->changePackageView();
    ChangePackageModel* model = page->changePackageModel();
    const QUuid first = model->index(0, 0).data(ChangePackageModel::IdRole).toUuid();
    page->selectItem(first);
    tree->setFocus();
    ASSERT_TRUE(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(model->indexOf(first).row(), 1);
    EXPECT_EQ(page->selectedItem(), first);
    EXPECT_EQ(stack().count(), 1);
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(model->indexOf(first).row(), 0);
    EXPECT_EQ(stack().count(), 2);
}

TEST_F(ChangePackagePage, typing_in_the_details_panel_renames_in_one_step_and_keeps_the_cursor) {
    ChangePackageModel* model = page->changePackageModel();
    const QModelIndex primary = model->index(0, 0);
    const QUuid id = primary.data(ChangePackageModel::IdRole).toUuid();
    const QString original = primary.data(Qt::EditRole).toString();
    page->selectItem(id);
    QLineEdit* name = page->itemNameEdit();
    EXPECT_EQ(name->text(), original);
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" now"));
    EXPECT_EQ(name->text(), original + QStringLiteral(" now"));
    EXPECT_EQ(name->cursorPosition(), name->text().size());
    EXPECT_EQ(model->indexOf(id).data(Qt::EditRole).toString(), original + QStringLiteral(" now"));
    EXPECT_EQ(stack().count(), 1);

    // Emptying the name is refused and explained; the saved name stays.
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    EXPECT_TRUE(page->changePackageMessage()->isVisibleTo(page));
    EXPECT_EQ(page->changePackageMessage()->text(), QStringLiteral("A driver or change idea needs a name."));
    EXPECT_EQ(model->indexOf(id).data(Qt::EditRole).toString(), original + QStringLiteral(" now"));
    stack().undo();
    EXPECT_EQ(model->indexOf(id).data(Qt::EditRole).toString(), original);
}

TEST_F(ChangePackagePage,
       delete_on_a_tested_idea_is_refused_with_a_message_and_clicking_the_diagram_selects) {
    ChangePackageModel* model = page->changePackageModel();
    const QModelIndex idea = model->index(0, 0, model->index(0, 0, model->index(0, 0)));
    const QUuid id = idea.data(ChangePackageModel::IdRole).toUuid();
    ASSERT_GT(model->index(idea.row(), ChangePackageModel::CyclesColumn, idea.parent()).data().toInt(), 0);
    page->selectItem(id);
    page->changePackageView()->setFocus();
    ASSERT_TRUE(page->changePackageView()->hasFocus());
    QTest::keyClick(page->changePackageView(), Qt::Key_Delete);
    EXPECT_TRUE(page->changePackageMessage()->text().contains(QStringLiteral("cannot be deleted")));
    EXPECT_EQ(stack().count(), 0);

    // Clicking a box in the diagram selects that item in the outline.
    page->changePackageTabs()->setCurrentIndex(1);
    QApplication::processEvents();
    DriverDiagramView* diagram = page->diagramView();
    diagram->setZoom(1.0);
    const auto& layout = diagram->diagramLayout();
    const int other = layout.indexOf(model->index(1, 0).data(ChangePackageModel::IdRole).toUuid());
    ASSERT_GE(other, 0);
    diagram->selectItem(layout.boxes[static_cast<size_t>(other)].id); // scrolls it into view
    diagram->selectItem({});
    const QPointF centre = layout.boxes[static_cast<size_t>(other)].rect.center();
    const QPoint at(qRound(centre.x()) - diagram->horizontalScrollBar()->value(),
                    qRound(centre.y()) - diagram->verticalScrollBar()->value());
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, at);
    EXPECT_EQ(page->selectedItem(), layout.boxes[static_cast<size_t>(other)].id);
}

TEST_F(ChangePackagePage, insert_on_a_secondary_driver_asks_for_a_new_idea_and_selects_it) {
    ChangePackageModel* model = page->changePackageModel();
    const QModelIndex secondary = model->index(0, 0, model->index(0, 0));
    const QUuid secondaryId = secondary.data(ChangePackageModel::IdRole).toUuid();
    const int ideasBefore = model->rowCount(secondary);
    page->selectItem(secondaryId);
    page->changePackageView()->setFocus();
    bool asked = false;
    test::whenModalAppears([&](QWidget* modal) {
        auto* dialog = qobject_cast<NewChangeItemDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        asked = true;
        EXPECT_EQ(dialog->windowTitle(), QStringLiteral("New change idea"));
        EXPECT_FALSE(dialog->nameEdit()->accessibleName().isEmpty());
        EXPECT_FALSE(dialog->ownerBox()->accessibleName().isEmpty());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Warm handoff call after court"));
        dialog->accept();
    });
    QTest::keyClick(page->changePackageView(), Qt::Key_Insert);
    ASSERT_TRUE(asked);
    const QModelIndex now = model->indexOf(secondaryId);
    ASSERT_EQ(model->rowCount(now), ideasBefore + 1);
    const QModelIndex added = model->index(ideasBefore, 0, now);
    EXPECT_EQ(added.data(Qt::EditRole).toString(), QStringLiteral("Warm handoff call after court"));
    EXPECT_EQ(page->selectedItem(), added.data(ChangePackageModel::IdRole).toUuid());
    EXPECT_EQ(stack().count(), 1);
}

TEST_F(ChangePackagePage, a_team_adds_its_own_idea_and_the_outline_names_the_team) {
    ChangePackageModel* model = page->changePackageModel();
    const QModelIndex idea = model->index(0, 0, model->index(0, 0, model->index(0, 0)));
    page->selectItem(idea.data(ChangePackageModel::IdRole).toUuid());
    // The team column shows only once a team has an idea of its own.
    EXPECT_TRUE(page->changePackageView()->isColumnHidden(ChangePackageModel::TeamColumn));
    const Team team = ws().teams.teams.all().value().back();
    test::whenModalAppears([&](QWidget* modal) {
        auto* dialog = qobject_cast<NewChangeItemDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->ownerBox()->currentData().toUuid(), ws().teams.teams.all().value().front().meta.id);
        dialog->ownerBox()->setCurrentIndex(dialog->ownerBox()->findData(team.meta.id));
        dialog->nameEdit()->setText(QStringLiteral("Elders at the first family meeting"));
        dialog->accept();
    });
    page->packageAction(CollaborativePage::PackageAction::AddTeamIdea)->trigger();
    const QUuid added = page->selectedItem();
    const QModelIndex index = model->indexOf(added);
    EXPECT_EQ(index.row(), 1); // right after the selected idea
    EXPECT_EQ(index.data().toString(), QStringLiteral("Elders at the first family meeting"));
    EXPECT_EQ(index.siblingAtColumn(ChangePackageModel::TeamColumn).data().toString(), team.name);
    EXPECT_FALSE(page->changePackageView()->isColumnHidden(ChangePackageModel::TeamColumn));
    EXPECT_EQ(ws().changePackage.ideas.find(added).value()->meta.owner, Owner::ofTeam(team.meta.id));
}

TEST_F(ChangePackagePage, move_to_puts_an_idea_under_the_chosen_secondary_driver) {
    ChangePackageModel* model = page->changePackageModel();
    const QModelIndex idea = model->index(0, 0, model->index(0, 0, model->index(0, 0)));
    const QUuid id = idea.data(ChangePackageModel::IdRole).toUuid();
    const QModelIndex target = model->index(0, 0, model->index(1, 0));
    const QUuid targetId = target.data(ChangePackageModel::IdRole).toUuid();
    page->selectItem(id);
    test::whenModalAppears([&](QWidget* modal) {
        auto* dialog = qobject_cast<MoveChangeItemDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        QComboBox* box = dialog->targetBox();
        EXPECT_EQ(box->currentData().toUuid(), idea.parent().data(ChangePackageModel::IdRole).toUuid());
        EXPECT_TRUE(box->itemText(box->findData(targetId)).contains(QStringLiteral(" › ")));
        box->setCurrentIndex(box->findData(targetId));
        dialog->accept();
    });
    page->packageAction(CollaborativePage::PackageAction::MoveTo)->trigger();
    EXPECT_EQ(model->indexOf(id).parent().data(ChangePackageModel::IdRole).toUuid(), targetId);
    EXPECT_EQ(page->selectedItem(), id);
    EXPECT_EQ(stack().count(), 1);
}

TEST_F(ChangePackagePage, the_arrow_keys_walk_the_diagram_and_enter_opens_the_item_in_the_outline) {
    page->changePackageTabs()->setCurrentIndex(1);
    DriverDiagramView* diagram = page->diagramView();
    diagram->setFocus();
    ASSERT_TRUE(diagram->hasFocus());
    const auto& layout = diagram->diagramLayout();
    QTest::keyClick(diagram, Qt::Key_Right); // nothing chosen yet: the aim
    QTest::keyClick(diagram, Qt::Key_Right); // its first primary driver
    const QUuid firstPrimary =
        page->changePackageModel()->index(0, 0).data(ChangePackageModel::IdRole).toUuid();
    EXPECT_EQ(diagram->selectedItem(), firstPrimary);
    EXPECT_EQ(page->selectedItem(), firstPrimary);
    QTest::keyClick(diagram, Qt::Key_Down); // the next primary driver
    const QUuid secondPrimary =
        page->changePackageModel()->index(1, 0).data(ChangePackageModel::IdRole).toUuid();
    EXPECT_EQ(diagram->selectedItem(), secondPrimary);
    QTest::keyClick(diagram, Qt::Key_Left); // back to the aim
    EXPECT_EQ(layout.indexOf(diagram->selectedItem()), 0);
    QTest::keyClick(diagram, Qt::Key_Right);
    QTest::keyClick(diagram, Qt::Key_Right); // the first secondary driver
    const QUuid secondary = diagram->selectedItem();
    EXPECT_EQ(layout.boxes[static_cast<size_t>(layout.indexOf(secondary))].kind,
              DriverDiagramLayout::Kind::SecondaryDriver);
    QTest::keyClick(diagram, Qt::Key_Return);
    EXPECT_EQ(page->changePackageTabs()->currentIndex(), 0);
    EXPECT_EQ(page->selectedItem(), secondary);
    // Zoom by keyboard.
    page->changePackageTabs()->setCurrentIndex(1);
    diagram->setFocus();
    QTest::keyClick(diagram, Qt::Key_Plus);
    EXPECT_GT(diagram->zoom(), 1.0);
    QTest::keyClick(diagram, Qt::Key_0);
    EXPECT_EQ(diagram->zoom(), 1.0);
}

// ---- the drawn diagram ----------------------------------------------------------------------------

namespace {

// A package of `primaries` × `secondaries` × `ideas` with names of every length.
ChangePackageData bigPackage(int primaries, int secondaries, int ideas) {
    ChangePackageData data;
    data.aim =
        QStringLiteral("By June 2027, 60 % of children who enter care are reunified with their families "
                       "within 12 months of entry.");
    int n = 0;
    for (int p = 0; p < primaries; ++p) {
        ChangePackageData::Primary primary{
            QUuid::createUuid(), QStringLiteral("Primary driver %1").arg(p), {}, {}};
        for (int s = 0; s < secondaries; ++s) {
            ChangePackageData::Secondary secondary{
                QUuid::createUuid(),
                QStringLiteral("Secondary driver %1.%2 with a longer name").arg(p).arg(s),
                {},
                {}};
            for (int i = 0; i < ideas; ++i, ++n) {
                ChangePackageData::Idea idea;
                idea.id = QUuid::createUuid();
                idea.name = n % 7 == 3 ? QStringLiteral("Idea %1 ").arg(n) +
                                             QString(QStringLiteral("very long words ")).repeated(20)
                                       : QStringLiteral("Idea %1").arg(n);
                idea.cycles = n % 4;
                idea.latestDecision = n % 4 == 0 ? Decision::None : static_cast<Decision>(n % 4);
                if (n % 5 == 0) {
                    idea.teamId = QUuid::createUuid();
                    idea.teamName = QStringLiteral("Riverbend County");
                }
                secondary.ideas.push_back(idea);
            }
            primary.secondaries.push_back(secondary);
        }
        data.primaries.push_back(primary);
    }
    return data;
}

QFont diagramFont() {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    return font;
}

void expectNoOverlapsInside(const DriverDiagramLayout& layout) {
    const QRectF scene(QPointF(0, 0), layout.size);
    for (size_t a = 0; a < layout.boxes.size(); ++a) {
        EXPECT_TRUE(scene.contains(layout.boxes[a].rect)) << "box " << a << " outside the scene";
        for (size_t b = a + 1; b < layout.boxes.size(); ++b)
            EXPECT_FALSE(layout.boxes[a].rect.intersects(layout.boxes[b].rect))
                << "boxes " << a << " and " << b;
    }
}

} // namespace

TEST(DriverDiagramLayout, a_45_idea_package_lays_out_without_overlaps_inside_the_scene) {
    const ChangePackageData data = bigPackage(3, 3, 5);
    ASSERT_EQ(data.ideaCount(), 45);
    const DriverDiagramLayout layout = DriverDiagramLayout::compute(data, diagramFont());
    ASSERT_EQ(layout.boxes.size(), 1u + 3 + 9 + 45);
    expectNoOverlapsInside(layout);
    // Readable: the text is not shrunk to fit, the diagram grows (and the view scrolls).
    EXPECT_EQ(layout.font.pixelSize(), 13);
    EXPECT_GT(layout.size.height(), 45 * layout.lineHeight * 2);
}

TEST(DriverDiagramLayout, every_child_has_an_orthogonal_connector_from_its_parent) {
    const DriverDiagramLayout layout = DriverDiagramLayout::compute(bigPackage(3, 2, 4), diagramFont());
    size_t children = 0;
    for (size_t i = 0; i < layout.boxes.size(); ++i) {
        const auto& box = layout.boxes[i];
        if (box.parent < 0)
            continue;
        ++children;
        const auto found = std::find_if(layout.connectors.begin(), layout.connectors.end(),
                                        [&](const auto& c) { return c.to == static_cast<int>(i); });
        ASSERT_NE(found, layout.connectors.end()) << "box " << i;
        EXPECT_EQ(found->from, box.parent);
        const QRectF parent = layout.boxes[static_cast<size_t>(box.parent)].rect;
        EXPECT_DOUBLE_EQ(found->path.front().x(), parent.right());
        EXPECT_DOUBLE_EQ(found->path.back().x(), box.rect.left());
        EXPECT_TRUE(parent.top() <= found->path.front().y() && found->path.front().y() <= parent.bottom());
        EXPECT_TRUE(box.rect.top() <= found->path.back().y() && found->path.back().y() <= box.rect.bottom());
        for (int k = 1; k < found->path.size(); ++k) // horizontal or vertical segments only
            EXPECT_TRUE(found->path[k].x() == found->path[k - 1].x() ||
                        found->path[k].y() == found->path[k - 1].y());
    }
    EXPECT_EQ(layout.connectors.size(), children);
    // Columns: each kind further right than its parent.
    for (const auto& box : layout.boxes) {
        if (box.parent >= 0) {
            EXPECT_GT(box.rect.left(), layout.boxes[static_cast<size_t>(box.parent)].rect.right());
        }
    }
}

TEST(DriverDiagramLayout, a_lone_child_is_joined_to_its_parent_by_one_straight_line) {
    const DriverDiagramLayout layout = DriverDiagramLayout::compute(bigPackage(2, 1, 1), diagramFont());
    for (const auto& connector : layout.connectors) {
        const auto& parent = layout.boxes[static_cast<size_t>(connector.from)];
        const bool lone = std::count_if(layout.boxes.begin(), layout.boxes.end(),
                                        [&](const auto& b) { return b.parent == connector.from; }) == 1;
        if (!lone || parent.kind == DriverDiagramLayout::Kind::Aim)
            continue;
        for (const QPointF& point : connector.path)
            EXPECT_EQ(point.y(), connector.path.front().y());
    }
}

TEST(DriverDiagramLayout, long_names_wrap_inside_their_box_and_are_elided_after_six_lines) {
    const DriverDiagramLayout layout = DriverDiagramLayout::compute(bigPackage(1, 1, 4), diagramFont());
    const auto& longIdea = layout.boxes[layout.boxes.size() - 1]; // idea 3: the long one
    ASSERT_TRUE(longIdea.name.startsWith(QStringLiteral("Idea 3 ")));
    EXPECT_EQ(longIdea.lines.size(), 6);
    EXPECT_TRUE(longIdea.lines.back().endsWith(QChar(0x2026)));
    const QFontMetricsF metrics(layout.font);
    for (const QString& line : longIdea.lines)
        EXPECT_LE(metrics.horizontalAdvance(line), longIdea.rect.width() - 2 * layout.padding + 0.5)
            << line.toStdString();
    // An empty name and an empty package still lay out.
    ChangePackageData empty;
    const DriverDiagramLayout onlyAim = DriverDiagramLayout::compute(empty, diagramFont());
    ASSERT_EQ(onlyAim.boxes.size(), 1u);
    EXPECT_EQ(onlyAim.boxes.front().lines.join(QLatin1Char(' ')), QStringLiteral("No aim written yet"));
}

TEST(DriverDiagramLayout, doubling_the_text_size_doubles_the_diagram) {
    const ChangePackageData data = bigPackage(2, 2, 2);
    QFont big = diagramFont();
    big.setPixelSize(26);
    const DriverDiagramLayout normal = DriverDiagramLayout::compute(data, diagramFont());
    const DriverDiagramLayout doubled = DriverDiagramLayout::compute(data, big);
    EXPECT_NEAR(doubled.size.width(), 2 * normal.size.width(), 4);
    expectNoOverlapsInside(doubled);
}

TEST(DriverDiagramLayout, each_idea_shows_its_cycles_and_decision_in_words) {
    EXPECT_EQ(DriverDiagramLayout::cyclesText(0), QStringLiteral("Not tested yet"));
    EXPECT_EQ(DriverDiagramLayout::cyclesText(1), QStringLiteral("1 cycle"));
    EXPECT_EQ(DriverDiagramLayout::cyclesText(3), QStringLiteral("3 cycles"));
    EXPECT_EQ(DriverDiagramLayout::decisionText(2, Decision::Adopt), QStringLiteral("Adopt"));
    EXPECT_EQ(DriverDiagramLayout::decisionText(2, Decision::None), QStringLiteral("no decision yet"));
}

class DriverDiagramExport : public test::UiTest {
protected:
    DriverDiagramLayout layout = DriverDiagramLayout::compute(bigPackage(2, 2, 3), diagramFont());
};

TEST_F(DriverDiagramExport, png_svg_and_pdf_are_written_and_carry_the_idea_names) {
    const QString png = dir.path(QStringLiteral("diagram.png"));
    ASSERT_TRUE(exportDriverDiagram(layout, png, DiagramFormat::Png, QStringLiteral("Driver diagram")).ok());
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), (layout.size * 2).toSize());

    const QString svg = dir.path(QStringLiteral("diagram.svg"));
    ASSERT_TRUE(exportDriverDiagram(layout, svg, DiagramFormat::Svg, QStringLiteral("Driver diagram")).ok());
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    EXPECT_TRUE(svgText.contains("<svg"));
    for (const char* name : {"Idea 0", "Idea 11", "Primary driver 1", "Change ideas"})
        EXPECT_TRUE(svgText.contains(name)) << name;

    const QString pdf = dir.path(QStringLiteral("diagram.pdf"));
    ASSERT_TRUE(exportDriverDiagram(layout, pdf, DiagramFormat::Pdf, QStringLiteral("Driver diagram")).ok());
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    ASSERT_FALSE(tool.isEmpty()) << "pdftotext is missing: install the package poppler-utils";
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const char* name : {"Idea 0", "Idea 5", "Idea 11", "Primary driver 0", "Adopt"})
        EXPECT_TRUE(text.contains(QString::fromLatin1(name))) << name;
}

TEST_F(DriverDiagramExport, a_file_that_cannot_be_written_is_an_error_naming_it) {
    const QString path = dir.path(QStringLiteral("missing/folder/diagram.png"));
    const Status status =
        exportDriverDiagram(layout, path, DiagramFormat::Png, QStringLiteral("Driver diagram"));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Io);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("diagram.png")));
}
