// SPDX-License-Identifier: Apache-2.0
#include "models/cyclefilterproxymodel.h"

#include "models/cyclelistmodel.h"

namespace pdsa::ui {

CycleFilterProxyModel::CycleFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(CycleListModel::SortRole);
}

void CycleFilterProxyModel::setCycleModel(CycleListModel* model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    // The matcher reads the model's names: prepare it again before the proxy re-filters.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_matcher.reset(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { prepare(); });
    prepare();
    setSourceModel(model);
}

void CycleFilterProxyModel::setFilter(const cycles::CycleFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    prepare();
    invalidateFilter();
}

void CycleFilterProxyModel::prepare() {
    m_matcher.reset();
    if (m_model)
        m_matcher.emplace(m_filter, m_model->names());
}

bool CycleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid() || !m_model)
        return false;
    if (!m_matcher)
        return true;
    return m_matcher->matches(m_model->cycle(sourceRow), m_model->haystack(sourceRow));
}

} // namespace pdsa::ui
