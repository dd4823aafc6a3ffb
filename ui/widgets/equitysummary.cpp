// SPDX-License-Identifier: Apache-2.0
#include "widgets/equitysummary.h"

#include "charts/disparitylayout.h"
#include "equity/disparityloader.h"
#include "format.h"
#include "workspacedocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pdsa::ui {

EquitySummary::EquitySummary(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Measure"), tr("Groups by"), tr("Furthest from the rest"), tr("Gap"), tr("Is it closing?")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Equity summary"));
    m_table->setToolTip(tr("Double-click a row to open the measure's disparity view."));
    layout->addWidget(m_table);
    m_empty = new QLabel(tr("No measure is entered by stratum yet, so there is no gap between groups to show. A "
                            "measure's definition says whether its data are entered per group (race/ethnicity, "
                            "age group)."),
                         this);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        const QTableWidgetItem* item = m_table->item(row, 0);
        if (item)
            emit measureActivated(item->data(Qt::UserRole).toUuid(), m_table->item(row, 1)->text());
    });
}

int EquitySummary::rowCount() const {
    return m_table->rowCount();
}

Status EquitySummary::load(WorkspaceDocument& document, const QUuid& teamId) {
    auto lines = equity::equitySummary(document.workspace(), teamId);
    if (!lines)
        return lines.error();
    m_table->setRowCount(int(lines->size()));
    for (std::size_t r = 0; r < lines->size(); ++r) {
        const equity::EquityLine& line = (*lines)[r];
        QString gap = Format::dash(), closing = tr("no window with data for both yet"), group = Format::dash();
        if (line.furthest && line.difference) {
            group = line.furthest->stratum.name;
            gap = tr("%1 in %2").arg(gapText(line.measure, *line.difference), line.window);
            if (line.small)
                gap += tr(" (small numbers)");
            closing = line.gap;
        }
        const QStringList cells = {line.measure.name, line.dimension, group, gap, closing};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (c == 0)
                item->setData(Qt::UserRole, line.measure.meta.id);
            m_table->setItem(int(r), c, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Long measure and group names are elided (their tooltips hold them whole), so that the gap and
    // its reading stay in view.
    const int character = fontMetrics().averageCharWidth();
    for (const auto& [column, characters] : {std::pair(0, 30), std::pair(2, 22), std::pair(3, 26)})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), character * characters + 12));
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() +
                 m_table->horizontalScrollBar()->sizeHint().height();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
    m_table->setVisible(!lines->empty());
    m_empty->setVisible(lines->empty());
    return {};
}

} // namespace pdsa::ui
