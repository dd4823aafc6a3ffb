// SPDX-License-Identifier: Apache-2.0
#pragma once
// One team's measure: its chart, its definition (type, operational definition, numerator and
// denominator, data source, frequency, kind of data, the direction of improvement, goal and
// baseline), read only, and the team's data in an editable grid (MeasureDataGrid: periods down,
// the next period's empty row at the bottom, paste from a spreadsheet, every edit undoable),
// with "Import data from CSV…" (ImportMeasureDataDialog).
//
// A measure page of a team whose work came from its bundle starts with an OwnershipBanner; the
// grid, the CSV import and the chart's settings are read-only, and the definition only viewable.

#include "pages/page.h"

#include <QDate>
#include <QPointer>
#include <QUuid>

class QLabel;
class QPushButton;

namespace pdsa::ui {

class CommentsPanel;
class DisparityPanel;
class Section;
class FieldGrid;
class MeasureChartPanel;
class MeasureDataGrid;
class MeasureDataModel;
class OwnershipBanner;
class WorkspaceDocument;

class MeasurePage : public Page {
    Q_OBJECT

public:
    explicit MeasurePage(QWidget* parent = nullptr);

    MeasureDataModel* dataModel() const { return m_dataModel; }
    MeasureDataGrid* dataGrid() const { return m_dataGrid; }
    QPushButton* importButton() const { return m_importButton; }
    QPushButton* editButton() const { return m_editButton; }
    MeasureChartPanel* chartPanel() const { return m_chart; }
    DisparityPanel* disparityPanel() const { return m_disparity; }
    Section* equitySection() const { return m_equitySection; }
    OwnershipBanner* ownershipBanner() const { return m_banner; }
    CommentsPanel* commentsPanel() const { return m_comments; }
    // The day a coach's comment is written on (today unless fixed for tests and screenshots).
    void setToday(const QDate& today) { m_today = today; }

protected:
    Status load(WorkspaceDocument& document, const NavigationTarget& target) override;

private:
    OwnershipBanner* m_banner = nullptr;
    QString m_readOnlyReason; // empty: the team's work is the workspace's own
    MeasureChartPanel* m_chart = nullptr;
    Section* m_equitySection = nullptr;
    DisparityPanel* m_disparity = nullptr;
    FieldGrid* m_definition = nullptr;
    QLabel* m_type = nullptr;
    QLabel* m_operational = nullptr;
    QLabel* m_numerator = nullptr;
    QLabel* m_denominator = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_frequency = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_improvement = nullptr;
    QLabel* m_goal = nullptr;
    QLabel* m_baseline = nullptr;
    QLabel* m_strata = nullptr;
    void importData();
    void editDefinition();

    Section* m_valuesSection = nullptr;
    MeasureDataModel* m_dataModel = nullptr;
    MeasureDataGrid* m_dataGrid = nullptr;
    QLabel* m_dataMessage = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPointer<WorkspaceDocument> m_document;
    QUuid m_teamId;
    CommentsPanel* m_comments = nullptr;
    QDate m_today;
};

} // namespace pdsa::ui
