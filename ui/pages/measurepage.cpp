// SPDX-License-Identifier: Apache-2.0
#include "pages/measurepage.h"

#include "charts/disparitypanel.h"
#include "charts/measurechartpanel.h"
#include "equity/disparityloader.h"

#include "format.h"
#include "dialogs/importmeasuredatadialog.h"
#include "dialogs/measuredialog.h"
#include "models/measuredatamodel.h"
#include "widgets/commentspanel.h"
#include "widgets/fieldgrid.h"
#include "widgets/measuredatagrid.h"
#include "widgets/ownershipbanner.h"
#include "widgets/pageheader.h"
#include "widgets/section.h"
#include "undo/commands.h"
#include "workspacedocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace pdsa::ui {

MeasurePage::MeasurePage(QWidget* parent)
    : Page(Scrolling::Page, parent)
    , m_dataModel(new MeasureDataModel(this)) {
    setObjectName(QStringLiteral("measurePage"));
    setAccessibleName(tr("Measure"));

    m_banner = new OwnershipBanner(this);
    contentLayout()->addWidget(m_banner);

    Section* chart = addSection(tr("Chart"));
    m_chart = new MeasureChartPanel(chart);
    chart->addWidget(m_chart);
    connect(m_chart, &MeasureChartPanel::cycleActivated, this,
            [this](const QUuid& team, const QUuid& cycle) { emit navigateRequested(NavigationTarget::cycle(team, cycle)); });

    m_editButton = new QPushButton(tr("&Edit definition…"), this);
    m_editButton->setObjectName(QStringLiteral("editMeasureButton"));
    header()->addButton(m_editButton);
    connect(m_editButton, &QPushButton::clicked, this, &MeasurePage::editDefinition);

    // Equity: the gap between groups of children, for measures entered by stratum.
    m_equitySection = addSection(tr("Equity: the gap between groups"));
    m_equitySection->setCaption(tr("Which group lags the rest, by how much, and whether the gap is closing. "
                                   "Counts are pooled per quarter by default: monthly counts per group are small."));
    m_disparity = new DisparityPanel(m_equitySection);
    m_equitySection->addWidget(m_disparity);

    m_comments = new CommentsPanel(addSection(tr("Coach comments")));

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

    m_valuesSection = addSection(tr("Data"));
    m_valuesSection->setCaption(
        tr("Type a number and press Enter to go down, Tab to go across; paste a block copied from a "
           "spreadsheet with Ctrl+V. The last row is the next period."));
    auto* actions = new QHBoxLayout;
    m_importButton = new QPushButton(tr("&Import data from CSV…"), m_valuesSection);
    m_importButton->setObjectName(QStringLiteral("importDataButton"));
    m_importButton->setToolTip(tr("Read this measure's data from a CSV file, with a preview before anything is written"));
    connect(m_importButton, &QPushButton::clicked, this, &MeasurePage::importData);
    actions->addWidget(m_importButton);
    actions->addStretch(1);
    m_valuesSection->addLayout(actions);
    m_dataGrid = new MeasureDataGrid(m_valuesSection);
    m_dataGrid->setObjectName(QStringLiteral("valuesView"));
    m_dataGrid->setDataModel(m_dataModel);
    m_valuesSection->addWidget(m_dataGrid);
    m_dataMessage = new QLabel(m_valuesSection);
    m_dataMessage->setObjectName(QStringLiteral("dataMessage"));
    m_dataMessage->setWordWrap(true);
    m_dataMessage->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_dataMessage->hide();
    connect(m_dataGrid, &MeasureDataGrid::messageChanged, this, [this](const QString& message) {
        m_dataMessage->setText(message);
        m_dataMessage->setVisible(!message.isEmpty());
    });
    m_valuesSection->addWidget(m_dataMessage);
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

    PDSA_TRY(m_chart->load(document, target.teamId, measure.meta.id));
    const bool comparable = !target.teamId.isNull() && equity::checkComparable(measure).ok();
    m_equitySection->setVisible(comparable);
    if (comparable)
        PDSA_TRY(m_disparity->load(document, target.teamId, measure.meta.id,
                                   {m_chart->chartData().markers, m_chart->chartData().setting.phaseStarts}));
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

    m_document = &document;
    m_teamId = target.teamId;
    // A coach comments on a measure of a team (a shared one under the team it is about).
    PDSA_TRY(m_comments->load(document, {target.teamId, SubjectKind::Measure, target.teamId.isNull() ? QUuid() : measure.meta.id},
                              m_today.isValid() ? m_today : QDate::currentDate()));
    m_readOnlyReason = document.readOnlyReason(target.teamId);
    m_banner->setArrival(document.arrivedFrom(Owner::ofTeam(target.teamId)));
    const bool viewOnly = measure.isShared() || !m_readOnlyReason.isEmpty();
    m_editButton->setText(viewOnly ? tr("View &definition…") : tr("&Edit definition…"));
    m_editButton->setToolTip(
        measure.isShared()
            ? tr("A shared measure: its definition belongs to the collaborative; the team enters its data")
        : viewOnly ? m_readOnlyReason
                   : tr("Change the measure's name, definitions, kind of data, goal and baseline"));
    OwnershipBanner::setLocked(m_importButton, m_readOnlyReason);
    m_dataGrid->setReadOnlyReason(m_readOnlyReason);
    m_valuesSection->setCaption(
        m_readOnlyReason.isEmpty()
            ? tr("Type a number and press Enter to go down, Tab to go across; paste a block copied from a "
                 "spreadsheet with Ctrl+V. The last row is the next period.")
            : tr("Read-only: this data came with the team's bundle. Select a cell and press Ctrl+C to "
                 "copy it."));
    PDSA_TRY(m_dataModel->load(document, target.teamId, measure.meta.id));
    m_dataMessage->hide();
    return {};
}

void MeasurePage::editDefinition() {
    if (!m_document)
        return;
    const Measure measure = m_dataModel->measure();
    const bool viewOnly = measure.isShared() || !m_readOnlyReason.isEmpty();
    MeasureDialog dialog(measure, viewOnly, this);
    while (dialog.exec() == QDialog::Accepted && !viewOnly) {
        auto status = command::saveMeasure(*m_document, dialog.measure(), true);
        if (status)
            return;
        QMessageBox::warning(this, tr("Cannot save the measure"), status.error().message);
    }
}

void MeasurePage::importData() {
    if (!m_document || !m_readOnlyReason.isEmpty())
        return;
    ImportMeasureDataDialog dialog(*m_document, m_teamId, m_dataModel->measure(), this);
    dialog.exec();
}

} // namespace pdsa::ui
