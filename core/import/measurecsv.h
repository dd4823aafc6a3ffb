// SPDX-License-Identifier: Apache-2.0
#pragma once
// CSV import of one team's data for one measure (docs/csv-import.md describes the file).
//
// Import is parse → staged data → a plan the user can preview → one transaction:
//   planMeasureImport() reads the device, checks every row and compares each cell with what the
//   workspace holds (new / changed / unchanged), writing nothing; every problem found is listed
//   with its row and column and what was expected. applyMeasureImport() writes a plan that has
//   no problems in one transaction.
//
// The text may be UTF-8 (with or without a byte-order mark) or, when it is not valid UTF-8,
// Windows-1252; the separator is a comma or a semicolon (whichever the header row uses); numbers
// may use a decimal comma. An empty cell leaves the stored field as it is: an import never
// erases what a team entered.

#include "domain/measure.h"
#include "util/result.h"

#include <QIODevice>
#include <QStringList>

#include <optional>
#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::import {

enum class CellChange { New, Changed, Unchanged };

struct PlannedCell {
    int row = 0; // the file's row, as a spreadsheet numbers it
    CellChange change = CellChange::New;
    QString stratumName; // empty for the total
    MeasureValue value;  // what the cell becomes
    std::optional<MeasureValue> old;
};

struct ImportPlan {
    QString source;
    QString encoding;    // "UTF-8" or "Windows-1252"
    QChar separator;     // ',' or ';'
    std::vector<PlannedCell> cells; // in the file's order
    QStringList problems;            // "data.csv, row 4, column numerator: expected a number ..."

    bool ok() const { return problems.isEmpty(); }
    int count(CellChange change) const;
};

// Reads and checks the file for `teamId`'s data of `measure`; writes nothing. An error only when
// the workspace cannot be read; problems with the file are listed in the plan.
Result<ImportPlan> planMeasureImport(QIODevice& device, const QString& source, Workspace& workspace,
                                     const Measure& measure, const QUuid& teamId);

// Writes the new and changed cells in one transaction; refuses a plan with problems (and then
// writes nothing). Returns the number of cells written.
Result<int> applyMeasureImport(Workspace& workspace, const ImportPlan& plan);

// Helpers shared with the data grid's paste: a number as a person types it ("12", "12,5", "12.5",
// " 1 234 "); a period as written in a spreadsheet ("2025-03", "03/2025", "Mar 2025", "March 2025",
// "2025-03-17"), normalised to the first of the month (monthly) or the Monday (weekly).
std::optional<double> parseNumber(const QString& text);
// Returns the period, or the error text saying what was expected.
Result<QDate> parsePeriod(const QString& text, Frequency frequency);

} // namespace pdsa::import
