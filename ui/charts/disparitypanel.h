// SPDX-License-Identifier: Apache-2.0
#pragma once
// The disparity view of one measure: which group of one dimension lags its reference, by how much,
// how sure we can be, and whether the gap is closing (docs/equity-methods.md). For a team's
// measure on its measure page, or for the whole collaborative on the collaborative page (with a
// choice of the shared measures).
//
// Controls pick the dimension (one at a time), the reference (the rest, the total, or a group)
// and the window (month, quarter, half year, year). The gap chart of the chosen group sits
// beside the groups' rates; the verdict is written above them in words, and a table lists every
// group, the row chosen being the group drawn. Windows of small numbers are marked on screen and
// left out of exports unless the person exporting chooses to include them.

#include "charts/disparitylayout.h"
#include "equity/disparity.h"
#include "util/result.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pdsa::ui {

class DisparityChartView;
class WorkspaceDocument;

class DisparityPanel : public QWidget {
    Q_OBJECT

public:
    explicit DisparityPanel(QWidget* parent = nullptr);

    // A team's measure; with a null team, the whole collaborative (the measure then one of the
    // shared set, chosen in the panel; a null measure picks the first comparable one). `extras`:
    // the team's cycles and phases to mark on the gap chart, from the measure chart already loaded
    // beside it (none for the whole collaborative).
    Status load(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId,
                const GapChartExtras& extras = {});

    // Shows another measure (the collaborative's view) and dimension.
    Status showMeasure(const QUuid& measureId, const QString& dimension);

    const equity::Disparity& disparity() const { return m_disparity; }
    // The measure shown (null: none).
    QUuid measureId() const { return m_measureId; }
    // The group drawn in the gap chart (an index into disparity().groups).
    std::size_t currentGroup() const { return m_group; }
    void setCurrentGroup(std::size_t group);
    // Whether the panel has a measure to show (false: it says why instead).
    bool hasData() const { return m_hasData; }

    // The charts (null until the panel first has something to draw).
    DisparityChartView* gapView() const { return m_gap; }
    DisparityChartView* ratesView() const { return m_rates; }
    QComboBox* measureBox() const { return m_measure; }
    QComboBox* dimensionBox() const { return m_dimension; }
    QComboBox* referenceBox() const { return m_reference; }
    QComboBox* windowBox() const { return m_window; }
    QTableWidget* groupsTable() const { return m_groups; }
    QLabel* verdictLabel() const { return m_verdict; }

    // Writes the view: .png, .svg or .pdf (the gap chart beside the rates at `size`), or .csv (every
    // group and window). Small numbers are suppressed ("<N") unless `includeSmall`.
    Status exportTo(const QString& path, const QSize& size, bool includeSmall) const;

    QSize minimumSizeHint() const override;

signals:
    void errorOccurred(const QString& message);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void arrangeControls(bool twoRows);
    void reload();
    void ensureCharts();
    int chartHeight() const;
    void redraw();
    void fillGroups();
    void exportInteractive();

    WorkspaceDocument* m_document = nullptr;
    QUuid m_teamId;
    QUuid m_measureId;
    equity::Disparity m_disparity;
    GapChartExtras m_extras;
    std::size_t m_group = 0;
    bool m_hasData = false;
    bool m_updating = false;

    QLabel* m_measureLabel = nullptr;
    QComboBox* m_measure = nullptr;
    QComboBox* m_dimension = nullptr;
    QComboBox* m_reference = nullptr;
    QComboBox* m_window = nullptr;
    QPushButton* m_export = nullptr;
    QGridLayout* m_controls = nullptr;
    std::vector<QWidget*> m_controlWidgets; // label, box: dimension, reference, window
    bool m_twoRows = false;
    QLabel* m_verdict = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_charts = nullptr;
    DisparityChartView* m_gap = nullptr;
    DisparityChartView* m_rates = nullptr;
    QLabel* m_gapKey = nullptr;
    QLabel* m_ratesKey = nullptr;
    QTableWidget* m_groups = nullptr;
    QLabel* m_smallNote = nullptr;
};

// The sentence the view and the summaries lead with: "Black or African American: 18 points below
// the rest of Race/ethnicity in 2026-Q2 (95 % interval 30 to 6 below); gap narrowing since
// 2025-Q3: shift of 6 quarters."
QString disparityVerdict(const equity::Disparity& disparity, std::size_t group);

} // namespace pdsa::ui
