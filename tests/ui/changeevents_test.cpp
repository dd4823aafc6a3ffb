// SPDX-License-Identifier: Apache-2.0
// After an edit the window updates what the edit changed (pdsa::Changes) and nothing else: a
// keystroke in a cycle's title renames its node in the tree in place, keeps the user's place and
// the open branches; a cycle that comes or goes rebuilds the tree and moves off a page that is gone.
#include "mainwindow.h"
#include "models/navigationmodel.h"
#include "pages/cyclepage.h"
#include "uitestsupport.h"
#include "undo/cyclecommands.h"
#include "widgets/pageheader.h"
#include "workspacedocument.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class ChangeEventsTest : public test::UiTest {
protected:
    void SetUp() override {
        window.resize(1200, 800);
        const Status status = window.openWorkspace(demoPath());
        ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
        window.show();
        data = window.navigationModel()->navigationData();
        first = data.teams.front();
        second = data.teams.back();
        ASSERT_NE(first.id, second.id);
    }

    QString nodeText(const NavigationTarget& target) const {
        return window.navigationModel()->indexOf(target).data().toString();
    }
    QTreeView* tree() const { return window.findChild<QTreeView*>(); }

    MainWindow window;
    NavigationData data;
    NavigationData::TeamItem first, second;
};

} // namespace

TEST_F(ChangeEventsTest, typing_in_a_cycle_title_renames_its_node_in_place_keeping_the_place_and_open_branches) {
    const NavigationTarget cycle = NavigationTarget::cycle(first.id, first.cycles.front().id);
    const NavigationTarget otherTeam = NavigationTarget::team(second.id);
    tree()->expand(window.navigationModel()->indexOf(otherTeam));
    ASSERT_TRUE(window.navigateTo(cycle));
    auto* title = window.cyclePage()->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    ASSERT_NE(title, nullptr);
    title->setFocus();
    title->end(false);
    QSignalSpy resets(window.navigationModel(), &QAbstractItemModel::modelReset);
    QSignalSpy renamed(window.navigationModel(), &QAbstractItemModel::dataChanged);

    QTest::keyClicks(title, QStringLiteral(" v2"));

    const QString expected = first.cycles.front().name + QStringLiteral(" v2");
    EXPECT_EQ(title->text(), expected);
    EXPECT_EQ(nodeText(cycle), expected);
    EXPECT_EQ(window.cyclePage()->header()->title(), expected);
    EXPECT_EQ(resets.count(), 0) << "the tree was rebuilt for a rename";
    ASSERT_EQ(renamed.count(), 3) << "one rename per keystroke";
    EXPECT_EQ(renamed.front().at(0).toModelIndex(), window.navigationModel()->indexOf(cycle));
    EXPECT_EQ(window.navigationModel()->targetAt(tree()->currentIndex()), cycle);
    EXPECT_TRUE(tree()->isExpanded(window.navigationModel()->indexOf(otherTeam)));
    EXPECT_EQ(title->cursorPosition(), expected.size()) << "the field was not set again under the cursor";
    EXPECT_EQ(window.document()->workspace().cycles.cycles.find(cycle.id).value()->title, expected);
}

TEST_F(ChangeEventsTest, an_edit_that_touches_nothing_in_the_tree_leaves_the_tree_alone) {
    ASSERT_TRUE(window.navigateTo(NavigationTarget::cycle(first.id, first.cycles.front().id)));
    QSignalSpy resets(window.navigationModel(), &QAbstractItemModel::modelReset);
    QSignalSpy renamed(window.navigationModel(), &QAbstractItemModel::dataChanged);

    ASSERT_TRUE(command::editCycleText(*window.document(), first.cycles.front().id, CycleTextField::Objective,
                                       QStringLiteral("Meet within 72 hours"))
                    .ok());

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(renamed.count(), 0);
}

TEST_F(ChangeEventsTest, a_deleted_cycle_leaves_the_tree_and_its_page_and_undo_brings_both_back) {
    const NavigationTarget cycle = NavigationTarget::cycle(first.id, first.cycles.front().id);
    ASSERT_TRUE(window.navigateTo(cycle));
    QSignalSpy resets(window.navigationModel(), &QAbstractItemModel::modelReset);

    ASSERT_TRUE(command::deleteCycle(*window.document(), cycle.id).ok());

    EXPECT_EQ(resets.count(), 1);
    EXPECT_FALSE(window.navigationModel()->indexOf(cycle).isValid());
    EXPECT_NE(window.currentPage(), window.cyclePage());
    EXPECT_TRUE(window.navigationModel()->indexOf(NavigationTarget::team(second.id)).isValid());

    window.document()->undoStack()->undo();

    EXPECT_EQ(nodeText(cycle), first.cycles.front().name);
    ASSERT_TRUE(window.navigateTo(cycle));
    EXPECT_EQ(window.cyclePage()->header()->title(), first.cycles.front().name);
}
