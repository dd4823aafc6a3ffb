// SPDX-License-Identifier: Apache-2.0
#include "models/teamstablemodel.h"

#include "format.h"
#include "workspace/workspace.h"

namespace pdsa::ui {

Result<std::vector<TeamsTableModel::Row>> TeamsTableModel::load(Workspace& workspace) {
    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    std::vector<Row> rows;
    for (const Team& team : *teams) {
        Row row;
        row.team = team;
        auto measures = workspace.measures.forTeam(team.meta.id);
        if (!measures)
            return measures.error();
        row.measures = static_cast<int>(measures->size());
        auto cycles = workspace.cycles.cycles.forTeam(team.meta.id);
        if (!cycles)
            return cycles.error();
        row.cycles = static_cast<int>(cycles->size());
        auto scores = workspace.work.scores.forTeam(team.meta.id); // by month, oldest first
        if (!scores)
            return scores.error();
        for (const AssessmentScore& score : *scores) // the faculty's, not the team's self-score
            if (!score.isSelfScore())
                row.latestScore = score;
        rows.push_back(std::move(row));
    }
    return rows;
}

TeamsTableModel::TeamsTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TeamsTableModel::setRows(std::vector<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TeamsTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TeamsTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamsTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TeamColumn:
            return r.team.name;
        case AgencyColumn:
            return r.team.agency;
        case CourtPartnerColumn:
            return r.team.courtPartner;
        case SiteColumn:
            return r.team.site;
        case MeasuresColumn:
            return r.measures;
        case CyclesColumn:
            return r.cycles;
        case AssessmentColumn:
            return r.latestScore ? Format::score(r.latestScore->score) : Format::dash();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case TeamColumn:
            return r.team.description.isEmpty() ? r.team.name
                                                : tr("%1\n%2").arg(r.team.name, r.team.description);
        case AgencyColumn:
            return tr("%1 (%2)").arg(r.team.agency, Format::agencyKind(r.team.agencyKind).toLower());
        case CourtPartnerColumn:
            return r.team.courtPartner;
        case SiteColumn:
            return r.team.site;
        case AssessmentColumn:
            return r.latestScore
                       ? tr("%1 in %2 (scale 1.0–5.0)")
                             .arg(Format::score(r.latestScore->score), Format::month(r.latestScore->month))
                       : tr("Not scored yet");
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == MeasuresColumn || column == CyclesColumn || column == AssessmentColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return r.team.meta.id;
    case SortRole:
        switch (column) {
        case MeasuresColumn:
            return r.measures;
        case CyclesColumn:
            return r.cycles;
        case AssessmentColumn:
            return r.latestScore ? r.latestScore->score : 0.0;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    default:
        break;
    }
    return {};
}

QVariant TeamsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case TeamColumn:
            return tr("Team");
        case AgencyColumn:
            return tr("Agency");
        case CourtPartnerColumn:
            return tr("Court partner");
        case SiteColumn:
            return tr("Site");
        case MeasuresColumn:
            return tr("Measures");
        case CyclesColumn:
            return tr("PDSA cycles");
        case AssessmentColumn:
            return tr("Assessment");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && section == AssessmentColumn)
        return tr("The latest score on the collaborative assessment scale (1.0–5.0)");
    if (role == Qt::TextAlignmentRole && section >= MeasuresColumn)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace pdsa::ui
