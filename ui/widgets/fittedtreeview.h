// SPDX-License-Identifier: Apache-2.0
#pragma once
// The tree counterpart of FittedTableView, for trees inside a scrolling page (the change
// package): it asks for the height of its expanded rows and follows expanding and collapsing.

#include <QTreeView>

namespace pdsa::ui {

class FittedTreeView : public QTreeView {
    Q_OBJECT

public:
    explicit FittedTreeView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int visibleRowCount(const QModelIndex& parent) const;
};

} // namespace pdsa::ui
