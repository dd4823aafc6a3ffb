#pragma once
// A team's overview: name, agency, court partner and site, its members with their roles, its aim
// (what, how much, by when), the measures it reports with their latest values and a sparkline,
// and its PDSA cycles, most recent first. Enter or a double-click on a measure or a cycle goes
// to that item in the navigation tree.

#include "pages/page.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace pdsa::ui {

class CyclesTableModel;
class FieldGrid;
class FittedTableView;
class MeasuresTableModel;
class MembersModel;
class WorkspaceDocument;

class TeamPage : public Page {
    Q_OBJECT

public:
    explicit TeamPage(QWidget* parent = nullptr);

    FittedTableView* measuresView() const { return m_measuresView; }
    FittedTableView* cyclesView() const { return m_cyclesView; }
    MeasuresTableModel* measuresModel() const { return m_measuresModel; }
    CyclesTableModel* cyclesModel() const { return m_cyclesModel; }
    QPushButton* newMeasureButton() const { return m_newMeasureButton; }

protected:
    Status load(WorkspaceDocument& document, const NavigationTarget& target) override;

private:
    void newMeasure();

    QUuid m_teamId;
    QUuid m_collaborativeId;
    QPointer<WorkspaceDocument> m_document;
    QPushButton* m_newMeasureButton = nullptr;
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
};

} // namespace pdsa::ui
