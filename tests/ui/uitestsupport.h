// SPDX-License-Identifier: Apache-2.0
#pragma once
// Helpers shared by the UI tests: a fixture that gives each test clean settings and a demo
// workspace in its own folder, and a way to answer a modal dialog (message box) that the code
// under test opens, without sleeping.

#include "support/testsupport.h"

#include <QString>

#include <gtest/gtest.h>

#include <QDate>

#include <algorithm>
#include <functional>
#include <memory>
#include <ostream>
#include <vector>

class QWidget;

namespace pdsa::ui {
class MainWindow;
class WorkspaceDocument;
}

namespace pdsa::test {

// Records without the bookkeeping every write moves on (revision, time), sorted by id: what undo
// and redo must bring back exactly, and what a bundle carries from one workspace to another.
template <typename T> std::vector<T> normalized(std::vector<T> records) {
    for (T& r : records) {
        r.meta.revision = 0;
        r.meta.updatedAt = {};
    }
    std::sort(records.begin(), records.end(), [](const T& a, const T& b) { return a.meta.id < b.meta.id; });
    return records;
}

class UiTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // A small demo workspace written once per test into the test's folder.
    QString demoPath();
    // Another copy of the demo under `name`.
    QString demoCopy(const QString& name);
    // The demo (demoPath()) opened as the app opens a workspace; a failure fails the test.
    std::unique_ptr<ui::WorkspaceDocument> openDemoDocument();
    // A coach's workspace (coach.pdsa in the test's folder), as a coach makes it: `pdsa init --as
    // coach:NAME`, then the demo's template, every team's bundle and, when the demo holds any, this
    // coach's earlier feedback imported.
    QString coachWorkspace(const QString& coach);

    TempDir dir;

private:
    QString m_demo;
};

// A main window of 1280 × 900, shown, on the workspace at `path`, its "today" fixed at `today`
// (a failure to open fails the test).
std::unique_ptr<ui::MainWindow> openMainWindow(const QString& path, const QDate& today);

// A PDF read back with poppler-utils: its text (pdftotext) and its number of pages (pdfinfo). A
// missing tool fails the test, naming the Debian package.
QString pdfText(const QString& path);
int pdfPages(const QString& path);

// Calls `handler` with the next modal widget to become active (a QMessageBox, a dialog) from
// inside its event loop; the handler is expected to close it.
void whenModalAppears(std::function<void(QWidget*)> handler);

} // namespace pdsa::test

// Lets GoogleTest print QStrings readably in failure messages (found by argument lookup).
inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}
