#pragma once
// The collaborative's overview: name (title), topic and dates (subtitle), its aim and
// description, the calendar timeline of learning sessions and action periods, the teams table
// and the change package as a driver tree with how often each idea was tested. "Edit details…"
// asks the main window to open the details dialog (editing goes through the undo facade there).

#include "pages/page.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace pdsa::ui {

class CalendarTimeline;
class ChangePackageModel;
class FieldGrid;
class FittedTableView;
class FittedTreeView;
class TeamsTableModel;

class CollaborativePage : public Page {
    Q_OBJECT

public:
    explicit CollaborativePage(QWidget* parent = nullptr);

    CalendarTimeline* timeline() const { return m_timeline; }
    FittedTableView* teamsView() const { return m_teamsView; }
    TeamsTableModel* teamsModel() const { return m_teamsModel; }
    ChangePackageModel* changePackageModel() const { return m_changePackageModel; }
    QPushButton* editButton() const { return m_editButton; }
    // Sets the timeline's "today" (tests and screenshots use a fixed date).
    void setToday(const QDate& today);

signals:
    void editDetailsRequested();

protected:
    Status load(WorkspaceDocument& document, const NavigationTarget& target) override;

private:
    QPushButton* m_editButton = nullptr;
    FieldGrid* m_about = nullptr;
    QLabel* m_topic = nullptr;
    QLabel* m_dates = nullptr;
    QLabel* m_aim = nullptr;
    QLabel* m_description = nullptr;
    Section* m_calendarSection = nullptr;
    CalendarTimeline* m_timeline = nullptr;
    QLabel* m_calendarCaption = nullptr;
    Section* m_teamsSection = nullptr;
    TeamsTableModel* m_teamsModel = nullptr;
    QSortFilterProxyModel* m_teamsProxy = nullptr;
    FittedTableView* m_teamsView = nullptr;
    Section* m_changePackageSection = nullptr;
    ChangePackageModel* m_changePackageModel = nullptr;
    FittedTreeView* m_changePackageView = nullptr;
};

} // namespace pdsa::ui
