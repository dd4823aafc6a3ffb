// SPDX-License-Identifier: Apache-2.0
#pragma once
// The collaborative's overview: name (title), topic and dates (subtitle), its aim and
// description, the calendar timeline of learning sessions and action periods, the teams table
// and the change package. "Edit details…" asks the main window to open the details dialog
// (editing goes through the undo facade there).
//
// The change package section is its editor, in two tabs: "Outline" (the driver tree with a
// details panel for the selected item's name and description) and "Diagram" (the drawn driver
// diagram with zoom and export). Its actions (add, add sibling, a team's own idea, rename, move
// up/down, move to…, delete) have shortcuts in the tree and the diagram and are in the tree's
// context menu; every edit goes through the undo facade (changepackagecommands.h). A refused
// edit is explained in a line above the tabs. The page keeps no state of its own: after every
// change it reloads and selects the same item again.
//
// Whose work: teams whose work came from their bundle are marked "(imported)" in the teams table
// (the tooltip says from which bundle), and only the workspace's own teams can be given a change
// idea of their own here. When the collaborative itself came from the organizer's template (a
// team's workspace), a one-line note on top says so; the page stays editable.

#include "pages/page.h"

#include <QDate>
#include <QPointer>
#include <QUuid>

#include <utility>
#include <vector>

class QAction;
class QBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QToolBar;

namespace pdsa {
struct Collaborative;
class Workspace;
} // namespace pdsa

namespace pdsa::ui {

class DisparityPanel;
class EquitySummary;

struct ChangePackageData;

class CalendarEditor;
class CalendarTimeline;
class StrataEditor;
class OwnershipBanner;
class ChangePackageModel;
class DriverDiagramView;
class FeedbackNotice;
class FieldGrid;
class FittedTableView;
class FittedTreeView;
class ReportingGridModel;
class SharedMeasuresModel;
class TeamsTableModel;

class CollaborativePage : public Page {
    Q_OBJECT

public:
    explicit CollaborativePage(QWidget* parent = nullptr);

    CalendarTimeline* timeline() const { return m_timeline; }
    CalendarEditor* calendarEditor() const { return m_calendarEditor; }
    StrataEditor* strataEditor() const { return m_strataEditor; }
    FittedTableView* teamsView() const { return m_teamsView; }
    FittedTableView* reportingView() const { return m_reportingView; }
    ReportingGridModel* reportingModel() const { return m_reportingModel; }
    QSpinBox* reportDueDayBox() const { return m_dueDay; }
    // The note shown when the collaborative came from the organizer's template.
    OwnershipBanner* templateNote() const { return m_templateNote; }
    FeedbackNotice* feedbackNotice() const { return m_feedbackNotice; }
    TeamsTableModel* teamsModel() const { return m_teamsModel; }
    SharedMeasuresModel* sharedMeasuresModel() const { return m_sharedMeasuresModel; }
    ChangePackageModel* changePackageModel() const { return m_changePackageModel; }
    FittedTreeView* changePackageView() const { return m_changePackageView; }
    DriverDiagramView* diagramView() const { return m_diagram; }
    QTabWidget* changePackageTabs() const { return m_packageTabs; }
    QLineEdit* itemNameEdit() const { return m_itemName; }
    QPlainTextEdit* itemDescriptionEdit() const { return m_itemDescription; }
    // The line that explains a refused edit or a finished export.
    QLabel* changePackageMessage() const { return m_packageMessage; }
    QPushButton* editButton() const { return m_editButton; }
    QPushButton* newTeamButton() const { return m_newTeamButton; }

    enum class PackageAction {
        AddPrimary,
        AddChild,
        AddSibling,
        AddTeamIdea,
        Rename,
        MoveUp,
        MoveDown,
        MoveTo,
        Delete,
    };
    QAction* packageAction(PackageAction action) const;
    // The id of the driver or change idea selected in the outline (null when none).
    QUuid selectedItem() const;
    void selectItem(const QUuid& id);
    Section* equitySection() const { return m_equitySection; }
    EquitySummary* equitySummary() const { return m_equitySummary; }
    DisparityPanel* disparityPanel() const { return m_disparity; }
    QSpinBox* minCellSizeBox() const { return m_minCell; }
    // Sets the timeline's "today" (tests and screenshots use a fixed date).
    void setToday(const QDate& today);

signals:
    void editDetailsRequested();
    void newTeamRequested();

protected:
    Status load(WorkspaceDocument& document, const NavigationTarget& target) override;
    // Reads the reporting grid again only when a change touched what it shows: it reads every
    // team's values, which on a statewide collaborative costs more than the rest of the page.
    Status update(WorkspaceDocument& document, const Changes& changes) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    // The equity section is read when first painted: it reads every team's stratified values.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // load()'s parts, section by section.
    void showAbout(const Collaborative& collaborative);
    Status loadCalendar(WorkspaceDocument& document, const Collaborative& collaborative);
    Status loadTeams(WorkspaceDocument& document);
    Status loadSharedMeasures(Workspace& workspace);
    Status loadReporting(Workspace& workspace, const Collaborative& collaborative);
    void buildReportingSection();
    void buildEquitySection();
    void loadEquity();
    void showChangePackage(WorkspaceDocument& document, ChangePackageData package);

    Section* m_reportingSection = nullptr;
    FittedTableView* m_reportingView = nullptr;
    ReportingGridModel* m_reportingModel = nullptr;
    QSpinBox* m_dueDay = nullptr;
    bool m_keepReporting = false; // the change update() shows left the grid as it is
    bool m_keepNotice = false;    // nor the feedback notice
    bool m_keepEquity = false;    // nor the equity section
    bool m_equityStale = false;   // to be read when next painted
    Section* m_equitySection = nullptr;
    EquitySummary* m_equitySummary = nullptr;
    DisparityPanel* m_disparity = nullptr;
    QSpinBox* m_minCell = nullptr;
    int m_shownMinCell = 0;
    FeedbackNotice* m_feedbackNotice = nullptr;
    int m_shownDueDay = 0;
    QDate m_today; // for tests and screenshots; the system's date when invalid

    QPushButton* m_editButton = nullptr;
    QPushButton* m_newTeamButton = nullptr;
    FieldGrid* m_about = nullptr;
    QLabel* m_topic = nullptr;
    QLabel* m_dates = nullptr;
    QLabel* m_aim = nullptr;
    QLabel* m_description = nullptr;
    Section* m_calendarSection = nullptr;
    CalendarTimeline* m_timeline = nullptr;
    QLabel* m_calendarCaption = nullptr;
    CalendarEditor* m_calendarEditor = nullptr;
    Section* m_strataSection = nullptr;
    StrataEditor* m_strataEditor = nullptr;
    QLabel* m_strataEmpty = nullptr;
    OwnershipBanner* m_templateNote = nullptr;
    Section* m_teamsSection = nullptr;
    TeamsTableModel* m_teamsModel = nullptr;
    QSortFilterProxyModel* m_teamsProxy = nullptr;
    FittedTableView* m_teamsView = nullptr;
    SharedMeasuresModel* m_sharedMeasuresModel = nullptr;
    Section* m_measuresSection = nullptr;
    FittedTableView* m_measuresView = nullptr;
    QPushButton* m_editMeasure = nullptr;
    void buildCalendarSection();
    void buildStrataSection();
    void buildTeamsSection();
    void buildSharedMeasuresSection();
    // Creates (null id) or edits a shared measure of the collaborative, as the organizer.
    void editSharedMeasure(const QUuid& measureId);

    Section* m_changePackageSection = nullptr;
    ChangePackageModel* m_changePackageModel = nullptr;
    FittedTreeView* m_changePackageView = nullptr;

    void buildChangePackageSection();
    void buildPackageActions();
    void connectPackageActions();
    QWidget* buildOutlineTab();
    void connectPackageView();
    void adaptToSize();
    QWidget* buildDetailsPanel();
    QWidget* buildDiagramTab();
    void updatePackageActions();
    void showSelectedDetails();
    void showPackageMessage(const QString& message, bool refusal);
    void runEdit(const Status& status);
    void addItem(bool sibling, bool forTeam);
    void reorderSelected(int delta);
    void moveSelected();
    void exportDiagram(int format);

    QPointer<WorkspaceDocument> m_document;
    QString m_collaborativeName;
    std::vector<std::pair<QUuid, QString>> m_teams;
    QToolBar* m_packageToolBar = nullptr;
    QLabel* m_packageMessage = nullptr;
    QLabel* m_packageEmpty = nullptr;
    QTabWidget* m_packageTabs = nullptr;
    QBoxLayout* m_outlineLayout = nullptr;
    QAction* m_actions[9] = {};
    QLabel* m_itemKind = nullptr;
    QLineEdit* m_itemName = nullptr;
    QPlainTextEdit* m_itemDescription = nullptr;
    QLabel* m_itemOwner = nullptr;
    QLabel* m_itemTested = nullptr;
    QLabel* m_itemHint = nullptr;
    QWidget* m_itemFields = nullptr;
    DriverDiagramView* m_diagram = nullptr;
    QLabel* m_zoomLabel = nullptr;
    bool m_showingDetails = false;
};

} // namespace pdsa::ui
