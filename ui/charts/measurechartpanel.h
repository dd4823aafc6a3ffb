// SPDX-License-Identifier: Apache-2.0
#pragma once
// The chart of one team's measure on the measure page: controls (chart type, rule set, baseline,
// phases, two-sigma lines, stratified view) above a MeasureChartView, export (PNG, SVG, PDF at a
// chosen size) and copy. Every control change is stored per team and measure through the undo
// facade (undo/chartcommands.h).
//
// Chart settings, marks and annotations are the team's records: for a team whose work came
// from its bundle every control that writes one is disabled (its tooltip says why), while
// hovering, opening cycles, export and copy stay available.

#include "analysis/measurechart.h"
#include "util/result.h"

#include <QSize>
#include <QUuid>
#include <QWidget>

class QAction;
class QCheckBox;
class QDoubleSpinBox;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;

namespace pdsa::ui {

class MeasureChartView;
class WorkspaceDocument;

class MeasureChartPanel : public QWidget {
    Q_OBJECT

public:
    explicit MeasureChartPanel(QWidget* parent = nullptr);
    Status load(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId);

    const analysis::MeasureChart& chartData() const { return m_chart; }
    // The chart as drawn: with the strata of the chosen dimension only.
    analysis::MeasureChart shownChart() const;
    MeasureChartView* view() const { return m_view; }
    // The small multiples drawn (one per group of the chosen dimension), for tests.
    const std::vector<MeasureChartView*>& smallMultiples() const { return m_smallMultiples; }
    QComboBox* dimensionBox() const { return m_dimension; }
    QCheckBox* sameScaleBox() const { return m_sameScale; }
    // The controls and menu actions that write the team's chart records.
    QList<QWidget*> settingControls() const;
    QList<QAction*> writingActions() const { return {m_annotate, m_markPoint}; }

    // Writes the chart at `size` (pixels for PNG; points for SVG and PDF) to `path`; the format
    // follows the suffix (.png, .svg, .pdf).
    // A stratified chart leaves out its groups' small numbers (the collaborative's minimum cell
    // size) unless `includeSmall`.
    Status exportTo(const QString& path, const QSize& size, bool includeSmall = false);
    // Copies the chart as an image to the clipboard (the groups' small numbers left out).
    void copyToClipboard();
    // Adds a free annotation through the undo facade.
    Status addAnnotation(const QDate& date, const QString& text);

signals:
    void cycleActivated(const QUuid& teamId, const QUuid& cycleId);

private:
    // The constructor's parts: the three rows of controls above the chart, and their connections.
    QHBoxLayout* buildSettingsRow();
    QHBoxLayout* buildPhaseRow();
    QHBoxLayout* buildActionsRow();
    void connectSettings();
    void rebuildControls();
    void redraw();
    // The chart as it leaves the app: its groups' small numbers blanked unless `includeSmall`.
    Result<analysis::MeasureChart> exportedChart(bool includeSmall) const;
    // The centre line of the latest point (what a fixed line starts from), 0 without one.
    double currentCentre() const;
    void applySetting(const ChartSetting& setting, const QString& text);
    void exportInteractive();
    void annotateInteractive();
    void reportError(const Error& error);
    // The menu of one point (0-based, the total's): exclude it, mark it astronomical.
    void pointMenu(int index, const QPoint& at);

    WorkspaceDocument* m_document = nullptr;
    QUuid m_teamId;
    QUuid m_measureId;
    analysis::MeasureChart m_chart;
    bool m_updating = false;
    QString m_readOnlyReason; // empty: the team's work is the workspace's own

    QComboBox* m_type = nullptr;
    QComboBox* m_rules = nullptr;
    QSpinBox* m_baseline = nullptr;
    QComboBox* m_phasePeriod = nullptr;
    QPushButton* m_addPhase = nullptr;
    QPushButton* m_removePhase = nullptr;
    QCheckBox* m_twoSigma = nullptr;
    QCheckBox* m_fixedCentre = nullptr;
    QDoubleSpinBox* m_fixedValue = nullptr;
    QComboBox* m_strata = nullptr;
    QLabel* m_strataLabel = nullptr;
    QHBoxLayout* m_strataRow = nullptr;
    QComboBox* m_dimension = nullptr;
    QLabel* m_dimensionLabel = nullptr;
    QString m_dimensionChoice; // kept across reloads; not a chart setting
    QCheckBox* m_sameScale = nullptr;
    std::vector<MeasureChartView*> m_smallMultiples;
    QLabel* m_warning = nullptr;
    MeasureChartView* m_view = nullptr;
    QMenu* m_cycles = nullptr;
    QAction* m_annotate = nullptr;
    QAction* m_markPoint = nullptr;
    QWidget* m_multiples = nullptr;
    QGridLayout* m_multiplesLayout = nullptr;
};

} // namespace pdsa::ui
