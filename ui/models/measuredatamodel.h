// SPDX-License-Identifier: Apache-2.0
#pragma once
// The data grid of one team's measure: periods down (oldest first, then one empty row for the
// next period, where the next month's data are typed), and numerator, denominator (or value) and
// note across. A stratified measure has a row per stratum under each period's total; a total
// that its strata (of one dimension) do not add up to carries a warning (WarningRole, tooltip).
//
// Edits go through the undo facade (undo/measurecommands.h): setData() edits one cell; paste()
// a tab-separated block, as Excel and LibreOffice copy it, in one undo step. A refused edit
// (not a number, negative, numerator above denominator) changes nothing: setData() returns
// false and editRefused() says why, for the view to show at the cell. The model reloads itself
// when the document changes, keeping its rows (and the view's current cell) where it can.

#include "domain/measure.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <map>
#include <optional>
#include <vector>

namespace pdsa::ui {

class WorkspaceDocument;

class MeasureDataModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PeriodColumn, StratumColumn, NumeratorColumn, DenominatorColumn, ValueColumn, NoteColumn,
                  PlottedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PeriodRole, StratumIdRole, WarningRole, NextPeriodRole };

    explicit MeasureDataModel(QObject* parent = nullptr);

    Status load(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId);
    const Measure& measure() const { return m_measure; }
    // Whether the column applies to this measure (the view hides the others).
    bool columnApplies(int column) const;
    // The editable columns in order: numerator, denominator, note (or value, note).
    QList<int> editableColumns() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Pastes tab-separated rows (decimal commas welcome) from `start` down and across the
    // editable columns; starting in the period column of an unstratified measure, each line's
    // first cell is its period. All or nothing, one undo step; the Error lists the problems.
    Status paste(const QModelIndex& start, const QString& text);

signals:
    void editRefused(const QModelIndex& index, const QString& message);

private:
    struct Row {
        QDate period;
        QUuid stratumId;
        QString stratumName;
        std::optional<MeasureValue> value;
        QString warning;
        bool next = false; // the empty row of the next period
        bool sameKey(const Row& other) const { return period == other.period && stratumId == other.stratumId; }
    };
    struct StratumInfo {
        QUuid id;
        QString dimension;
        QString name;
    };

    Status reload();
    Result<std::vector<Row>> buildRows();
    QDate nextPeriod(const QDate& period, int steps = 1) const;
    MeasureValue valueFor(const Row& row) const;
    Status applyText(MeasureValue& value, int column, const QString& text) const;
    QString fieldName(int column) const;
    // Where a pasted block goes: by period (the first cell of each line names it) or from the
    // start cell down, into the editable columns from `firstField` on.
    struct PasteTarget {
        QList<int> editable;
        bool byPeriod = false;
        int firstField = 0;
        int startRow = 0;
        QDate lastPeriod;
    };
    // The cells a paste writes (in the block's order) or the problems that stop it.
    struct PastedCells {
        std::map<QUuid, MeasureValue> cells;
        std::vector<QUuid> order;
        QStringList problems;
    };
    std::optional<Row> pastedRow(qsizetype i, QStringList& fields, const PasteTarget& target,
                                 QStringList& problems) const;
    void pasteLine(qsizetype i, const QString& line, const PasteTarget& target, PastedCells& pasted) const;
    // data()'s parts: a cell's text, and how it looks.
    QVariant cellText(const Row& row, const MeasureValue* v, int column, int role) const;
    QVariant cellLook(const Row& row, bool drafted, const MeasureValue* v, int column, int role) const;

    QPointer<WorkspaceDocument> m_document;
    QUuid m_teamId;
    Measure m_measure;
    std::vector<StratumInfo> m_strata;
    std::vector<Row> m_rows;
    // Numerators typed before their denominators, by value id: core refuses a numerator without
    // its denominator, so the grid holds it (shown, marked "not saved yet") until the denominator
    // is typed, and then saves both as one edit.
    std::map<QUuid, MeasureValue> m_drafts;
};

} // namespace pdsa::ui
