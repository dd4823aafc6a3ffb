// SPDX-License-Identifier: Apache-2.0
#pragma once
// An item delegate that gives every row at least a comfortable height (a multiple of the font
// height), so that trees line up with the tables beside them and stay easy to hit at any text
// size. Drawing is the standard delegate's.

#include <QStyledItemDelegate>

namespace pdsa::ui {

class RowHeightDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    // `factor` × the font height, e.g. 1.6.
    explicit RowHeightDelegate(qreal factor, QObject* parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    qreal m_factor;
};

} // namespace pdsa::ui
