// SPDX-License-Identifier: Apache-2.0
// The open workspace stays locked against a second process whatever else the window does: a
// refused File ▸ Open, a file read by a file dialog, a start with a path that does not exist.
// Before, SQLite's POSIX lock was dropped for the whole process as soon as any descriptor of the
// file was closed, and a second window then opened the file and overwrote the first one's edits.
#include "mainwindow.h"
#include "startup.h"
#include "uitestsupport.h"
#include "workspacedocument.h"

#include <QFile>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QProcess>
#include <QSettings>

using namespace pdsa;
using namespace pdsa::ui;

namespace {

// What a second process sees when it opens `path`: `pdsa check` exits 1 with the reason.
test::CliRun secondProcessChecks(const QString& path) {
    QProcess process;
    process.start(QStringLiteral(PDSA_CLI_PROGRAM), {QStringLiteral("check"), path});
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void expectLockedElsewhere(const QString& path) {
    const test::CliRun second = secondProcessChecks(path);
    EXPECT_EQ(second.code, 1) << second.out.toStdString();
    EXPECT_TRUE(second.err.contains(QStringLiteral("is open in another PDSA Tracker window or process")))
        << second.err.toStdString();
}

class WorkspaceLock : public test::UiTest {};

} // namespace

TEST_F(WorkspaceLock, a_second_process_is_refused_while_the_window_has_the_workspace_and_let_in_after) {
    const QString path = demoCopy(QStringLiteral("w.pdsa"));
    {
        MainWindow window;
        ASSERT_TRUE(window.openWorkspace(path).ok());
        expectLockedElsewhere(path);
    }
    EXPECT_EQ(secondProcessChecks(path).code, 0);
}

TEST_F(WorkspaceLock, a_refused_open_leaves_the_workspace_its_lock_and_its_edits_as_they_were) {
    const QString path = demoCopy(QStringLiteral("w.pdsa"));
    const QString notAWorkspace = dir.path(QStringLiteral("notes.pdsa"));
    test::writeBytes(notAWorkspace, "These are my notes, not a workspace.\n");
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(path).ok());
    const Status refused = window.openWorkspace(notAWorkspace);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("is not a PDSA Tracker workspace")));
    ASSERT_NE(window.document(), nullptr);
    EXPECT_EQ(window.document()->path(), path);
    expectLockedElsewhere(path);
    // The window still writes to its file.
    const QString before = window.document()->workspace().collaborative.current()->topic;
    Collaborative edited = *window.document()->workspace().collaborative.current();
    edited.topic = before + QStringLiteral(" (kept)");
    ASSERT_TRUE(window.document()->workspace().collaborative.collaboratives.save(edited, QDateTime::currentDateTimeUtc()).ok());
    EXPECT_EQ(window.document()->workspace().collaborative.current()->topic, edited.topic);
}

TEST_F(WorkspaceLock, reading_the_file_elsewhere_in_the_app_does_not_release_the_lock) {
    const QString path = demoCopy(QStringLiteral("w.pdsa"));
    MainWindow window;
    ASSERT_TRUE(window.openWorkspace(path).ok());
    // What a file dialog does to show the file's type, and a header check to refuse a file:
    // open the file, read its first bytes, close it.
    QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.read(6), QByteArray("SQLite"));
    }
    expectLockedElsewhere(path);
}

TEST_F(WorkspaceLock, a_start_with_a_path_that_does_not_exist_opens_nothing_else) {
    const QString last = demoCopy(QStringLiteral("last.pdsa"));
    QSettings().setValue(QStringLiteral("session/lastWorkspace"), last);
    MainWindow window;
    QString shown;
    test::whenModalAppears([&](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal))
            shown = box->text();
        modal->close();
    });
    EXPECT_EQ(Startup::openInitialWorkspace(window, dir.path(QStringLiteral("gone.pdsa"))), Startup::Opened::Nothing);
    EXPECT_EQ(window.document(), nullptr);
    EXPECT_TRUE(shown.contains(QStringLiteral("gone.pdsa: no such file"))) << shown.toStdString();
    // Neither the last workspace nor the demo was opened in its place, so neither is locked.
    EXPECT_EQ(secondProcessChecks(last).code, 0);
}
