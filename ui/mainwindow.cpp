// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "apppaths.h"
#include "bundle/bundle.h"
#include "bundle/conflicts.h"
#include "demo/demogenerator.h"
#include "dialogs/collaborativedetailsdialog.h"
#include "dialogs/spreadreportdialog.h"
#include "dialogs/conflictsdialog.h"
#include "dialogs/exportbundledialog.h"
#include "dialogs/importbundlesdialog.h"
#include "dialogs/newworkspacedialog.h"
#include "dialogs/workspaceownerdialog.h"
#include "dialogs/teamdialog.h"
#include "models/navigationmodel.h"
#include "pages/collaborativepage.h"
#include "pages/cyclelistpage.h"
#include "pages/cyclepage.h"
#include "pages/measurepage.h"
#include "pages/startpage.h"
#include "pages/teampage.h"
#include "recentfiles.h"
#include "undo/commands.h"
#include "widgets/rowheightdelegate.h"
#include "workspace/workspace.h"
#include "pages/feedbackpage.h"
#include "pages/dashboardpage.h"
#include "pages/spreadpage.h"
#include "widgets/monthlyreportpanel.h"
#include "workspacedocument.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace pdsa::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kLastWorkspaceKey = QStringLiteral("session/lastWorkspace");

// Whose workspace, for the window title.
QString ownerTitle(const WorkspaceOwner& owner) {
    switch (owner.role) {
    case OwnerRole::Organizer:
        return QCoreApplication::translate("pdsa::ui::MainWindow", "organizer's workspace");
    case OwnerRole::Team:
        return QCoreApplication::translate("pdsa::ui::MainWindow", "%1's workspace").arg(owner.name);
    case OwnerRole::Coach:
        return QCoreApplication::translate("pdsa::ui::MainWindow", "coach %1's workspace").arg(owner.name);
    }
    return {};
}

bool sameFile(const QString& a, const QString& b) {
    const QFileInfo left(a);
    const QFileInfo right(b);
    if (left.exists() && right.exists())
        return left.canonicalFilePath() == right.canonicalFilePath();
    return left.absoluteFilePath() == right.absoluteFilePath();
}

// Restores the view's wait cursor however the block is left.
class WaitCursor {
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_central(new QStackedWidget(this))
    , m_startPage(new StartPage(m_central))
    , m_splitter(new QSplitter(Qt::Horizontal, m_central))
    , m_navigationModel(new NavigationModel(this))
    , m_navigationView(new QTreeView(m_splitter))
    , m_pages(new QStackedWidget(m_splitter))
    , m_collaborativePage(new CollaborativePage(m_pages))
    , m_teamPage(new TeamPage(m_pages))
    , m_measurePage(new MeasurePage(m_pages))
    , m_cyclePage(new CyclePage(m_pages))
    , m_cycleListPage(new CycleListPage(m_pages))
    , m_feedbackPage(new FeedbackPage(m_pages))
    , m_spreadPage(new SpreadPage(m_pages))
    , m_dashboardPage(new DashboardPage(m_pages)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/pdsa-tracker.svg")));
    const int unit = fontMetrics().height();

    setUpNavigationView(unit);

    for (QWidget* page : std::initializer_list<QWidget*>{m_collaborativePage, m_teamPage, m_measurePage,
                                                         m_cyclePage, m_cycleListPage, m_feedbackPage, m_spreadPage, m_dashboardPage})
        m_pages->addWidget(page);
    m_pages->setMinimumWidth(unit * 20);

    m_splitter->addWidget(m_navigationView);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({unit * 17, unit * 60});
    m_splitter->installEventFilter(this);

    m_central->addWidget(m_startPage);
    m_central->addWidget(m_splitter);
    setCentralWidget(m_central);

    connectPages();

    setAcceptDrops(true);
    createActions();
    createMenus();
    readSettings();
    refreshRecentFiles();
    m_central->setCurrentWidget(m_startPage);
    updateTitle();
    updateActions();
}

void MainWindow::setUpNavigationView(int unit) {
    m_navigationView->setObjectName(QStringLiteral("navigationView"));
    m_navigationView->setAccessibleName(tr("Navigation"));
    m_navigationView->setAccessibleDescription(
        tr("The collaborative, its teams, and each team's measures and "
           "PDSA cycles"));
    m_navigationView->setModel(m_navigationModel);
    m_navigationView->setHeaderHidden(true);
    m_navigationView->setUniformRowHeights(true);
    // Ramps of cycles share the start of their titles and differ at the end ("…: 3 families"),
    // so elide in the middle where the tree is narrow.
    m_navigationView->setTextElideMode(Qt::ElideMiddle);
    m_navigationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigationView->setMinimumWidth(unit * 10);
    m_navigationView->setFrameShape(QFrame::NoFrame);
    m_navigationView->setItemDelegate(new RowHeightDelegate(1.45, m_navigationView));
    m_navigationView->setIconSize(QSize(qMax(16, unit * 9 / 10), qMax(16, unit * 9 / 10)));
}

// What the pages and the start page ask of the window.
void MainWindow::connectPages() {
    connect(m_navigationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!m_reloading && current.isValid())
                    showPageFor(m_navigationModel->targetAt(current));
            });
    for (Page* page : std::initializer_list<Page*>{m_collaborativePage, m_teamPage, m_measurePage,
                                                   m_cyclePage, m_cycleListPage, m_feedbackPage, m_spreadPage, m_dashboardPage})
        connect(page, &Page::navigateRequested, this,
                [this](const NavigationTarget& target) { navigateTo(target); });
    connect(m_cycleListPage, &CycleListPage::newCycleRequested, this, [this](const QUuid& teamId) {
        if (const Status status = newCycle(teamId); !status)
            QMessageBox::warning(this, tr("Cannot create the PDSA cycle"), status.error().message);
    });
    connect(m_collaborativePage, &CollaborativePage::editDetailsRequested, this,
            &MainWindow::editCollaborativeDetails);
    connect(m_collaborativePage, &CollaborativePage::newTeamRequested, this, &MainWindow::newTeamWithDialog);

    connect(m_startPage, &StartPage::newWorkspaceRequested, this, &MainWindow::newWorkspace);
    connect(m_startPage, &StartPage::fromTemplateRequested, this, &MainWindow::newWorkspaceFromTemplate);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openWithDialog);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemoWithMessage);
    connect(m_startPage, &StartPage::recentFileRequested, this, &MainWindow::openRecent);
}

MainWindow::~MainWindow() {
    closeDocumentWindows(); // they hold the document
    // The undo group must forget the document's stack before the document goes.
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
}

QString MainWindow::applicationTitle() {
    return tr("PDSA Tracker");
}

void MainWindow::createActions() {
    createFileActions();
    createEditActions();
    createViewAndHelpActions();
}

void MainWindow::createFileActions() {
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New workspace…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new workspace file for a collaborative"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_fromTemplateAction = new QAction(tr("New workspace from &template…"), this);
    m_fromTemplateAction->setObjectName(QStringLiteral("fromTemplateAction"));
    m_fromTemplateAction->setStatusTip(
        tr("Start a team's workspace from the organizer's collaborative template"));
    connect(m_fromTemplateAction, &QAction::triggered, this, &MainWindow::newWorkspaceFromTemplate);

    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWithDialog);

    m_importBundlesAction = new QAction(tr("&Import bundles…"), this);
    m_importBundlesAction->setObjectName(QStringLiteral("importBundlesAction"));
    m_importBundlesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importBundlesAction->setStatusTip(
        tr("Import team bundles, the collaborative template or coaches' feedback"));
    connect(m_importBundlesAction, &QAction::triggered, this, &MainWindow::importBundlesWithDialog);

    m_exportBundleAction = new QAction(tr("&Export bundle…"), this);
    m_exportBundleAction->setObjectName(QStringLiteral("exportBundleAction"));
    m_exportBundleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportBundleAction->setStatusTip(
        tr("Save a team's work, the template or feedback as a bundle to send"));
    connect(m_exportBundleAction, &QAction::triggered, this, &MainWindow::exportBundleWithDialog);

    m_conflictsAction = new QAction(tr("Import co&nflicts…"), this);
    m_conflictsAction->setObjectName(QStringLiteral("conflictsAction"));
    m_conflictsAction->setStatusTip(
        tr("Records changed both here and in an imported bundle: choose which to keep"));
    connect(m_conflictsAction, &QAction::triggered, this, &MainWindow::reviewConflicts);

    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeAction->setStatusTip(tr("Close the workspace and show the start page"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createEditActions() {
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_editDetailsAction = new QAction(tr("Edit collaborative &details…"), this);
    m_editDetailsAction->setStatusTip(tr("Change the collaborative's name, topic, aim and description"));
    connect(m_editDetailsAction, &QAction::triggered, this, &MainWindow::editCollaborativeDetails);

    m_spreadReportAction = new QAction(tr("&Spread report…"), this);
    m_spreadReportAction->setObjectName(QStringLiteral("spreadReportAction"));
    m_spreadReportAction->setStatusTip(
        tr("The collaborative's spread report: pooled outcomes, the change package as tested, spread, each team"));
    connect(m_spreadReportAction, &QAction::triggered, this, &MainWindow::spreadReport);

    m_dashboardAction = new QAction(tr("&Dashboard"), this);
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setStatusTip(tr("Every team's shared measures side by side, and the collaborative aggregate"));
    connect(m_dashboardAction, &QAction::triggered, this, [this] { navigateTo(NavigationTarget::dashboard()); });

    m_spreadLedgerAction = new QAction(tr("Spread &ledger"), this);
    m_spreadLedgerAction->setObjectName(QStringLiteral("spreadLedgerAction"));
    m_spreadLedgerAction->setStatusTip(tr("Where the teams' adopted practices spread beyond the pilot sites"));
    connect(m_spreadLedgerAction, &QAction::triggered, this, [this] { navigateTo(NavigationTarget::spread()); });

    m_newCycleAction = new QAction(tr("New &PDSA cycle"), this);
    m_newCycleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newCycleAction->setStatusTip(tr("Plan a new PDSA cycle for the team on show"));
    connect(m_newCycleAction, &QAction::triggered, this, [this] {
        if (const Status status = newCycle(currentTarget().teamId); !status)
            QMessageBox::warning(this, tr("Cannot create the PDSA cycle"), status.error().message);
    });

    m_newTeamAction = new QAction(tr("New &team…"), this);
    m_newTeamAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_newTeamAction->setStatusTip(tr("Add a team to the collaborative and set it up"));
    connect(m_newTeamAction, &QAction::triggered, this, &MainWindow::newTeamWithDialog);
}

void MainWindow::createViewAndHelpActions() {
    m_focusNavigationAction = new QAction(tr("Go to &navigation"), this);
    m_focusNavigationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_focusNavigationAction, &QAction::triggered, this, [this] {
        if (m_central->currentWidget() == m_splitter)
            m_navigationView->setFocus(Qt::ShortcutFocusReason);
    });
    m_focusPageAction = new QAction(tr("Go to &page"), this);
    m_focusPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_focusPageAction, &QAction::triggered, this, [this] {
        QWidget* page = currentPage();
        if (!page)
            return;
        // The first widget inside the page that takes keyboard focus.
        for (QWidget* next = page->nextInFocusChain(); next && next != page;
             next = next->nextInFocusChain()) {
            if (page->isAncestorOf(next) && next->isVisible() && next->isEnabled() &&
                (next->focusPolicy() & Qt::TabFocus)) {
                next->setFocus(Qt::ShortcutFocusReason);
                return;
            }
        }
    });

    m_demoAction = new QAction(tr("Open the &demo collaborative"), this);
    m_demoAction->setStatusTip(tr("Explore a fictional collaborative with teams, data and PDSA ramps"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoWithMessage);

    m_aboutAction = new QAction(tr("&About PDSA Tracker"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_fromTemplateAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(m_importBundlesAction);
    file->addAction(m_exportBundleAction);
    file->addAction(m_conflictsAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_newTeamAction);
    edit->addAction(m_newCycleAction);
    edit->addSeparator();
    edit->addAction(m_editDetailsAction);

    QMenu* reports = menuBar()->addMenu(tr("&Reports"));
    reports->addAction(m_dashboardAction);
    reports->addAction(m_spreadLedgerAction);
    reports->addAction(m_spreadReportAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_focusNavigationAction);
    view->addAction(m_focusPageAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_demoAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

// ---- opening and closing ---------------------------------------------------------------------

Status MainWindow::openWorkspace(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_document && sameFile(m_document->path(), absolute))
        return {};
    auto opened = WorkspaceDocument::open(absolute);
    if (!opened)
        return opened.error();
    PDSA_TRY(adoptDocument(std::move(*opened)));
    RecentFiles::add(absolute, whoseWorkspace());
    QSettings().setValue(kLastWorkspaceKey, absolute);
    refreshRecentFiles();
    return {};
}

Status MainWindow::createWorkspace(const QString& path, const QString& collaborativeName) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto created = WorkspaceDocument::create(absolute, collaborativeName);
    if (!created)
        return created.error();
    PDSA_TRY(adoptDocument(std::move(*created)));
    RecentFiles::add(absolute, whoseWorkspace());
    QSettings().setValue(kLastWorkspaceKey, absolute);
    refreshRecentFiles();
    return {};
}

Status MainWindow::openDemo() {
    const QString path = AppPaths::demoWorkspace();
    if (!QFileInfo::exists(path)) {
        if (!QDir().mkpath(AppPaths::dataFolder()))
            return Error{ErrorCode::Io, tr("Cannot create the folder %1.").arg(AppPaths::dataFolder())};
        WaitCursor wait;
        PDSA_TRY(demo::writeDemoFile(path));
    }
    return openWorkspace(path);
}

void MainWindow::showNotice(const QString& text) {
    m_startPage->setNotice(text);
    statusBar()->showMessage(text, 15000);
}

void MainWindow::closeWorkspace() {
    closeDocumentWindows();
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_navigationModel->clear();
    m_document.reset();
    QSettings().setValue(kLastWorkspaceKey, QString()); // closed on purpose: start on the start page
    refreshRecentFiles();
    m_central->setCurrentWidget(m_startPage);
    updateTitle();
    updateActions();
}

bool MainWindow::openWorkspaceWithMessage(const QString& path) {
    Status status;
    {
        WaitCursor wait;
        status = openWorkspace(path);
    }
    if (!status)
        QMessageBox::warning(this, tr("Cannot open the workspace"), status.error().message);
    return status.ok();
}

bool MainWindow::openDemoWithMessage() {
    const Status status = openDemo();
    if (!status)
        QMessageBox::warning(this, tr("Cannot open the demo collaborative"), status.error().message);
    return status.ok();
}

Status MainWindow::adoptDocument(std::unique_ptr<WorkspaceDocument> document) {
    // Everything the first page needs is read before the current workspace is let go.
    auto navigation = NavigationData::load(document->workspace());
    if (!navigation && navigation.error().code == ErrorCode::NotFound)
        return Error{ErrorCode::NotFound,
                     tr("%1 holds no collaborative yet (it was made by pdsa init). Import the organizer's "
                        "template into it with pdsa bundle import, or start a new workspace with File ▸ New "
                        "workspace from template….")
                         .arg(QDir::toNativeSeparators(document->path()))};
    if (!navigation)
        return Error{navigation.error().code,
                     tr("%1 cannot be shown: %2")
                         .arg(QDir::toNativeSeparators(document->path()), navigation.error().message)};
    closeDocumentWindows();
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_document = std::move(document);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &WorkspaceDocument::changed, this, &MainWindow::workspaceChanged);
    connect(m_document.get(), &WorkspaceDocument::errorOccurred, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Cannot save the change"), message);
    });

    m_reloading = true;
    m_navigationModel->setNavigationData(std::move(*navigation));
    m_reloading = false;
    const QModelIndex root = m_navigationModel->index(0, 0);
    m_navigationView->expand(root);
    m_navigationView->expand(m_navigationModel->index(0, 0, root)); // the teams
    m_central->setCurrentWidget(m_splitter);
    m_navigationView->setCurrentIndex(root);
    showPageFor(m_navigationModel->targetAt(root));
    updateTitle();
    updateActions();
    m_startPage->setNotice(QString()); // what it said about an earlier start no longer holds
    return {};
}

void MainWindow::workspaceChanged(const Changes& changes) {
    if (!m_document)
        return;
    const NavigationTarget before = currentTarget();
    updateNavigation(changes);
    const NavigationTarget now = currentTarget();
    if (changes.everything || !(now == before))
        showPageFor(now); // the page shown is gone, or what may be edited changed with an import
    else if (auto* page = qobject_cast<Page*>(m_pages->currentWidget()))
        page->refresh(*m_document, changes);
    if (changes.touches(QStringLiteral("collaborative")))
        updateTitle();
    if (changes.everything) // only imports and choices between their versions add or settle conflicts
        updateConflictsAction();
}

void MainWindow::updateNavigation(const Changes& changes) {
    if (!NavigationData::shows(changes)) // a data point, a report…: the tree stays as it is
        return;
    auto navigation = m_navigationModel->navigationData().update(m_document->workspace(), changes);
    if (!navigation) {
        QMessageBox::warning(this, tr("Cannot show the workspace"), navigation.error().message);
        return;
    }
    // Keep what the user had open: the selection and the expanded branches.
    const NavigationTarget current = currentTarget();
    std::vector<NavigationTarget> expanded;
    std::vector<QModelIndex> pending{QModelIndex()};
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < m_navigationModel->rowCount(parent); ++row) {
            const QModelIndex index = m_navigationModel->index(row, 0, parent);
            if (m_navigationView->isExpanded(index)) {
                expanded.push_back(m_navigationModel->targetAt(index));
                pending.push_back(index);
            }
        }
    }

    m_reloading = true;
    if (m_navigationModel->setNavigationData(std::move(*navigation))) {
        for (const NavigationTarget& target : expanded)
            m_navigationView->expand(m_navigationModel->indexOf(target));
        QModelIndex index = m_navigationModel->indexOf(current);
        if (!index.isValid())
            index = m_navigationModel->index(0, 0);
        m_navigationView->setCurrentIndex(index);
    }
    m_reloading = false;
}

// ---- navigation ------------------------------------------------------------------------------

bool MainWindow::navigateTo(const NavigationTarget& target) {
    const QModelIndex index = m_navigationModel->indexOf(target);
    if (!index.isValid())
        return false;
    m_navigationView->scrollTo(index);
    m_navigationView->setCurrentIndex(index);
    return true;
}

NavigationTarget MainWindow::currentTarget() const {
    return m_navigationModel->targetAt(m_navigationView->currentIndex());
}

QWidget* MainWindow::currentPage() const {
    return m_central->currentWidget() == m_startPage ? static_cast<QWidget*>(m_startPage)
                                                     : m_pages->currentWidget();
}

void MainWindow::showPageFor(const NavigationTarget& target) {
    if (!m_document)
        return;
    Page* page = nullptr;
    NavigationTarget shown = target;
    switch (target.kind) {
    case NodeKind::Collaborative:
    case NodeKind::TeamsFolder:
        page = m_collaborativePage;
        shown = NavigationTarget::collaborative();
        break;
    case NodeKind::Team:
    case NodeKind::MeasuresFolder:
        page = m_teamPage;
        shown = NavigationTarget::team(target.teamId);
        break;
    case NodeKind::CyclesFolder:
        page = m_cycleListPage;
        break;
    case NodeKind::Measure:
        page = m_measurePage;
        break;
    case NodeKind::Cycle:
        page = m_cyclePage;
        break;
    case NodeKind::Feedback:
        page = m_feedbackPage;
        break;
    case NodeKind::Spread:
        page = m_spreadPage;
        break;
    case NodeKind::Dashboard:
        page = m_dashboardPage;
        break;
    }
    page->showTarget(*m_document, shown);
    m_pages->setCurrentWidget(page);
    m_newCycleAction->setEnabled(!target.teamId.isNull() && !m_document->isTheirs(target.teamId));
}

Status MainWindow::newCycle(const QUuid& teamId) {
    if (!m_document)
        return {};
    if (teamId.isNull())
        return Error{ErrorCode::Invalid, tr("Choose a team first: a PDSA cycle belongs to one team.")};
    auto created = command::newCycle(*m_document, teamId, m_cyclePage->today());
    if (!created)
        return created.error();
    navigateTo(NavigationTarget::cycle(teamId, *created));
    m_cyclePage->titleEdit()->setFocus(Qt::OtherFocusReason);
    m_cyclePage->titleEdit()->selectAll();
    return {};
}

Result<QUuid> MainWindow::newTeam(const TeamDetails& details) {
    if (!m_document)
        return Error{ErrorCode::Invalid, tr("Open or create a workspace first.")};
    auto created = command::newTeam(*m_document, details);
    if (!created)
        return created.error();
    navigateTo(NavigationTarget::team(*created));
    return *created;
}

void MainWindow::newTeamWithDialog() {
    if (!m_document)
        return;
    TeamDialog dialog(TeamDialog::Mode::New, {}, this);
    while (dialog.exec() == QDialog::Accepted && m_document) {
        auto created = newTeam(dialog.details());
        if (created)
            return;
        QMessageBox::warning(this, tr("Cannot create the team"), created.error().message);
    }
}

// ---- bundles ---------------------------------------------------------------------------------

ImportBundlesDialog* MainWindow::importBundles(const QStringList& files) {
    if (!m_document)
        return nullptr;
    delete m_importDialog;
    auto* dialog = new ImportBundlesDialog(*m_document, files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportBundlesDialog::reviewConflictsRequested, this, &MainWindow::reviewConflicts);
    m_importDialog = dialog;
    dialog->open();
    return dialog;
}

ConflictsDialog* MainWindow::reviewConflicts() {
    if (!m_document)
        return nullptr;
    if (!m_conflictsDialog) {
        m_conflictsDialog = new ConflictsDialog(*m_document, this);
        m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
    return m_conflictsDialog;
}

void MainWindow::closeDocumentWindows() {
    delete m_conflictsDialog;
    delete m_importDialog;
}

void MainWindow::updateConflictsAction() {
    qint64 count = 0;
    if (m_document)
        if (auto counted = bundle::conflictCount(m_document->workspace()))
            count = *counted;
    m_conflictsAction->setEnabled(m_document != nullptr);
    m_conflictsAction->setText(count > 0 ? tr("Import co&nflicts (%1)…").arg(count)
                                         : tr("Import co&nflicts…"));
}

void MainWindow::importBundlesWithDialog() {
    importBundles({});
}

void MainWindow::exportBundleWithDialog() {
    if (!m_document)
        return;
    ExportBundleDialog dialog(*m_document, currentTarget().teamId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.exported())
        statusBar()->showMessage(tr("Exported the bundle of %1.").arg(dialog.exported()->ownerName), 8000);
}

namespace {

// The local files among dropped URLs, split into bundles and workspaces.
struct DroppedFiles {
    QStringList bundles;
    QStringList workspaces;
};

DroppedFiles droppedFiles(const QMimeData* mime) {
    DroppedFiles dropped;
    if (!mime || !mime->hasUrls())
        return dropped;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(bundle::kSuffix), Qt::CaseInsensitive))
            dropped.bundles << path;
        else if (path.endsWith(QLatin1String(".pdsa"), Qt::CaseInsensitive))
            dropped.workspaces << path;
    }
    return dropped;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const DroppedFiles dropped = droppedFiles(event->mimeData());
    if ((!dropped.bundles.isEmpty() && m_document) || !dropped.workspaces.isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const DroppedFiles dropped = droppedFiles(event->mimeData());
    if (!dropped.workspaces.isEmpty()) {
        event->acceptProposedAction();
        openWorkspaceWithMessage(dropped.workspaces.front());
    } else if (!dropped.bundles.isEmpty() && m_document) {
        event->acceptProposedAction();
        importBundles(dropped.bundles);
    }
}

void MainWindow::setToday(const QDate& today) {
    m_collaborativePage->setToday(today);
    m_cyclePage->setToday(today);
    m_measurePage->setToday(today);
    m_teamPage->reportPanel()->setToday(today);
    m_feedbackPage->setToday(today);
}

// ---- title, actions, recent files ------------------------------------------------------------

QString MainWindow::whoseWorkspace() const {
    const auto& owner = m_document ? m_document->workspace().rights().owner() : std::nullopt;
    return owner ? ownerTitle(*owner) : QString();
}

void MainWindow::updateTitle() {
    if (!m_document) {
        setWindowTitle(applicationTitle());
        return;
    }
    const QString whose = whoseWorkspace();
    if (whose.isEmpty()) {
        //: Window title: the collaborative's name, then the app's
        setWindowTitle(tr("%1 — %2").arg(m_document->displayName(), applicationTitle()));
        return;
    }
    //: Window title: the collaborative's name, whose workspace it is, then the app's
    setWindowTitle(tr("%1 — %2 — %3").arg(m_document->displayName(), whose, applicationTitle()));
}

void MainWindow::updateActions() {
    const bool open = m_document != nullptr;
    m_closeAction->setEnabled(open);
    m_importBundlesAction->setEnabled(open);
    m_exportBundleAction->setEnabled(open);
    updateConflictsAction();
    m_editDetailsAction->setEnabled(open);
    m_spreadReportAction->setEnabled(open);
    m_spreadLedgerAction->setEnabled(open);
    m_dashboardAction->setEnabled(open);
    m_newTeamAction->setEnabled(open);
    m_newCycleAction->setEnabled(open && !currentTarget().teamId.isNull() &&
                                 !m_document->isTheirs(currentTarget().teamId));
    m_focusNavigationAction->setEnabled(open);
}

void MainWindow::refreshRecentFiles() {
    m_startPage->setRecentFiles(RecentFiles::list());
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    const int width = fontMetrics().averageCharWidth() * 60;
    int number = 0;
    for (const QString& path : files) {
        ++number;
        const QString shown =
            fontMetrics().elidedText(QDir::toNativeSeparators(path), Qt::ElideMiddle, width);
        // "&1 …" gives each of the first nine entries a keyboard mnemonic.
        const QString label = number < 10 ? tr("&%1  %2").arg(number).arg(shown) : shown;
        QAction* action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (files.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No recent workspaces"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear list"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        refreshRecentFiles();
    });
}

void MainWindow::openRecent(const QString& path) {
    if (!QFileInfo::exists(path)) {
        RecentFiles::remove(path);
        refreshRecentFiles();
        QMessageBox::information(this, tr("Workspace not found"),
                                 tr("%1 no longer exists, so it was removed from the recent workspaces.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openWorkspaceWithMessage(path);
}

// ---- dialogs ----------------------------------------------------------------------------------

void MainWindow::newWorkspace() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    NewWorkspaceDialog dialog(folder, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status status = createWorkspace(dialog.filePath(), dialog.collaborativeName());
    if (!status)
        QMessageBox::warning(this, tr("Cannot create the workspace"), status.error().message);
}

Status MainWindow::createWorkspaceFromTemplate(const QString& templatePath, const QString& path,
                                               bool replace, const std::optional<WorkspaceOwner>& owner) {
    const QString name = QFileInfo(templatePath).fileName();
    auto read = bundle::readBundleFile(templatePath);
    if (!read)
        return read.error();
    if (read->manifest.kind != bundle::BundleKind::Template)
        return makeError(
            ErrorCode::Invalid,
            tr("%1 is a bundle of %2, not a collaborative template. A new workspace starts from the "
               "organizer's template; import the other bundles into it afterwards.")
                .arg(name, read->manifest.ownerName));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute) && (!replace || (m_document && sameFile(m_document->path(), absolute))))
        return makeError(
            ErrorCode::Io,
            tr("%1 already exists%2; choose a new file name for the workspace.")
                .arg(QDir::toNativeSeparators(absolute),
                     m_document && sameFile(m_document->path(), absolute) ? tr(" and is open") : QString()));
    // Built beside the target and put in its place only once the template is in, so that a
    // failure leaves whatever was there as it was.
    const QString building = absolute + QStringLiteral(".new");
    QFile::remove(building);
    {
        WaitCursor wait;
        auto created = Workspace::createEmpty(building, AppPaths::openOptions());
        if (!created)
            return created.error();
        auto imported = bundle::importBundle(**created, *read, name);
        const Status owned = imported && owner ? (*created)->setOwner(*owner) : Status{};
        created->reset();
        if (!imported) {
            QFile::remove(building);
            return imported.error();
        }
        if (!owned) {
            QFile::remove(building);
            return owned.error();
        }
    }
    if ((QFileInfo::exists(absolute) && !QFile::remove(absolute)) || !QFile::rename(building, absolute)) {
        QFile::remove(building);
        return makeError(
            ErrorCode::Io,
            tr("Cannot write %1; the workspace was not created.").arg(QDir::toNativeSeparators(absolute)));
    }
    return openWorkspace(absolute);
}

void MainWindow::newWorkspaceFromTemplate() {
    QSettings settings;
    QString folder = settings.value(QStringLiteral("bundles/importFolder")).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString templatePath = QFileDialog::getOpenFileName(
        this, tr("Choose the collaborative template"), folder, tr("PDSA Tracker bundles (*.pdsabundle)"));
    if (templatePath.isEmpty())
        return;
    settings.setValue(QStringLiteral("bundles/importFolder"), QFileInfo(templatePath).absolutePath());
    WorkspaceOwnerDialog whose(this);
    if (auto last = WorkspaceOwner::parse(settings.value(QStringLiteral("workspace/lastOwner")).toString()))
        whose.setOwner(*last);
    if (whose.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("workspace/lastOwner"), whose.owner().toText());
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QFileInfo(templatePath).completeBaseName() + QStringLiteral(".pdsa"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the new workspace as"), suggested,
                                                      tr("PDSA Tracker workspaces (*.pdsa)"));
    if (path.isEmpty())
        return;
    QString target = path;
    if (!target.endsWith(QStringLiteral(".pdsa"), Qt::CaseInsensitive))
        target += QStringLiteral(".pdsa");
    // The save dialog asked before replacing the name it was given, not one with the suffix added.
    const bool confirmed = target == path;
    if (const Status status = createWorkspaceFromTemplate(templatePath, target, confirmed, whose.owner()); !status)
        QMessageBox::warning(this, tr("Cannot create the workspace"), status.error().message);
}

void MainWindow::openWithDialog() {
    QString folder;
    if (m_document)
        folder = QFileInfo(m_document->path()).absolutePath();
    else if (const QStringList recent = RecentFiles::list(); !recent.isEmpty())
        folder = QFileInfo(recent.front()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), folder,
                                                      tr("PDSA Tracker workspaces (*.pdsa);;All files (*)"));
    if (!path.isEmpty())
        openWorkspaceWithMessage(path);
}

void MainWindow::editCollaborativeDetails() {
    if (!m_document)
        return;
    auto details = command::collaborativeDetails(*m_document);
    if (!details) {
        QMessageBox::warning(this, tr("Cannot edit the collaborative"), details.error().message);
        return;
    }
    CollaborativeDetailsDialog dialog(*details, this);
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    const Status status = command::editCollaborativeDetails(*m_document, dialog.details());
    if (!status)
        QMessageBox::warning(this, tr("Cannot save the change"), status.error().message);
}

void MainWindow::spreadReport() {
    if (!m_document)
        return;
    SpreadReportDialog dialog(m_document->workspace(), this);
    dialog.exec();
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About PDSA Tracker"),
        tr("<h3>PDSA Tracker %1</h3>"
           "<p>Plan, document and learn from PDSA cycles with the teams of a Breakthrough Series "
           "Collaborative: aims, measures with their data, PDSA ramps and the change package.</p>"
           "<p>Workspace format %2 · Qt %3</p>")
            .arg(QStringLiteral(PDSA_VERSION))
            .arg(storage::currentSchemaVersion())
            .arg(QString::fromLatin1(qVersion())));
}

// ---- settings ---------------------------------------------------------------------------------

void MainWindow::readSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        QSize size(1280, 800);
        if (const QScreen* screen = QApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 9 / 10);
        resize(size);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitterRestored = m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::writeSettings() {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    const bool shownOrResized = event->type() == QEvent::Show || event->type() == QEvent::Resize;
    if (watched == m_splitter && shownOrResized && !m_splitterRestored && m_splitter->isVisible() &&
        m_splitter->width() > 0) {
        // First time the splitter is on screen without saved sizes: the tree takes about a
        // quarter of the width, less when the text is small.
        m_splitterRestored = true;
        const int total = m_splitter->width();
        const int tree = qMin(fontMetrics().height() * 20, total / 4);
        m_splitter->setSizes({tree, total - tree});
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    writeSettings();
    event->accept();
}

} // namespace pdsa::ui
