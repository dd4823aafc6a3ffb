#include "pages/measurepage.h"

#include "format.h"
#include "models/measurevaluesmodel.h"
#include "widgets/fieldgrid.h"
#include "widgets/fittedtableview.h"
#include "widgets/pageheader.h"
#include "widgets/section.h"
#include "workspacedocument.h"

#include <QHeaderView>
#include <QLabel>

namespace pdsa::ui {

MeasurePage::MeasurePage(QWidget* parent)
    : Page(Scrolling::Page, parent)
    , m_valuesModel(new MeasureValuesModel(this)) {
    setObjectName(QStringLiteral("measurePage"));
    setAccessibleName(tr("Measure"));

    Section* definition = addSection(tr("Definition"));
    m_definition = new FieldGrid(definition);
    m_type = m_definition->addRow(tr("Type"));
    m_operational = m_definition->addRow(tr("Operational definition"));
    m_numerator = m_definition->addRow(tr("Numerator"));
    m_denominator = m_definition->addRow(tr("Denominator"));
    m_source = m_definition->addRow(tr("Data source"));
    m_frequency = m_definition->addRow(tr("Frequency"));
    m_kind = m_definition->addRow(tr("Kind of data"));
    m_improvement = m_definition->addRow(tr("Improvement"));
    m_goal = m_definition->addRow(tr("Goal"));
    m_baseline = m_definition->addRow(tr("Baseline"));
    m_strata = m_definition->addRow(tr("Disaggregated by"));
    definition->addWidget(m_definition);

    m_valuesSection = addSection(tr("Latest values"));
    m_valuesView = new FittedTableView(m_valuesSection);
    m_valuesView->setObjectName(QStringLiteral("valuesView"));
    m_valuesView->setAccessibleName(tr("Latest values"));
    m_valuesView->setModel(m_valuesModel);
    QHeaderView* header = m_valuesView->horizontalHeader();
    header->setStretchLastSection(true);
    for (int c : {MeasureValuesModel::PeriodColumn, MeasureValuesModel::NumeratorColumn,
                  MeasureValuesModel::DenominatorColumn, MeasureValuesModel::ValueColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_valuesSection->addWidget(m_valuesView);
    m_valuesSection->setEmptyText(
        tr("No values yet — they appear here when the team enters its first period of "
           "data."));
    finishContent();
}

Status MeasurePage::load(WorkspaceDocument& document, const NavigationTarget& target) {
    Workspace& workspace = document.workspace();
    auto found = workspace.measures.measures.find(target.id);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, tr("the measure is no longer in this workspace.")};
    const Measure& measure = **found;
    auto team = workspace.teams.teams.find(target.teamId);
    if (!team)
        return team.error();

    header()->setTitle(measure.name);
    QStringList subtitle{Format::measureTypeLong(measure.type)};
    if (*team)
        subtitle << (*team)->name;
    subtitle << (measure.isShared() ? tr("shared measure of the collaborative")
                                    : tr("the team's own measure"));
    header()->setSubtitle(subtitle.join(QStringLiteral(" · ")));

    FieldGrid::setValue(m_type, Format::measureTypeLong(measure.type));
    FieldGrid::setValue(m_operational, measure.operationalDefinition);
    FieldGrid::setValue(m_numerator, measure.numeratorDefinition);
    FieldGrid::setValue(m_denominator, measure.denominatorDefinition);
    m_definition->setRowVisible(m_numerator, measure.hasDenominator());
    m_definition->setRowVisible(m_denominator, measure.hasDenominator());
    FieldGrid::setValue(m_source, measure.dataSource);
    FieldGrid::setValue(m_frequency, Format::frequency(measure.frequency));
    FieldGrid::setValue(m_kind, Format::dataKind(measure));
    FieldGrid::setValue(m_improvement, Format::improvement(measure.improvement));
    FieldGrid::setValue(m_goal, measure.goal ? Format::goal(measure) : QString(), tr("No goal set"));
    FieldGrid::setValue(m_baseline,
                        measure.baselineStart.isValid()
                            ? Format::monthRange(measure.baselineStart, measure.baselineEnd)
                            : QString(),
                        tr("No baseline period set"));

    if (measure.stratified) {
        auto strata = workspace.collaborative.strata.all();
        if (!strata)
            return strata.error();
        QStringList dimensions;
        for (const Stratum& stratum : *strata)
            if (!dimensions.contains(stratum.dimension))
                dimensions << stratum.dimension;
        FieldGrid::setValue(m_strata, dimensions.join(tr(", ")));
    }
    m_definition->setRowVisible(m_strata, measure.stratified);

    auto values = workspace.measures.series(target.teamId, measure.meta.id);
    if (!values)
        return values.error();
    m_valuesSection->setEmpty(values->empty());
    m_valuesSection->setTitle(values->empty() ? tr("Latest values")
                                              : tr("Latest values (%1 periods)").arg(values->size()));
    const bool denominators = measure.hasDenominator();
    m_valuesModel->setValues(measure, std::move(*values));
    m_valuesView->setColumnHidden(MeasureValuesModel::NumeratorColumn, !denominators);
    m_valuesView->setColumnHidden(MeasureValuesModel::DenominatorColumn, !denominators);
    return {};
}

} // namespace pdsa::ui
