// SPDX-License-Identifier: Apache-2.0
// The main window driven through its functions: opening, refusing, navigating, recent files,
// undo of the collaborative's name and the window title.
#include "dialogs/collaborativedetailsdialog.h"
#include "mainwindow.h"
#include "models/navigationmodel.h"
#include "pages/collaborativepage.h"
#include "pages/cyclepage.h"
#include "pages/measurepage.h"
#include "pages/startpage.h"
#include "pages/teampage.h"
#include "recentfiles.h"
#include "storage/database.h"
#include "uitestsupport.h"
#include "undo/commands.h"
#include "widgets/fittedtableview.h"
#include "widgets/pageheader.h"
#include "workspacedocument.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class MainWindowTest : public test::UiTest {
protected:
    void openDemo(MainWindow& window) {
        const Status status = window.openWorkspace(demoPath());
        ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    }

    QString collaborativeName(MainWindow& window) {
        return window.document()->workspace().collaborative.current()->name;
    }

    static QString title(QWidget* page) { return page->findChild<PageHeader*>()->title(); }

    QString newerFile() {
        const QString path = demoCopy(QStringLiteral("newer.pdsa"));
        auto db = storage::Database::open(path, storage::Database::Mode::ReadWrite);
        EXPECT_TRUE(db.ok());
        EXPECT_TRUE(db->exec(QStringLiteral("PRAGMA user_version = 9999")).ok());
        return path;
    }

    QString damagedFile() {
        const QString path = demoCopy(QStringLiteral("damaged.pdsa"));
        const QByteArray bytes = test::fileBytes(path);
        test::writeBytes(path, bytes.left(bytes.size() / 2));
        return path;
    }

    QString foreignFile() {
        const QString path = dir.path(QStringLiteral("notes.pdsa"));
        test::writeBytes(path, "Meeting notes, not a workspace.\n");
        return path;
    }

    // Opening `path` fails with `code`, and the window still shows the demo exactly as before.
    void expectRefusedKeepingDemo(const QString& path, ErrorCode code) {
        MainWindow window;
        openDemo(window);
        ASSERT_TRUE(window.navigateTo(NavigationTarget::collaborative()));
        const QString titleBefore = window.windowTitle();
        const QString open = window.document()->path();

        const Status status = window.openWorkspace(path);
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.error().code, code) << status.error().message.toStdString();
        EXPECT_TRUE(status.error().message.contains(path)) << status.error().message.toStdString();
        ASSERT_NE(window.document(), nullptr);
        EXPECT_EQ(window.document()->path(), open);
        EXPECT_EQ(window.windowTitle(), titleBefore);
        EXPECT_EQ(window.currentPage(), window.collaborativePage());
        EXPECT_EQ(window.navigationModel()->rowCount(), 1);
        EXPECT_FALSE(RecentFiles::list().contains(path));
        // The workspace still works.
        EXPECT_TRUE(window.document()->workspace().collaborative.current().ok());
    }
};

} // namespace

TEST_F(MainWindowTest, a_new_window_shows_the_start_page_with_the_app_name_as_title) {
    MainWindow window;
    EXPECT_EQ(window.document(), nullptr);
    EXPECT_EQ(window.currentPage(), window.startPage());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("PDSA Tracker"));
    EXPECT_FALSE(window.undoAction()->isEnabled());
}

TEST_F(MainWindowTest, opening_the_demo_shows_the_collaborative_and_its_teams_in_the_tree) {
    MainWindow window;
    openDemo(window);
    EXPECT_EQ(window.windowTitle(),
              QStringLiteral("Timely Permanency through Reunification (demo) — PDSA Tracker"));
    EXPECT_EQ(window.currentPage(), window.collaborativePage());
    EXPECT_EQ(title(window.collaborativePage()),
              QStringLiteral("Timely Permanency through Reunification (demo)"));

    const NavigationModel* model = window.navigationModel();
    const QModelIndex collaborative = model->index(0, 0);
    EXPECT_EQ(collaborative.data().toString(),
              QStringLiteral("Timely Permanency through Reunification (demo)"));
    const QModelIndex teams = model->index(0, 0, collaborative);
    EXPECT_TRUE(window.navigationView()->isExpanded(teams));
    auto records = window.document()->workspace().teams.teams.all();
    ASSERT_EQ(model->rowCount(teams), static_cast<int>(records->size()));
    for (int row = 0; row < model->rowCount(teams); ++row)
        EXPECT_TRUE(model->index(row, 0, teams).data().toString().startsWith((*records)[static_cast<size_t>(row)].name))
            << model->index(row, 0, teams).data().toString().toStdString();
    EXPECT_EQ(window.collaborativePage()->teamsView()->model()->rowCount(),
              static_cast<int>(records->size()));
}

TEST_F(MainWindowTest, selecting_a_team_shows_the_team_page_with_its_name) {
    MainWindow window;
    openDemo(window);
    const NavigationModel* model = window.navigationModel();
    const QModelIndex team = model->index(1, 0, model->index(0, 0, model->index(0, 0)));
    window.navigationView()->setCurrentIndex(team);
    EXPECT_EQ(window.currentPage(), window.teamPage());
    EXPECT_TRUE(team.data().toString().startsWith(title(window.teamPage()))) << team.data().toString().toStdString();
    EXPECT_GT(window.teamPage()->measuresView()->model()->rowCount(), 0);
    EXPECT_GT(window.teamPage()->cyclesView()->model()->rowCount(), 0);
}

TEST_F(MainWindowTest, selecting_a_measure_or_a_cycle_shows_its_page) {
    MainWindow window;
    openDemo(window);
    auto data = NavigationData::load(window.document()->workspace());
    const auto& team = data->teams.front();

    ASSERT_TRUE(window.navigateTo(NavigationTarget::measure(team.id, team.measures.front().id)));
    EXPECT_EQ(window.currentPage(), window.measurePage());
    EXPECT_EQ(title(window.measurePage()), team.measures.front().name);
    EXPECT_GT(
        window.measurePage()->findChild<FittedTableView*>(QStringLiteral("valuesView"))->model()->rowCount(),
        0);

    ASSERT_TRUE(window.navigateTo(NavigationTarget::cycle(team.id, team.cycles.front().id)));
    EXPECT_EQ(window.currentPage(), window.cyclePage());
    EXPECT_EQ(title(window.cyclePage()), team.cycles.front().name);
    QStringList labels; // the worksheet editor's stage headings and field labels
    for (const QLabel* label : window.cyclePage()->findChildren<QLabel*>())
        labels << label->text();
    const QString worksheet = labels.join(QLatin1Char('\n'));
    for (const char* stage : {"Plan", "Do", "Study", "Act", "Objective", "Questions and predictions"})
        EXPECT_TRUE(worksheet.contains(QString::fromLatin1(stage))) << stage;
}

TEST_F(MainWindowTest, enter_on_a_row_goes_to_that_item_in_the_tree) {
    MainWindow window;
    window.show();
    openDemo(window);
    FittedTableView* teams = window.collaborativePage()->teamsView();
    teams->setFocus();
    teams->setCurrentIndex(teams->model()->index(0, 0));
    QTest::keyClick(teams, Qt::Key_Return);
    EXPECT_EQ(window.currentPage(), window.teamPage());
    EXPECT_EQ(window.currentTarget().kind, NodeKind::Team);
    EXPECT_EQ(title(window.teamPage()), teams->model()->index(0, 0).data().toString());

    FittedTableView* cycles = window.teamPage()->cyclesView();
    cycles->setFocus();
    cycles->setCurrentIndex(cycles->model()->index(0, 0));
    QTest::keyClick(cycles, Qt::Key_Return);
    EXPECT_EQ(window.currentTarget().kind, NodeKind::Cycle);
    EXPECT_EQ(window.currentPage(), window.cyclePage());
    EXPECT_TRUE(window.navigationView()->isExpanded(window.navigationView()->currentIndex().parent()));
}

TEST_F(MainWindowTest, opening_a_damaged_file_keeps_the_current_workspace_open) {
    expectRefusedKeepingDemo(damagedFile(), ErrorCode::Damaged);
}

TEST_F(MainWindowTest, opening_a_foreign_file_keeps_the_current_workspace_open) {
    expectRefusedKeepingDemo(foreignFile(), ErrorCode::NotWorkspace);
}

TEST_F(MainWindowTest, opening_a_file_from_a_newer_version_keeps_the_current_workspace_open) {
    expectRefusedKeepingDemo(newerFile(), ErrorCode::TooNew);
}

TEST_F(MainWindowTest, opening_a_file_open_in_another_window_is_refused) {
    MainWindow first;
    openDemo(first);
    MainWindow second;
    const QString other = demoCopy(QStringLiteral("other.pdsa"));
    ASSERT_TRUE(second.openWorkspace(other).ok());

    const Status status = second.openWorkspace(demoPath());
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Busy);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("open in another PDSA Tracker")))
        << status.error().message.toStdString();
    EXPECT_EQ(second.document()->path(), other);
    EXPECT_EQ(first.document()->path(), demoPath());
}

TEST_F(MainWindowTest, reopening_the_open_file_in_the_same_window_changes_nothing) {
    MainWindow window;
    openDemo(window);
    WorkspaceDocument* document = window.document();
    EXPECT_TRUE(window.openWorkspace(demoPath()).ok());
    EXPECT_EQ(window.document(), document);
}

TEST_F(MainWindowTest, the_refusal_is_shown_in_a_warning_when_opened_from_the_menu) {
    MainWindow window;
    openDemo(window);
    const QString damaged = damagedFile();
    QString shown;
    test::whenModalAppears([&](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            shown = box->text();
            EXPECT_EQ(box->icon(), QMessageBox::Warning);
        }
        modal->close();
    });
    EXPECT_FALSE(window.openWorkspaceWithMessage(damaged));
    EXPECT_TRUE(shown.startsWith(damaged + QStringLiteral(" is damaged"))) << shown.toStdString();
    EXPECT_EQ(window.document()->path(), demoPath());
}

TEST_F(MainWindowTest, recent_files_are_remembered_across_windows) {
    const QString other = demoCopy(QStringLiteral("other.pdsa"));
    {
        MainWindow window;
        openDemo(window);
        ASSERT_TRUE(window.openWorkspace(other).ok());
    }
    MainWindow later;
    EXPECT_EQ(RecentFiles::list(), (QStringList{other, demoPath()}));
    EXPECT_EQ(later.startPage()->recentView()->model()->rowCount(), 2);
    later.recentMenu()->aboutToShow();
    const QList<QAction*> actions = later.recentMenu()->actions();
    ASSERT_GE(actions.size(), 4); // two files, a separator, "Clear list"
    EXPECT_EQ(actions[0]->data().toString(), other);
    EXPECT_EQ(actions[1]->data().toString(), demoPath());
    actions[1]->trigger();
    ASSERT_NE(later.document(), nullptr);
    EXPECT_EQ(later.document()->path(), demoPath());
}

TEST_F(MainWindowTest, the_window_size_and_the_navigation_width_are_remembered_across_windows) {
    QList<int> sizes;
    {
        MainWindow window;
        openDemo(window);
        window.resize(1000, 700);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        auto* splitter = window.findChild<QSplitter*>();
        ASSERT_NE(splitter, nullptr);
        splitter->setSizes({333, 667});
        sizes = splitter->sizes();
        window.close(); // saves the layout
    }
    MainWindow later; // as at the next start, which reopens the last workspace
    openDemo(later);
    later.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&later));
    EXPECT_EQ(later.size(), QSize(1000, 700));
    EXPECT_EQ(later.findChild<QSplitter*>()->sizes(), sizes);
}

TEST_F(MainWindowTest, the_recent_list_keeps_the_eight_most_recent) {
    for (int i = 0; i < 10; ++i)
        RecentFiles::add(dir.path(QStringLiteral("w%1.pdsa").arg(i)));
    const QStringList list = RecentFiles::list();
    ASSERT_EQ(list.size(), RecentFiles::kMaximum);
    EXPECT_EQ(list.front(), dir.path(QStringLiteral("w9.pdsa")));
    EXPECT_EQ(list.back(), dir.path(QStringLiteral("w2.pdsa")));
}

TEST_F(MainWindowTest, a_missing_recent_file_is_removed_with_a_message) {
    const QString gone = dir.path(QStringLiteral("gone.pdsa"));
    RecentFiles::add(gone);
    MainWindow window;
    window.recentMenu()->aboutToShow();
    QString shown;
    test::whenModalAppears([&](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            shown = box->text();
        modal->close();
    });
    window.recentMenu()->actions().front()->trigger();
    EXPECT_TRUE(shown.contains(QStringLiteral("no longer exists"))) << shown.toStdString();
    EXPECT_TRUE(RecentFiles::list().isEmpty());
    EXPECT_EQ(window.startPage()->recentView()->model()->rowCount(), 0);
    EXPECT_EQ(window.document(), nullptr);
}

TEST_F(MainWindowTest, clear_list_forgets_the_recent_files) {
    MainWindow window;
    openDemo(window);
    window.recentMenu()->aboutToShow();
    QAction* clear = window.recentMenu()->actions().back();
    EXPECT_EQ(clear->text(), QStringLiteral("&Clear list"));
    clear->trigger();
    EXPECT_TRUE(RecentFiles::list().isEmpty());
}

TEST_F(MainWindowTest, the_title_follows_the_collaborative_name_and_undo_restores_it) {
    MainWindow window;
    openDemo(window);
    ASSERT_TRUE(command::editCollaborativeField(*window.document(), CollaborativeField::Name,
                                                QStringLiteral("Home Sooner"))
                    .ok());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Home Sooner — PDSA Tracker"));
    EXPECT_EQ(title(window.collaborativePage()), QStringLiteral("Home Sooner"));
    EXPECT_EQ(window.navigationModel()->index(0, 0).data().toString(), QStringLiteral("Home Sooner"));
    ASSERT_TRUE(window.undoAction()->isEnabled());
    EXPECT_EQ(window.undoAction()->text(), QStringLiteral("&Undo Rename collaborative"));

    window.undoAction()->trigger();
    EXPECT_EQ(window.windowTitle(),
              QStringLiteral("Timely Permanency through Reunification (demo) — PDSA Tracker"));
    EXPECT_EQ(collaborativeName(window), QStringLiteral("Timely Permanency through Reunification (demo)"));
    window.redoAction()->trigger();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Home Sooner — PDSA Tracker"));
}

TEST_F(MainWindowTest, edit_details_on_the_collaborative_page_renames_the_collaborative) {
    MainWindow window;
    openDemo(window);
    bool sawDialog = false;
    test::whenModalAppears([&](QWidget* modal) {
        auto* dialog = qobject_cast<CollaborativeDetailsDialog*>(modal);
        sawDialog = dialog != nullptr;
        if (!dialog) {
            modal->close();
            return;
        }
        EXPECT_EQ(dialog->nameEdit()->text(),
                  QStringLiteral("Timely Permanency through Reunification (demo)"));
        dialog->nameEdit()->setText(QStringLiteral("  Home Sooner  "));
        dialog->accept();
    });
    window.collaborativePage()->editButton()->click();
    EXPECT_TRUE(sawDialog);
    EXPECT_EQ(collaborativeName(window), QStringLiteral("Home Sooner"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Home Sooner — PDSA Tracker"));
    EXPECT_EQ(window.document()->undoStack()->count(), 1);
}

TEST_F(MainWindowTest, an_edit_keeps_the_selected_item_and_the_open_branches) {
    MainWindow window;
    openDemo(window);
    auto data = NavigationData::load(window.document()->workspace());
    const auto& team = data->teams.back();
    const NavigationTarget cycle = NavigationTarget::cycle(team.id, team.cycles.back().id);
    ASSERT_TRUE(window.navigateTo(cycle));
    ASSERT_TRUE(
        command::editCollaborativeField(*window.document(), CollaborativeField::Topic, QStringLiteral("x"))
            .ok());
    EXPECT_EQ(window.currentTarget(), cycle);
    EXPECT_EQ(window.currentPage(), window.cyclePage());
    EXPECT_TRUE(window.navigationView()->isExpanded(window.navigationView()->currentIndex().parent()));
}

TEST_F(MainWindowTest, each_workspace_has_its_own_undo_history) {
    MainWindow window;
    openDemo(window);
    ASSERT_TRUE(
        command::editCollaborativeField(*window.document(), CollaborativeField::Name, QStringLiteral("A"))
            .ok());
    ASSERT_TRUE(window.openWorkspace(demoCopy(QStringLiteral("other.pdsa"))).ok());
    EXPECT_FALSE(window.undoAction()->isEnabled());
    EXPECT_EQ(window.document()->undoStack()->count(), 0);
}

TEST_F(MainWindowTest, closing_shows_the_start_page_and_releases_the_file) {
    MainWindow window;
    openDemo(window);
    window.closeWorkspace();
    EXPECT_EQ(window.document(), nullptr);
    EXPECT_EQ(window.currentPage(), window.startPage());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("PDSA Tracker"));
    EXPECT_TRUE(window.navigationModel()->isEmpty());
    EXPECT_EQ(window.startPage()->recentView()->model()->rowCount(), 1);
    MainWindow other;
    EXPECT_TRUE(other.openWorkspace(demoPath()).ok());
}

TEST_F(MainWindowTest, creating_a_workspace_opens_it_under_its_name) {
    MainWindow window;
    const QString path = dir.path(QStringLiteral("new.pdsa"));
    const Status status = window.createWorkspace(path, QStringLiteral("Family Time First"));
    ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Family Time First — PDSA Tracker"));
    EXPECT_EQ(window.currentPage(), window.collaborativePage());
    EXPECT_EQ(RecentFiles::list().front(), path);
    // An empty collaborative shows its empty states.
    EXPECT_EQ(window.collaborativePage()->teamsView()->model()->rowCount(), 0);
    EXPECT_FALSE(window.createWorkspace(path, QStringLiteral("Again")).ok()); // never over an existing file
}
