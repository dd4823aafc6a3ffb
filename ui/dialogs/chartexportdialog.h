// SPDX-License-Identifier: Apache-2.0
#pragma once
// The questions before a chart is exported: its size and, for a chart that shows groups' counts,
// whether to include their small numbers (left out by default, as agencies' cell-size rules
// require; docs/equity-methods.md §5).

#include <QSize>
#include <QString>

#include <optional>

class QWidget;

namespace pdsa::ui {

struct ChartExportChoice {
    QSize size;
    bool includeSmall = false;
};

// Asks; nothing when the person cancels. `smallNumbersNote` empty: no small-numbers choice.
std::optional<ChartExportChoice> askChartExport(QWidget* parent, const QString& title, const QSize& initial,
                                                const QString& smallNumbersNote);

} // namespace pdsa::ui
