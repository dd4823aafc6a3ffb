// SPDX-License-Identifier: Apache-2.0
#pragma once
// Filters and sorts a CycleListModel by a cycles::CycleFilter (teams, change ideas, driver,
// status, decision, dates, search words). The filter is prepared once per change (a
// CycleMatcher) and each row is matched against the haystack the source model precomputed, so
// filtering as the user types stays instant on thousands of cycles.

#include "cycles/cyclefilter.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace pdsa::ui {

class CycleListModel;

class CycleFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CycleFilterProxyModel(QObject* parent = nullptr);

    // The source must be a CycleListModel.
    void setCycleModel(CycleListModel* model);
    void setFilter(const cycles::CycleFilter& filter);
    const cycles::CycleFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void prepare();

    CycleListModel* m_model = nullptr;
    cycles::CycleFilter m_filter;
    std::optional<cycles::CycleMatcher> m_matcher;
};

} // namespace pdsa::ui
