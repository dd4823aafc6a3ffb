// SPDX-License-Identifier: Apache-2.0
#pragma once
// The table view for tables that sit inside a scrolling page: it asks for exactly the height of
// its rows (no inner vertical scroll bar competing with the page's), grows and shrinks as the
// model changes, and activates a row with Enter or a double-click (activated()). Common
// settings live here so that every table on every page looks and behaves the same: alternating
// rows, whole-row selection, no grid, comfortable fixed row heights, elided text with the
// model's tooltips.

#include <QTableView>

namespace pdsa::ui {

class FittedTableView : public QTableView {
    Q_OBJECT

public:
    explicit FittedTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyRowHeight();
};

} // namespace pdsa::ui
