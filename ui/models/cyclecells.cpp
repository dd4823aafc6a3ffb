// SPDX-License-Identifier: Apache-2.0
#include "models/cyclecells.h"

#include "format.h"
#include "theme.h"

#include <QCoreApplication>

namespace pdsa::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::CycleCells)
};

} // namespace

QVariant cycleCellData(const PdsaCycle& c, CycleCell cell, int role, int sortRole) {
    if (role == Qt::DisplayRole) {
        switch (cell) {
        case CycleCell::Title:
            return c.title;
        case CycleCell::Status:
            return Format::status(c.status);
        case CycleCell::Decision:
            return Format::decision(c.decision);
        case CycleCell::Dates:
            return Format::dateRange(c.startDate, c.endDate);
        case CycleCell::Scale:
            return Format::scale(c.scaleCount, c.scaleUnit);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (cell) {
        case CycleCell::Title:
            return c.objective.isEmpty() ? c.title : Text::tr("%1\n\n%2").arg(c.title, c.objective);
        case CycleCell::Decision:
            return c.nextStep.isEmpty() ? QVariant() : QVariant(c.nextStep);
        case CycleCell::Dates:
            return Format::dateRange(c.startDate, c.endDate);
        default:
            break;
        }
    } else if (role == Qt::ForegroundRole) {
        if (cell == CycleCell::Decision && c.decision != Decision::None)
            return Theme::decisionColor(c.decision);
        if (cell == CycleCell::Status)
            return Theme::statusColor(c.status);
    } else if (role == Qt::TextAlignmentRole) {
        if (cell == CycleCell::Scale)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == sortRole) {
        switch (cell) {
        case CycleCell::Title:
            return c.title.toLower();
        case CycleCell::Status:
            return static_cast<int>(c.status);
        case CycleCell::Decision:
            return static_cast<int>(c.decision);
        case CycleCell::Dates:
            return c.startDate;
        case CycleCell::Scale:
            return c.scaleCount.value_or(-1); // no scale before a scale of 0
        }
    }
    return {};
}

QVariant cycleCellHeader(CycleCell cell, int role) {
    if (role == Qt::TextAlignmentRole && cell == CycleCell::Scale)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (cell) {
    case CycleCell::Title:
        return Text::tr("PDSA cycle");
    case CycleCell::Status:
        return Text::tr("Status");
    case CycleCell::Decision:
        return Text::tr("Decision");
    case CycleCell::Dates:
        return Text::tr("Dates");
    case CycleCell::Scale:
        return Text::tr("Scale");
    }
    return {};
}

} // namespace pdsa::ui
