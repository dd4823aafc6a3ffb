// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a team chose for its chart of one measure, remembered per team and measure: the chart
// type, the rule set, the baseline (freeze), where new phases start, a fixed centre line, whether
// two-sigma lines show, and how a stratified measure is drawn. Owned by the team. Its id is
// derived from team and measure (chartSettingId), so there is one per pair everywhere.

#include "domain/charttypes.h"
#include "domain/record.h"

#include <QDate>
#include <QList>

#include <optional>

namespace pdsa {

enum class StratifiedView { Total, Lines, Multiples };
PDSA_ENUM_NAMES(StratifiedView, {StratifiedView::Total, "total"}, {StratifiedView::Lines, "lines"},
                {StratifiedView::Multiples, "multiples"});

struct ChartSetting {
    RecordMeta meta;
    QUuid teamId;
    QUuid measureId;
    analysis::ChartType chartType = analysis::ChartType::Run;
    analysis::RuleSet ruleSet = analysis::RuleSet::Ihi;
    std::optional<int> baselinePoints; // freeze: centre and limits from the first N points of each phase
    QList<QDate> phaseStarts;          // the first period of each phase after the first
    std::optional<double> fixedCentre; // in the plotted unit
    bool twoSigma = false;
    StratifiedView stratifiedView = StratifiedView::Total;
    bool operator==(const ChartSetting&) const = default;
};

QUuid chartSettingId(const QUuid& teamId, const QUuid& measureId);

} // namespace pdsa
