// SPDX-License-Identifier: Apache-2.0
#include "charts/disparitychartview.h"

#include "charts/plannedchartview.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QScatterSeries>
#include <QToolTip>

namespace pdsa::ui {

DisparityChartView::DisparityChartView(QWidget* parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    QChart* initial = chart();
    setChart(new QChart());
    delete initial;
    setBackgroundBrush(Qt::white);
}

void DisparityChartView::draw(const ChartPlan& plan, const QHash<qint64, QString>& tips) {
    m_plan = plan;
    m_tips = tips;
    for (QGraphicsSimpleTextItem* label : m_labels)
        delete label;
    m_labels.clear();
    // A fresh QChart per drawing: reusing one leaves stale axis labels behind (Qt 6.4).
    QChart* previous = chart();
    QChart* c = makePlannedChart(plan);
    setChart(c);
    delete previous;
    for (const PlannedSeries& planned : plan.series) {
        QAbstractSeries* series = addPlannedSeries(c, planned);
        if (auto* points = qobject_cast<QScatterSeries*>(series);
            points && (planned.role == SeriesRole::DataPoints || planned.role == SeriesRole::SmallNumbers ||
                       planned.role == SeriesRole::SignalPoints))
            connect(points, &QScatterSeries::hovered, this, [this](const QPointF& point, bool on) {
                if (on && !tipAt(point.x()).isEmpty())
                    QToolTip::showText(QCursor::pos(), tipAt(point.x()), this);
                else
                    QToolTip::hideText();
            });
    }
    for (const ChartLabel& label : plan.labels) {
        auto* item = new QGraphicsSimpleTextItem(label.text, c);
        item->setBrush(label.color);
        m_labels.push_back(item);
    }
    connect(c, &QChart::plotAreaChanged, this, &DisparityChartView::placeLabels);
    placeLabels();
}

void DisparityChartView::placeLabels() {
    if (chart()->series().isEmpty())
        return;
    for (std::size_t i = 0; i < m_labels.size() && i < m_plan.labels.size(); ++i) {
        const QPointF at = chart()->mapToPosition(m_plan.labels[i].at, chart()->series().front());
        const QRectF box = m_labels[i]->boundingRect();
        m_labels[i]->setPos(at.x() - box.width() / 2, at.y() - box.height() - 2);
    }
}

} // namespace pdsa::ui
