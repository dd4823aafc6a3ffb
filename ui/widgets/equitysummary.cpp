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
        {tr("Measure"), tr("Groups"), tr("Furthest"), tr("Gap"), tr("Closing?")});
    // Short headings, so that they fit their columns at 200 % text; the whole question on hover.
    const QStringList questions = {tr("The measure entered by stratum"), tr("The dimension its groups belong to"),
                                   tr("The group furthest from the rest of its dimension in the latest quarter"),
                                   tr("The group's gap from the rest, in that quarter"),
                                   tr("Whether the gap is narrowing: the run-chart rules on the gap, towards zero")};
    for (int c = 0; c < questions.size(); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(questions[c]);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setStretchLastSection(false);
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

void EquitySummary::fitColumns() {
    // The columns share the width the table has, their text wrapping onto more lines rather than
    // scrolling sideways (at 200 % text the reading would be out of sight).
    const int width = m_table->viewport()->width();
    if (width <= 0)
        return;
    const double shares[] = {0.27, 0.14, 0.18, 0.19, 0.22};
    for (int c = 0; c < 5; ++c)
        m_table->setColumnWidth(c, int(width * shares[c]));
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
}

void EquitySummary::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitColumns();
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
    fitColumns();
    m_table->setVisible(!lines->empty());
    m_empty->setVisible(lines->empty());
    return {};
}

} // namespace pdsa::ui
