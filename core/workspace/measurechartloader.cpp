// SPDX-License-Identifier: Apache-2.0
#include "workspace/measurechartloader.h"

#include "workspace/workspace.h"

namespace pdsa {

Result<analysis::MeasureChart> loadMeasureChart(Workspace& workspace, const QUuid& teamId, const QUuid& measureId,
                                               const QDate& upTo)
{
    analysis::MeasureChartInput input;
    auto measure = workspace.measures.measures.find(measureId);
    if (!measure)
        return measure.error();
    if (!*measure)
        return Error{ErrorCode::NotFound, QStringLiteral("the measure is no longer in this workspace")};
    input.measure = **measure;
    auto setting = workspace.measures.chartSetting(teamId, measureId);
    if (!setting)
        return setting.error();
    input.setting = *setting;
    auto values = workspace.measures.allValues(teamId, measureId);
    if (!values)
        return values.error();
    input.values = std::move(*values);
    if (upTo.isValid())
        std::erase_if(input.values, [&](const MeasureValue& value) { return value.period > upTo; });
    if (input.measure.stratified) {
        auto strata = workspace.collaborative.strata.all();
        if (!strata)
            return strata.error();
        input.strata = std::move(*strata);
    }
    auto annotations = workspace.work.annotationsFor(teamId, measureId);
    if (!annotations)
        return annotations.error();
    input.annotations = std::move(*annotations);
    auto cycles = workspace.cycles.cycles.forTeam(teamId);
    if (!cycles)
        return cycles.error();
    input.cycles = std::move(*cycles);
    return analysis::buildMeasureChart(input);
}

} // namespace pdsa
