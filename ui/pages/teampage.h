// SPDX-License-Identifier: Apache-2.0
#pragma once
// A team's overview: name, agency, court partner and site, its members with their roles, its aim
// (what, how much, by when), the measures it reports with their latest values and a sparkline,
// and its PDSA cycles, most recent first. Enter or a double-click on a measure or a cycle goes
// to that item in the navigation tree.
//
// The team lead sets the team up here: "Edit team…" in the header (TeamDialog), the members
// with Add / Edit / Remove / Move up / Move down under their table (MemberDialog; Enter on a
// member edits it, Delete removes it), and "Edit aim…" (AimDialog). Every edit goes through the
// undo facade (teamcommands.h); the main window reloads the page after it.
//
// A team whose work arrived from its own bundle is theirs: an OwnershipBanner on top says so,
// and every edit button is disabled with a tooltip saying why.

#include "pages/page.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace pdsa::ui {

class EquitySummary;

class CommentsPanel;
class ScoreHistoryChart;
class CyclesTableModel;
class FieldGrid;
class FittedTableView;
class MeasuresTableModel;
class MembersModel;
class MonthlyReportPanel;
class Section;
class OwnershipBanner;
class WorkspaceDocument;

class TeamPage : public Page {
    Q_OBJECT

public:
    explicit TeamPage(QWidget* parent = nullptr);
    EquitySummary* equitySummary() const { return m_equity; }

    FittedTableView* measuresView() const { return m_measuresView; }
    FittedTableView* cyclesView() const { return m_cyclesView; }
    MeasuresTableModel* measuresModel() const { return m_measuresModel; }
    CyclesTableModel* cyclesModel() const { return m_cyclesModel; }
    QPushButton* newMeasureButton() const { return m_newMeasureButton; }
    QPushButton* editTeamButton() const { return m_editTeamButton; }
    QPushButton* editAimButton() const { return m_editAimButton; }
    OwnershipBanner* ownershipBanner() const { return m_banner; }
    // Whether the team's work can be edited here (false: it came from the team's bundle).
    bool isEditable() const { return m_readOnlyReason.isEmpty(); }
    FittedTableView* membersView() const { return m_membersView; }
    MembersModel* membersModel() const { return m_membersModel; }
    QPushButton* addMemberButton() const { return m_addMember; }
    QPushButton* editMemberButton() const { return m_editMember; }
    QPushButton* removeMemberButton() const { return m_removeMember; }
    QPushButton* moveMemberUpButton() const { return m_moveMemberUp; }
    QPushButton* moveMemberDownButton() const { return m_moveMemberDown; }

    // The member selected in the table (null when none), and selecting one by id.
    QUuid selectedMember() const;
    void selectMember(const QUuid& memberId);
    // Moves the selected member up (-1) or down (+1) and keeps it selected.
    void moveSelectedMember(int delta);
    // Takes the selected member off the team (undoable) and selects its neighbour.
    void removeSelectedMember();

protected:
    Status load(WorkspaceDocument& document, const NavigationTarget& target) override;
    // A change to the team's report or scores only (the team typing its report) reads the report
    // panel again, not the whole page.
    Status update(WorkspaceDocument& document, const Changes& changes) override;

public:
    MonthlyReportPanel* reportPanel() const { return m_reportPanel; }
    CommentsPanel* commentsPanel() const { return m_comments; }
    ScoreHistoryChart* scoreChart() const { return m_scores; }
    QLabel* scoreSummary() const { return m_scoresSummary; }

protected:

private:
    Section* m_equitySection = nullptr;
    EquitySummary* m_equity = nullptr;
    // The constructor's parts, one per section.
    void buildTeamSection();
    void buildMembersSection();
    void buildAimSection();
    void buildMeasuresSection();
    void buildReportSection();
    void buildCyclesSection();
    void newMeasure();
    void editTeam();
    void editAim();
    void addMember();
    void editSelectedMember();
    void updateMemberButtons();
    // The monthly report and what hangs on it: the score history and its words.
    Status loadReport(WorkspaceDocument& document, const QUuid& teamId);
    // Shows a refused edit in a message box titled `title`; returns whether the edit worked.
    bool report(const Status& status, const QString& title);

    QUuid m_teamId;
    QUuid m_collaborativeId;
    QPointer<WorkspaceDocument> m_document;
    QString m_teamName;
    QString m_readOnlyReason; // empty: the team's work is the workspace's own
    OwnershipBanner* m_banner = nullptr;
    QPushButton* m_newMeasureButton = nullptr;
    QPushButton* m_editTeamButton = nullptr;
    QPushButton* m_editAimButton = nullptr;
    QPushButton* m_addMember = nullptr;
    QPushButton* m_editMember = nullptr;
    QPushButton* m_removeMember = nullptr;
    QPushButton* m_moveMemberUp = nullptr;
    QPushButton* m_moveMemberDown = nullptr;
    FieldGrid* m_facts = nullptr;
    QLabel* m_agency = nullptr;
    QLabel* m_court = nullptr;
    QLabel* m_site = nullptr;
    QLabel* m_about = nullptr;
    Section* m_membersSection = nullptr;
    MembersModel* m_membersModel = nullptr;
    FittedTableView* m_membersView = nullptr;
    Section* m_aimSection = nullptr;
    QLabel* m_aimStatement = nullptr;
    FieldGrid* m_aimFields = nullptr;
    QLabel* m_aimWhat = nullptr;
    QLabel* m_aimHowMuch = nullptr;
    QLabel* m_aimByWhen = nullptr;
    Section* m_measuresSection = nullptr;
    MeasuresTableModel* m_measuresModel = nullptr;
    QSortFilterProxyModel* m_measuresProxy = nullptr;
    FittedTableView* m_measuresView = nullptr;
    Section* m_cyclesSection = nullptr;
    CyclesTableModel* m_cyclesModel = nullptr;
    QSortFilterProxyModel* m_cyclesProxy = nullptr;
    FittedTableView* m_cyclesView = nullptr;
    Section* m_reportSection = nullptr;
    MonthlyReportPanel* m_reportPanel = nullptr;
    CommentsPanel* m_comments = nullptr;
    Section* m_scoresSection = nullptr;
    ScoreHistoryChart* m_scores = nullptr;
    QLabel* m_scoresSummary = nullptr;
};

} // namespace pdsa::ui
