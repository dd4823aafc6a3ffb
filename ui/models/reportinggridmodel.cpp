// SPDX-License-Identifier: Apache-2.0
#include "models/reportinggridmodel.h"

#include "format.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace pdsa::ui {

ReportingGridModel::ReportingGridModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ReportingGridModel::setRows(const std::vector<coaching::ReportingRow>& rows) {
    beginResetModel();
    m_cells = rows;
    m_teams.clear();
    m_months.clear();
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i == 0 || rows[i].teamId != rows[i - 1].teamId)
            m_teams.push_back(rows[i].team);
        if (m_teams.size() == 1)
            m_months.push_back(rows[i].month);
    }
    m_atFour.assign(m_months.size(), 0);
    m_anyScore.assign(m_months.size(), false);
    for (size_t i = 0; i < m_cells.size() && !m_months.empty(); ++i)
        if (const auto& score = m_cells[i].facultyScore) {
            m_anyScore[i % m_months.size()] = true;
            m_atFour[i % m_months.size()] += *score >= 4.0;
        }
    endResetModel();
}

const coaching::ReportingRow& ReportingGridModel::cell(int team, int month) const {
    return m_cells[size_t(team) * m_months.size() + size_t(month)];
}

QString ReportingGridModel::cellText(coaching::ReportStatus status) {
    switch (status) {
    case coaching::ReportStatus::Submitted:
        //: A report sent on time, in the reporting grid's narrow cell
        return tr("✓");
    case coaching::ReportStatus::Late:
        //: A report sent after its due date, in the reporting grid's narrow cell
        return tr("late");
    case coaching::ReportStatus::Missing:
        //: A report not sent by its due date, in the reporting grid's narrow cell
        return tr("✗");
    case coaching::ReportStatus::Due:
        return tr("due");
    case coaching::ReportStatus::NotDue:
        return {};
    }
    return {};
}

int ReportingGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_teams.empty() ? 0 : int(m_teams.size()) + 1;
}

int ReportingGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_months.size()) + 1;
}

QString ReportingGridModel::tooltip(const coaching::ReportingRow& r) const {
    QString status;
    switch (r.report) {
    case coaching::ReportStatus::Submitted:
        status = tr("Report sent on %1, on time (due %2).").arg(Format::date(r.submittedOn), Format::date(r.due));
        break;
    case coaching::ReportStatus::Late:
        status = tr("Report sent late, on %1 (due %2).").arg(Format::date(r.submittedOn), Format::date(r.due));
        break;
    case coaching::ReportStatus::Missing:
        status = tr("No report sent; it was due %1.").arg(Format::date(r.due));
        break;
    case coaching::ReportStatus::Due:
        status = tr("Report due %1.").arg(Format::date(r.due));
        break;
    case coaching::ReportStatus::NotDue:
        status = tr("The month is not over yet; its report is due %1.").arg(Format::date(r.due));
        break;
    }
    QStringList lines{QStringLiteral("%1 — %2").arg(r.team, Format::month(r.month)), status,
                      tr("Shared measures entered: %1 of %2.").arg(r.measuresEntered).arg(r.measuresExpected)};
    if (r.facultyScore || r.selfScore)
        lines << tr("Faculty score %1 · self-score %2.")
                     .arg(r.facultyScore ? QString::number(*r.facultyScore, 'f', 1) : tr("not given"),
                          r.selfScore ? QString::number(*r.selfScore, 'f', 1) : tr("not given"));
    return lines.join(QLatin1Char('\n'));
}

QVariant ReportingGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    if (row == successRow()) {
        if (column == 0)
            return role == Qt::DisplayRole ? QVariant(tr("Teams at 4.0 or above")) : QVariant();
        const size_t month = size_t(column - 1);
        switch (role) {
        case Qt::DisplayRole:
            return m_anyScore[month] ? QVariant(m_atFour[month]) : QVariant(QStringLiteral("–"));
        case Qt::ToolTipRole:
            return m_anyScore[month] ? tr("%n team(s) with a faculty score of 4.0 or above in %1.", nullptr, m_atFour[month])
                                           .arg(Format::month(m_months[month]))
                                     : tr("No faculty score yet for %1.").arg(Format::month(m_months[month]));
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        default:
            return {};
        }
    }
    if (column == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return m_teams[size_t(row)];

        case TeamIdRole:
            return cell(row, 0).teamId;
        default:
            return {};
        }
    }
    const coaching::ReportingRow& r = cell(row, column - 1);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(r.report);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tooltip(r);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        // Colour only repeats what the symbol and the word say.
        switch (r.report) {
        case coaching::ReportStatus::Late:
            return QBrush(QColor(0x9a, 0x58, 0x00));
        case coaching::ReportStatus::Missing:
            return QBrush(QColor(0xb0, 0x00, 0x20));
        default:
            return {};
        }
    case StatusRole:
        return int(r.report);
    case TeamIdRole:
        return r.teamId;
    default:
        return {};
    }
}

QVariant ReportingGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Team")) : QVariant();
    const QDate& month = m_months[size_t(section - 1)];
    switch (role) {
    case Qt::DisplayRole:
        //: A month's column in the reporting grid: "Mar" over "25"
        return QLocale().toString(month, QStringLiteral("MMM\nyy"));
    case Qt::ToolTipRole:
        return Format::month(month);
    default:
        return {};
    }
}

} // namespace pdsa::ui
