// SPDX-License-Identifier: Apache-2.0
#include "models/measuredatamodel.h"

#include "format.h"
#include "import/measurecsv.h"
#include "undo/commands.h"
#include "workspacedocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <map>

namespace pdsa::ui {

namespace {

QString numberText(const std::optional<double>& number) {
    return number ? QString::number(*number, 'g', 12) : QString();
}

} // namespace

MeasureDataModel::MeasureDataModel(QObject* parent) : QAbstractTableModel(parent) {}

Status MeasureDataModel::load(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId) {
    if (m_document == &document && m_teamId == teamId && m_measure.meta.id == measureId)
        return reload(); // the page reloads after every edit: keep the rows and the current cell
    auto found = document.workspace().measures.measures.find(measureId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, tr("the measure is no longer in this workspace.")};
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = &document;
    m_teamId = teamId;
    m_measure = **found;

    m_strata.clear();
    if (m_measure.stratified) {
        auto strata = document.workspace().collaborative.strata.all();
        if (!strata)
            return strata.error();
        for (const Stratum& stratum : *strata)
            if (stratum.collaborativeId == m_measure.collaborativeId)
                m_strata.push_back({stratum.meta.id, stratum.dimension, stratum.name});
    }
    auto rows = buildRows();
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(*rows);
    m_drafts.clear();
    endResetModel();
    connect(&document, &WorkspaceDocument::changed, this, [this](const Changes& changes) {
        if (!changes.touchesTeam(m_teamId))
            return;
        if (auto status = reload(); !status && m_document)
            m_document->reportError(status.error());
    });
    return {};
}

Status MeasureDataModel::reload() {
    if (!m_document)
        return {};
    auto found = m_document->workspace().measures.measures.find(m_measure.meta.id);
    if (!found)
        return found.error();
    if (*found)
        m_measure = **found;
    auto built = buildRows();
    if (!built)
        return built.error();
    std::vector<Row>& rows = *built;
    const size_t common = std::min(rows.size(), m_rows.size());
    bool prefix = true;
    for (size_t i = 0; i < common && prefix; ++i)
        prefix = rows[i].sameKey(m_rows[i]);
    if (!prefix) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return {};
    }
    // The same rows, give or take some at the end: keep the view's current cell.
    if (rows.size() < m_rows.size()) {
        beginRemoveRows({}, static_cast<int>(rows.size()), static_cast<int>(m_rows.size()) - 1);
        m_rows.resize(rows.size());
        endRemoveRows();
    }
    for (size_t i = 0; i < common; ++i)
        m_rows[i] = rows[i];
    if (common > 0)
        emit dataChanged(index(0, 0), index(static_cast<int>(common) - 1, ColumnCount - 1));
    if (rows.size() > common) {
        beginInsertRows({}, static_cast<int>(common), static_cast<int>(rows.size()) - 1);
        for (size_t i = common; i < rows.size(); ++i)
            m_rows.push_back(rows[i]);
        endInsertRows();
    }
    return {};
}

QDate MeasureDataModel::nextPeriod(const QDate& period, int steps) const {
    return m_measure.frequency == Frequency::Weekly ? period.addDays(7 * steps) : period.addMonths(steps);
}

Result<std::vector<MeasureDataModel::Row>> MeasureDataModel::buildRows() {
    auto values = m_document->workspace().measures.allValues(m_teamId, m_measure.meta.id);
    if (!values)
        return values.error();
    std::map<QDate, std::map<QUuid, MeasureValue>> byPeriod;
    for (const MeasureValue& value : *values)
        byPeriod[value.period][value.stratumId] = value;

    QDate next;
    if (byPeriod.empty()) {
        const QDate today = QDate::currentDate();
        next = m_measure.frequency == Frequency::Weekly ? today.addDays(1 - today.dayOfWeek())
                                                        : QDate(today.year(), today.month(), 1);
    } else {
        next = nextPeriod(byPeriod.rbegin()->first);
    }
    byPeriod[next]; // the empty row of the next period

    std::vector<Row> rows;
    for (const auto& [period, cells] : byPeriod) {
        const bool isNext = period == next;
        auto cellOf = [&](const QUuid& stratum) -> std::optional<MeasureValue> {
            const auto it = cells.find(stratum);
            return it == cells.end() ? std::nullopt : std::optional(it->second);
        };
        Row total{period, {}, tr("Total"), cellOf({}), {}, isNext};
        // Do the strata of each dimension add up to the total?
        if (total.value && !m_strata.empty()) {
            QStringList warnings;
            QStringList dimensions;
            for (const StratumInfo& s : m_strata)
                if (!dimensions.contains(s.dimension))
                    dimensions << s.dimension;
            for (const QString& dimension : dimensions) {
                double numerator = 0, denominator = 0, value = 0;
                bool any = false;
                for (const StratumInfo& s : m_strata) {
                    if (s.dimension != dimension)
                        continue;
                    if (const auto cell = cellOf(s.id)) {
                        any = true;
                        numerator += cell->numerator.value_or(0);
                        denominator += cell->denominator.value_or(0);
                        value += cell->value.value_or(0);
                    }
                }
                if (!any)
                    continue;
                const MeasureValue& t = *total.value;
                if (m_measure.hasDenominator()) {
                    if (numerator != t.numerator.value_or(0) || denominator != t.denominator.value_or(0))
                        warnings << tr("The %1 strata add up to %2/%3, but the total is %4/%5.")
                                        .arg(dimension, numberText(numerator), numberText(denominator),
                                             numberText(t.numerator.value_or(0)), numberText(t.denominator.value_or(0)));
                } else if (m_measure.dataKind == DataKind::Count && value != t.value.value_or(0)) {
                    warnings << tr("The %1 strata add up to %2, but the total is %3.")
                                    .arg(dimension, numberText(value), numberText(t.value.value_or(0)));
                }
            }
            total.warning = warnings.join(QLatin1Char('\n'));
        }
        rows.push_back(total);
        for (const StratumInfo& s : m_strata)
            rows.push_back(Row{period, s.id, s.name, cellOf(s.id), {}, isNext});
    }
    return rows;
}

bool MeasureDataModel::columnApplies(int column) const {
    switch (column) {
    case StratumColumn:
        return m_measure.stratified;
    case NumeratorColumn:
    case DenominatorColumn:
        return m_measure.hasDenominator();
    case ValueColumn:
        return !m_measure.hasDenominator();
    default:
        return true;
    }
}

QList<int> MeasureDataModel::editableColumns() const {
    if (m_measure.hasDenominator())
        return {NumeratorColumn, DenominatorColumn, NoteColumn};
    return {ValueColumn, NoteColumn};
}

int MeasureDataModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MeasureDataModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

// A cell's text: what it shows (DisplayRole) or what editing it starts from (EditRole).
QVariant MeasureDataModel::cellText(const Row& row, const MeasureValue* v, int column, int role) const {
    switch (column) {
    case PeriodColumn:
        if (role == Qt::EditRole)
            return Format::period(row.period, m_measure.frequency);
        return (row.stratumId.isNull() || !m_measure.stratified)
                   ? Format::period(row.period, m_measure.frequency)
                   : QString();
    case StratumColumn:
        if (role == Qt::DisplayRole && !row.warning.isEmpty())
            return tr("%1 ⚠ strata do not add up").arg(row.stratumName);
        return row.stratumName;
    case NumeratorColumn:
        return v ? numberText(v->numerator) : QString();
    case DenominatorColumn:
        return v ? numberText(v->denominator) : QString();
    case ValueColumn:
        return v ? numberText(v->value) : QString();
    case NoteColumn:
        return v ? v->note : QString();
    case PlottedColumn:
        if (!v || role == Qt::EditRole)
            return QString();
        return v->plotted(m_measure) ? Format::measureValue(m_measure, v->plotted(m_measure))
                                     : Format::dash();
    }
    return {};
}

// How a cell looks (ForegroundRole, BackgroundRole, FontRole): a draft numerator in brown
// italics, the empty next row grey, a row whose strata do not add up shaded, totals bold.
QVariant MeasureDataModel::cellLook(const Row& row, bool drafted, const MeasureValue* v, int column,
                                    int role) const {
    switch (role) {
    case Qt::ForegroundRole:
        if (drafted && column == NumeratorColumn)
            return QBrush(QColor(0x9a, 0x34, 0x12));
        if (row.next && !v)
            return QBrush(QColor(0x6b, 0x72, 0x80));
        return {};
    case Qt::BackgroundRole:
        if (!row.warning.isEmpty())
            return QBrush(QColor(0xfd, 0xf3, 0xd8));
        if (m_measure.stratified && row.stratumId.isNull())
            return QBrush(QColor(0xf3, 0xf4, 0xf6));
        return {};
    case Qt::FontRole:
        if (drafted && column == NumeratorColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (m_measure.stratified && row.stratumId.isNull()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant MeasureDataModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const auto draft = m_drafts.find(measureValueId(m_teamId, m_measure.meta.id, row.period, row.stratumId));
    const bool drafted = draft != m_drafts.end();
    const MeasureValue* v = drafted ? &draft->second : row.value ? &*row.value : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(row, v, index.column(), role);
    case Qt::TextAlignmentRole:
        if (index.column() == NumeratorColumn || index.column() == DenominatorColumn || index.column() == ValueColumn
            || index.column() == PlottedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (drafted)
            return tr("Not saved yet: a numerator needs its denominator. Type the denominator to save this "
                      "period.");
        if (!row.warning.isEmpty())
            return row.warning;
        if (row.next && index.column() == PeriodColumn)
            return tr("Type the next period's data here.");
        return {};
    case Qt::ForegroundRole:
    case Qt::BackgroundRole:
    case Qt::FontRole:
        return cellLook(row, drafted, v, index.column(), role);
    case IdRole:
        return measureValueId(m_teamId, m_measure.meta.id, row.period, row.stratumId);
    case PeriodRole:
        return row.period;
    case StratumIdRole:
        return row.stratumId;
    case WarningRole:
        return row.warning;
    case NextPeriodRole:
        return row.next;
    default:
        return {};
    }
}

Qt::ItemFlags MeasureDataModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && editableColumns().contains(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MeasureDataModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return m_measure.frequency == Frequency::Weekly ? tr("Week") : tr("Month");
    case StratumColumn:
        return tr("Stratum");
    case NumeratorColumn:
        return tr("Numerator");
    case DenominatorColumn:
        return tr("Denominator");
    case ValueColumn:
        return m_measure.unit.isEmpty() ? tr("Value") : tr("Value (%1)").arg(m_measure.unit);
    case NoteColumn:
        return tr("Note");
    case PlottedColumn:
        return m_measure.dataKind == DataKind::Proportion ? tr("Percent") : tr("Plotted");
    }
    return {};
}

QString MeasureDataModel::fieldName(int column) const {
    switch (column) {
    case NumeratorColumn:
        return tr("numerator");
    case DenominatorColumn:
        return tr("denominator");
    case ValueColumn:
        return tr("value");
    case NoteColumn:
        return tr("note");
    }
    return {};
}

MeasureValue MeasureDataModel::valueFor(const Row& row) const {
    if (const auto draft = m_drafts.find(measureValueId(m_teamId, m_measure.meta.id, row.period, row.stratumId));
        draft != m_drafts.end())
        return draft->second;
    if (row.value)
        return *row.value;
    MeasureValue value;
    value.teamId = m_teamId;
    value.measureId = m_measure.meta.id;
    value.period = row.period;
    value.stratumId = row.stratumId;
    value.meta.id = measureValueId(m_teamId, m_measure.meta.id, row.period, row.stratumId);
    return value;
}

namespace {

// Whether the only thing wrong with `value` is the denominator it does not have yet.
bool waitsForDenominator(const MeasureValue& value, const Measure& measure) {
    const bool paired = measure.dataKind == DataKind::Proportion || measure.dataKind == DataKind::Rate;
    if (!paired || !value.numerator || value.denominator)
        return false;
    MeasureValue completed = value;
    completed.denominator = std::max(1.0, *value.numerator);
    return completed.validate(measure).ok();
}

} // namespace

Status MeasureDataModel::applyText(MeasureValue& value, int column, const QString& text) const {
    if (column == NoteColumn) {
        value.note = text.trimmed();
        return {};
    }
    std::optional<double> number;
    if (!text.trimmed().isEmpty()) {
        const ValueField field = column == NumeratorColumn     ? ValueField::Numerator
                                 : column == DenominatorColumn ? ValueField::Denominator
                                                               : ValueField::Value;
        auto read = readNumber(text, m_measure.dataKind, field);
        if (!read)
            return Error{ErrorCode::Invalid, tr("%1, %2: %3")
                                                 .arg(Format::period(value.period, m_measure.frequency),
                                                      fieldName(column), read.error().message)};
        number = *read;
    }
    if (column == NumeratorColumn)
        value.numerator = number;
    else if (column == DenominatorColumn)
        value.denominator = number;
    else if (column == ValueColumn)
        value.value = number;
    return {};
}

namespace {

bool isEmptyValue(const MeasureValue& value) {
    return !value.numerator && !value.denominator && !value.value && value.note.isEmpty();
}

} // namespace

bool MeasureDataModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_document || role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    MeasureValue after = valueFor(row);
    Status status = applyText(after, index.column(), value.toString());
    if (status && !row.value && isEmptyValue(after))
        return true; // nothing typed into an empty cell
    if (status && (!row.value || !row.value->denominator) && waitsForDenominator(after, m_measure)) {
        m_drafts[after.meta.id] = after; // saved with the denominator, as one edit
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        return true;
    }
    if (status)
        status = command::setMeasureValues(*m_document, m_measure, {after},
                                           tr("Edit %1").arg(Format::period(row.period, m_measure.frequency)));
    if (status)
        m_drafts.erase(after.meta.id);
    if (!status) {
        emit editRefused(index, status.error().message);
        return false;
    }
    return true;
}

namespace {

// The pasted block's lines, without line-end carriage returns and trailing empty lines.
QStringList pastedLines(const QString& text) {
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

// The row line `i` of the block fills: the period it names (by period), or the grid's row that
// many rows under the start, a new period past the end of a grid without strata. Nothing, with a
// problem listed, otherwise.
std::optional<MeasureDataModel::Row> MeasureDataModel::pastedRow(qsizetype i, QStringList& fields,
                                                                 const PasteTarget& target,
                                                                 QStringList& problems) const {
    Row row;
    if (target.byPeriod) {
        auto period = import::parsePeriod(fields.takeFirst(), m_measure.frequency);
        if (!period) {
            problems << tr("Line %1, period: %2").arg(i + 1).arg(period.error().message);
            return std::nullopt;
        }
        row.period = *period;
        for (const Row& existing : m_rows)
            if (existing.period == *period && existing.stratumId.isNull())
                row = existing;
        return row;
    }
    const qsizetype r = target.startRow + i;
    if (r < static_cast<qsizetype>(m_rows.size())) {
        row = m_rows[static_cast<size_t>(r)];
    } else if (!m_measure.stratified) {
        row.period = nextPeriod(target.lastPeriod, static_cast<int>(r - m_rows.size() + 1));
    } else {
        problems << tr("Line %1: below the last row of the grid.").arg(i + 1);
        return std::nullopt;
    }
    return row;
}

// Reads line `i` of the block into `pasted`: its row's value with the line's cells applied and
// checked, or the problems it has.
void MeasureDataModel::pasteLine(qsizetype i, const QString& line, const PasteTarget& target,
                                 PastedCells& pasted) const {
    QStringList& problems = pasted.problems;
    QStringList fields = line.split(QLatin1Char('\t'));
    const std::optional<Row> row = pastedRow(i, fields, target, problems);
    if (!row)
        return;
    const QList<int>& editable = target.editable;
    const int firstField = target.firstField;
    if (fields.size() > editable.size() - (target.byPeriod ? 0 : firstField)) {
        problems << tr("Line %1: %2 cells, but only %3 columns to fill from here.")
                        .arg(i + 1)
                        .arg(fields.size())
                        .arg(editable.size() - (target.byPeriod ? 0 : firstField));
        return;
    }
    const QUuid id = measureValueId(m_teamId, m_measure.meta.id, row->period, row->stratumId);
    MeasureValue value = pasted.cells.count(id) ? pasted.cells[id] : valueFor(*row);
    bool ok = true;
    for (qsizetype f = 0; f < fields.size(); ++f) {
        if (auto status = applyText(value, editable[firstField + static_cast<int>(f)], fields[f]); !status) {
            problems << tr("Line %1: %2").arg(i + 1).arg(status.error().message);
            ok = false;
        }
    }
    if (!ok)
        return;
    if (auto valid = value.validate(m_measure); !valid) {
        problems << tr("Line %1: %2").arg(i + 1).arg(valid.error().message);
        return;
    }
    if (!row->value && isEmptyValue(value))
        return;
    if (!pasted.cells.count(id))
        pasted.order.push_back(id);
    pasted.cells[id] = value;
}

Status MeasureDataModel::paste(const QModelIndex& start, const QString& text) {
    if (!m_document || !start.isValid())
        return Error{ErrorCode::Invalid, tr("Choose the cell where the pasted block starts.")};
    const QStringList lines = pastedLines(text);
    if (lines.isEmpty())
        return Error{ErrorCode::Invalid, tr("The clipboard holds no text to paste.")};

    PasteTarget target;
    target.editable = editableColumns();
    target.byPeriod = start.column() == PeriodColumn && !m_measure.stratified;
    if (!target.byPeriod && !target.editable.contains(start.column()))
        return Error{ErrorCode::Invalid, m_measure.stratified
                                             ? tr("Paste into the first number column of the grid.")
                                             : tr("Paste into the month or a number column of the grid.")};
    target.firstField = target.byPeriod ? 0 : static_cast<int>(target.editable.indexOf(start.column()));
    target.startRow = start.row();
    // The last stored period, for rows pasted past the end of the grid.
    target.lastPeriod = m_rows.empty() ? QDate() : m_rows.back().period;

    PastedCells pasted; // by id, in one step
    for (qsizetype i = 0; i < lines.size(); ++i)
        pasteLine(i, lines[i], target, pasted);
    if (!pasted.problems.isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("Nothing was pasted:\n%1").arg(pasted.problems.join(QLatin1Char('\n')))};
    std::vector<MeasureValue> values;
    for (const QUuid& id : pasted.order)
        values.push_back(pasted.cells[id]);
    const int count = static_cast<int>(values.size());
    return command::setMeasureValues(*m_document, m_measure, std::move(values),
                                     count == 1 ? tr("Paste 1 row") : tr("Paste %1 rows").arg(count));
}

} // namespace pdsa::ui
