// SPDX-License-Identifier: Apache-2.0
#pragma once
// Draws a small line of a measure's recent values in a table cell (the "Last 12 months" column
// of the team page): the line, a dot on the latest value, and the goal as a faint dashed line
// when it falls within the drawn range. The data come from the model's sparkline role as a
// Sparkline; gaps (NaN) break the line.

#include <QStyledItemDelegate>

namespace pdsa::ui {

class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    // `role` is the model role that serves a Sparkline.
    explicit SparklineDelegate(int role, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace pdsa::ui
