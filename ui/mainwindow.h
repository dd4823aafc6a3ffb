// SPDX-License-Identifier: Apache-2.0
#pragma once
// The app's one window: the navigation tree on the left (NavigationModel), the page of the
// selected item on the right, the menus, and the start page when no workspace is open.
// A team's "PDSA cycles" folder shows the cycle list (CycleListPage), a cycle its worksheet editor
// (CyclePage); Edit › New PDSA cycle (Ctrl+Shift+N) plans a cycle for the team on show.
//
// The window owns the open WorkspaceDocument (at most one). Opening another file opens it
// first and only then closes the current one, so a file that cannot be opened (damaged,
// foreign, from a newer version, or open in another PDSA Tracker) leaves the current workspace
// exactly as it was. The open/create/close functions return a Status and show nothing, so that
// tests and startup code can call them; the *WithMessage variants and the menu actions add the
// message box for people.
//
// Bundles travel through File ▸ Import bundles… / Export bundle… and by dropping .pdsabundle files
// on the window (ImportBundlesDialog, ExportBundleDialog).
//
// QSettings (organization and application "PDSA Tracker") remember the window's geometry and
// state, the splitter, the recent files (RecentFiles) and the last workspace open at exit.

#include "domain/workspaceowner.h"
#include "navigationtarget.h"
#include "undo/commands.h"
#include "util/result.h"

#include <optional>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoGroup;

namespace pdsa {
struct Changes;
}

namespace pdsa::ui {

class CollaborativePage;
class FeedbackPage;
class SpreadPage;
class DashboardPage;
class CycleListPage;
class ConflictsDialog;
class ImportBundlesDialog;
class CyclePage;
class MeasurePage;
class NavigationModel;
class Page;
class StartPage;
class TeamPage;
class WorkspaceDocument;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace at `path` in place of the current one. On failure the current
    // workspace stays open and the Error carries the message to show.
    Status openWorkspace(const QString& path);
    // Creates a new workspace file with a collaborative called `collaborativeName` and opens it.
    Status createWorkspace(const QString& path, const QString& collaborativeName);
    // Creates a new workspace at `path` from the organizer's collaborative template bundle (a team
    // starting out) and opens it. Anything else than a template is refused. An existing file is
    // replaced only with `replace` (the user confirmed it) and never while it is open; it is
    // replaced only once the new workspace is whole, so on failure it stays as it was. `owner`
    // says whose workspace it is (nothing: the rules of a workspace without an owner).
    Status createWorkspaceFromTemplate(const QString& templatePath, const QString& path, bool replace = false,
                                       const std::optional<WorkspaceOwner>& owner = std::nullopt);
    // Opens the demo collaborative, writing it to the data folder first if it is not there.
    Status openDemo();
    // Says what happened at start (the last workspace did not open) on the start page and in the
    // status bar.
    void showNotice(const QString& text);
    // Closes the current workspace and shows the start page.
    void closeWorkspace();

    // The same, for people: a failure is shown in a message box. Returns whether it worked.
    bool openWorkspaceWithMessage(const QString& path);
    bool openDemoWithMessage();

    WorkspaceDocument* document() const { return m_document.get(); }
    NavigationModel* navigationModel() const { return m_navigationModel; }
    QTreeView* navigationView() const { return m_navigationView; }
    // The widget on show: the start page, or the page of the selected item.
    QWidget* currentPage() const;
    StartPage* startPage() const { return m_startPage; }
    CollaborativePage* collaborativePage() const { return m_collaborativePage; }
    TeamPage* teamPage() const { return m_teamPage; }
    MeasurePage* measurePage() const { return m_measurePage; }
    CyclePage* cyclePage() const { return m_cyclePage; }
    CycleListPage* cycleListPage() const { return m_cycleListPage; }
    FeedbackPage* feedbackPage() const { return m_feedbackPage; }
    SpreadPage* spreadPage() const { return m_spreadPage; }
    DashboardPage* dashboardPage() const { return m_dashboardPage; }
    QAction* newCycleAction() const { return m_newCycleAction; }
    QAction* newTeamAction() const { return m_newTeamAction; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    QMenu* recentMenu() const { return m_recentMenu; }

    // Selects `target` in the navigation tree (which shows its page). False if it is not there.
    bool navigateTo(const NavigationTarget& target);
    NavigationTarget currentTarget() const;

    // Creates a PDSA cycle for `teamId` (undoable) and opens it with its title selected.
    Status newCycle(const QUuid& teamId);

    // Creates a team (undoable) with `details` and opens its page; returns the team's id.
    Result<QUuid> newTeam(const TeamDetails& details);

    // Opens the import dialog on `files` (File ▸ Import bundles…, or files dropped on the window).
    // The dialog is window-modal and deletes itself when closed; null when no workspace is open.
    ImportBundlesDialog* importBundles(const QStringList& files);
    QAction* importBundlesAction() const { return m_importBundlesAction; }
    QAction* exportBundleAction() const { return m_exportBundleAction; }
    // Shows the import conflicts beside the main window (File ▸ Import conflicts…).
    ConflictsDialog* reviewConflicts();
    QAction* conflictsAction() const { return m_conflictsAction; }

    // Fixes "today" on the calendar and for new cycles (screenshots and tests).
    void setToday(const QDate& today);

    static QString applicationTitle();

protected:
    void closeEvent(QCloseEvent* event) override;
    // Bundle files dropped on the window are imported; a workspace file dropped is opened.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpNavigationView(int unit);
    void connectPages();
    void createActions();
    void createFileActions();
    void createEditActions();
    void createViewAndHelpActions();
    void createMenus();
    Status adoptDocument(std::unique_ptr<WorkspaceDocument> document);
    // After an edit: updates the navigation tree, the page shown and the title from what changed.
    void workspaceChanged(const Changes& changes);
    void updateNavigation(const Changes& changes);
    void showPageFor(const NavigationTarget& target);
    void updateTitle();
    // "Riverside County's workspace", for the title and the start page; empty when nobody's.
    QString whoseWorkspace() const;
    void updateActions();
    void rebuildRecentMenu();
    void refreshRecentFiles();
    void readSettings();
    void writeSettings();

    void newWorkspace();
    void newWorkspaceFromTemplate();
    void openWithDialog();
    void openRecent(const QString& path);
    void editCollaborativeDetails();
    void spreadReport();
    void newTeamWithDialog();
    void importBundlesWithDialog();
    void exportBundleWithDialog();
    // Closes the windows that hold on to the current document, before it goes.
    void closeDocumentWindows();
    void updateConflictsAction();
    void about();

    std::unique_ptr<WorkspaceDocument> m_document;
    QUndoGroup* m_undoGroup = nullptr;

    QStackedWidget* m_central = nullptr;
    StartPage* m_startPage = nullptr;
    QSplitter* m_splitter = nullptr;
    NavigationModel* m_navigationModel = nullptr;
    QTreeView* m_navigationView = nullptr;
    QStackedWidget* m_pages = nullptr;
    CollaborativePage* m_collaborativePage = nullptr;
    TeamPage* m_teamPage = nullptr;
    MeasurePage* m_measurePage = nullptr;
    CyclePage* m_cyclePage = nullptr;
    CycleListPage* m_cycleListPage = nullptr;
    FeedbackPage* m_feedbackPage = nullptr;
    SpreadPage* m_spreadPage = nullptr;
    DashboardPage* m_dashboardPage = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_fromTemplateAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_importBundlesAction = nullptr;
    QAction* m_exportBundleAction = nullptr;
    QAction* m_conflictsAction = nullptr;
    QPointer<ConflictsDialog> m_conflictsDialog;
    QPointer<ImportBundlesDialog> m_importDialog;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_editDetailsAction = nullptr;
    QAction* m_spreadReportAction = nullptr;
    QAction* m_spreadLedgerAction = nullptr;
    QAction* m_dashboardAction = nullptr;
    QAction* m_newCycleAction = nullptr;
    QAction* m_newTeamAction = nullptr;
    QAction* m_focusNavigationAction = nullptr;
    QAction* m_focusPageAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_aboutAction = nullptr;

    bool m_reloading = false;
    bool m_splitterRestored = false; // from the settings; otherwise sized at the first show
};

} // namespace pdsa::ui
