// SPDX-License-Identifier: Apache-2.0
// What the app opens at start: the file argument, the last workspace, or the demo.
#include "apppaths.h"
#include "mainwindow.h"
#include "pages/startpage.h"
#include "startup.h"
#include "uitestsupport.h"
#include "workspacedocument.h"

#include <QFile>
#include <QSettings>
#include <QStatusBar>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

class StartupTest : public test::UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        QFile::remove(AppPaths::demoWorkspace());
    }
    void TearDown() override {
        QFile::remove(AppPaths::demoWorkspace());
        UiTest::TearDown();
    }
};

} // namespace

TEST_F(StartupTest, on_first_start_the_demo_is_written_and_opened) {
    MainWindow window;
    EXPECT_EQ(Startup::openInitialWorkspace(window, QString()), Startup::Opened::Demo);
    ASSERT_NE(window.document(), nullptr);
    EXPECT_EQ(window.document()->path(), AppPaths::demoWorkspace());
    EXPECT_TRUE(QFile::exists(AppPaths::demoWorkspace()));
    EXPECT_EQ(window.windowTitle(),
              QStringLiteral("Timely Permanency through Reunification (demo) — PDSA Tracker"));
}

TEST_F(StartupTest, the_workspace_open_at_exit_is_reopened) {
    const QString other = demoCopy(QStringLiteral("other.pdsa"));
    {
        MainWindow window;
        ASSERT_TRUE(window.openWorkspace(other).ok());
    }
    MainWindow window;
    EXPECT_EQ(Startup::openInitialWorkspace(window, QString()), Startup::Opened::LastWorkspace);
    EXPECT_EQ(window.document()->path(), other);
}

TEST_F(StartupTest, a_last_workspace_that_no_longer_opens_leaves_the_start_page_with_the_reason) {
    QSettings().setValue(QStringLiteral("session/lastWorkspace"), dir.path(QStringLiteral("gone.pdsa")));
    MainWindow window;
    EXPECT_EQ(Startup::openInitialWorkspace(window, QString()), Startup::Opened::Nothing);
    EXPECT_EQ(window.document(), nullptr);
    EXPECT_FALSE(QFile::exists(AppPaths::demoWorkspace()));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("gone.pdsa: no such file")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(window.findChild<StartPage*>()->notice().contains(QStringLiteral("gone.pdsa: no such file")));
    // With PDSA_SCREENSHOT_DIR set, saves the start page with the notice as start-notice.png.
    if (const QString out = qEnvironmentVariable("PDSA_SCREENSHOT_DIR"); !out.isEmpty()) {
        window.resize(1100, 700);
        window.show();
        EXPECT_TRUE(window.grab().save(out + QStringLiteral("/start-notice.png")));
    }
}

TEST_F(StartupTest, a_workspace_closed_before_quitting_leaves_the_start_page) {
    {
        MainWindow window;
        ASSERT_TRUE(window.openWorkspace(demoPath()).ok());
        window.closeWorkspace();
    }
    MainWindow window;
    EXPECT_EQ(Startup::openInitialWorkspace(window, QString()), Startup::Opened::Nothing);
    EXPECT_EQ(window.document(), nullptr);
}

TEST_F(StartupTest, a_file_on_the_command_line_comes_first) {
    const QString other = demoCopy(QStringLiteral("other.pdsa"));
    MainWindow window;
    EXPECT_EQ(Startup::openInitialWorkspace(window, other), Startup::Opened::Argument);
    EXPECT_EQ(window.document()->path(), other);
}
