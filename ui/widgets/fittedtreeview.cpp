// SPDX-License-Identifier: Apache-2.0
#include "widgets/fittedtreeview.h"

#include "widgets/rowheightdelegate.h"

#include <QHeaderView>
#include <QScrollBar>

namespace pdsa::ui {

FittedTreeView::FittedTreeView(QWidget* parent)
    : QTreeView(parent) {
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformRowHeights(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    header()->setHighlightSections(false);
    setItemDelegate(new RowHeightDelegate(1.7, this)); // the height of FittedTableView's rows
    header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QTreeView::expanded, this, &FittedTreeView::updateGeometry);
    connect(this, &QTreeView::collapsed, this, &FittedTreeView::updateGeometry);
}

void FittedTreeView::setModel(QAbstractItemModel* model) {
    QTreeView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &FittedTreeView::updateGeometry);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FittedTreeView::updateGeometry);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FittedTreeView::updateGeometry);
    updateGeometry();
}

int FittedTreeView::visibleRowCount(const QModelIndex& parent) const {
    if (!model())
        return 0;
    int count = 0;
    const int rows = model()->rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        if (isRowHidden(row, parent))
            continue;
        const QModelIndex index = model()->index(row, 0, parent);
        ++count;
        if (isExpanded(index))
            count += visibleRowCount(index);
    }
    return count;
}

QSize FittedTreeView::sizeHint() const {
    const int rows = visibleRowCount(rootIndex());
    int rowHeight = sizeHintForRow(0);
    if (rowHeight <= 0)
        rowHeight = fontMetrics().height() + 6;
    int height = 2 * frameWidth() + rows * rowHeight;
    if (!header()->isHidden())
        height += header()->sizeHint().height();
    if (header()->length() > viewport()->width() && horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
        height += horizontalScrollBar()->sizeHint().height();
    return {QTreeView::sizeHint().width(), height};
}

QSize FittedTreeView::minimumSizeHint() const {
    return {QTreeView::minimumSizeHint().width(), sizeHint().height()};
}

void FittedTreeView::resizeEvent(QResizeEvent* event) {
    QTreeView::resizeEvent(event);
    updateGeometry();
}

} // namespace pdsa::ui
