// SPDX-License-Identifier: Apache-2.0
#pragma once
// The input of `pdsa chart`: a CSV file with a header and the columns x, y and, optionally, n
// (other columns are ignored; names are matched without regard to case or surrounding spaces).
// Every cell is checked and a refusal names the row and column, e.g.
//   data.csv, row 7, column y: expected a number, got "n/a"
// then the rows are aggregated to one Subgroup per distinct x, in x order (docs/chart-rules.md §1
// steps 1–3).
//
// - x is a number, or a date written YYYY-MM-DD, or a month written YYYY-MM; all rows use the
//   same kind. Dates sort in time. Rows with an empty x are dropped, as qicharts2 drops NA x.
//   (qicharts2 also accepts text labels and then turns the runs analysis off; a chart over time
//   needs an order, so text that is neither a number nor a date is refused here.)
// - An empty y or n cell is missing. Numbers are written with a decimal point ("12.5").
// - n is a denominator. It is required by p, pp, u and up charts; run, i, mr, g and t charts
//   plot Σy/Σn per x when it is present; c, xbar and s charts do not read it (a c chart plots the
//   count, xbar and s charts take their subgroup sizes from the rows sharing an x).
// - Several rows with one x: xbar and s charts use them as a subgroup; a c chart sums them;
//   otherwise, with n, Σy/Σn over the rows with both present, and without n their mean or median
//   (`aggregation`).
// - Refused: a negative denominator; for p and pp a count below 0 or above its denominator,
//   including a positive count over a zero denominator (docs/chart-rules.md §6); a negative
//   count for u, up and c charts, or a negative number of opportunities for g charts; a time
//   between events of 0 or less for t charts (§4).

#include "analysis/spc.h"
#include "util/result.h"

#include <QIODevice>
#include <QString>

#include <vector>

namespace pdsa::analysis {

enum class XKind { Number, Date, Month };

struct XValue {
    double key = 0.0; // the number, or the date's Julian day (a month: its first day)
    QString text;     // as written in the first row with this x (trimmed)
};

struct ChartData {
    XKind xKind = XKind::Number;
    bool hasDenominator = false; // an n column was read
    std::vector<XValue> x;           // one per distinct x, in order
    std::vector<Subgroup> subgroups; // parallel to x
};

// Whether a chart type reads the n column, and whether it needs one.
bool readsDenominator(ChartType type);
bool needsDenominator(ChartType type);

Result<ChartData> readChartData(QIODevice& device, const QString& source, ChartType type,
                                Aggregation aggregation = Aggregation::Mean);

} // namespace pdsa::analysis
