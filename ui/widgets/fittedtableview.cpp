// SPDX-License-Identifier: Apache-2.0
#include "widgets/fittedtableview.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

namespace pdsa::ui {

FittedTableView::FittedTableView(QWidget* parent)
    : QTableView(parent) {
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    applyRowHeight();
}

void FittedTableView::applyRowHeight() {
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 17 / 10 + 2);
    updateGeometry();
}

void FittedTableView::setModel(QAbstractItemModel* model) {
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &FittedTableView::updateGeometry);
    connect(model, &QAbstractItemModel::layoutChanged, this, &FittedTableView::updateGeometry);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FittedTableView::updateGeometry);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FittedTableView::updateGeometry);
    updateGeometry();
}

QSize FittedTableView::sizeHint() const {
    int height = 2 * frameWidth() + verticalHeader()->length();
    if (!horizontalHeader()->isHidden())
        height += horizontalHeader()->sizeHint().height();
    if (horizontalHeader()->length() > viewport()->width() &&
        horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
        height += horizontalScrollBar()->sizeHint().height();
    return {QTableView::sizeHint().width(), height};
}

QSize FittedTableView::minimumSizeHint() const {
    return {QTableView::minimumSizeHint().width(), sizeHint().height()};
}

void FittedTableView::resizeEvent(QResizeEvent* event) {
    QTableView::resizeEvent(event);
    updateGeometry(); // the horizontal scroll bar may have come or gone
}

void FittedTableView::changeEvent(QEvent* event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyRowHeight();
}

} // namespace pdsa::ui
