// SPDX-License-Identifier: Apache-2.0
#pragma once
// Draws one chart of the disparity view (disparitylayout.h plans it): the gap chart or the rates
// chart, with a tooltip on each window's point and the "<N" labels of suppressed windows.

#include "charts/chartlayout.h"

#include <QChartView>
#include <QHash>

class QGraphicsSimpleTextItem;

namespace pdsa::ui {

class DisparityChartView : public QChartView {
    Q_OBJECT

public:
    explicit DisparityChartView(QWidget* parent = nullptr);

    // Draws `plan`; `tips` gives the tooltip of the points at each x (a window's middle).
    void draw(const ChartPlan& plan, const QHash<qint64, QString>& tips = {});
    const ChartPlan& plan() const { return m_plan; }
    // The tooltip at the window whose middle is `x`; empty when none.
    QString tipAt(qreal x) const { return m_tips.value(qint64(x)); }

private:
    void placeLabels();

    ChartPlan m_plan;
    QHash<qint64, QString> m_tips;
    std::vector<QGraphicsSimpleTextItem*> m_labels;
};

} // namespace pdsa::ui
