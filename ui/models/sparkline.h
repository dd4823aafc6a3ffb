// SPDX-License-Identifier: Apache-2.0
#pragma once
// The plain data a sparkline cell draws: the last months of a measure (NaN where a month has no
// value), the goal, and which direction counts as improvement. Served by MeasuresTableModel under
// its SparklineRole and drawn by SparklineDelegate.

#include <QList>
#include <QMetaType>

#include <optional>

namespace pdsa::ui {

struct Sparkline {
    QList<double> values;
    std::optional<double> goal;
    bool higherIsBetter = true;
};

} // namespace pdsa::ui

Q_DECLARE_METATYPE(pdsa::ui::Sparkline)
