// SPDX-License-Identifier: Apache-2.0
#include "widgets/rowheightdelegate.h"

#include <cmath>

namespace pdsa::ui {

RowHeightDelegate::RowHeightDelegate(qreal factor, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_factor(factor) {}

QSize RowHeightDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(
        qMax(size.height(), static_cast<int>(std::lround(option.fontMetrics.height() * m_factor))));
    return size;
}

} // namespace pdsa::ui
