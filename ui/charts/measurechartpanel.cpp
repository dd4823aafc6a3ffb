// SPDX-License-Identifier: Apache-2.0
#include "charts/measurechartpanel.h"

#include "charts/measurechartview.h"
#include "charts/plannedchartview.h"
#include "dialogs/chartexportdialog.h"
#include "equity/disparity.h"
#include "format.h"
#include "undo/commands.h"
#include "widgets/ownershipbanner.h"
#include "workspace/measurechartloader.h"
#include "workspacedocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace pdsa::ui {

using namespace pdsa::analysis;

namespace {

QString typeName(ChartType type) {
    switch (type) {
    case ChartType::Run:
        return MeasureChartPanel::tr("Run chart");
    case ChartType::P:
        return MeasureChartPanel::tr("P chart (proportion)");
    case ChartType::PP:
        return MeasureChartPanel::tr("P′ chart (Laney, large samples)");
    case ChartType::U:
        return MeasureChartPanel::tr("U chart (rate)");
    case ChartType::UP:
        return MeasureChartPanel::tr("U′ chart (Laney, large samples)");
    case ChartType::C:
        return MeasureChartPanel::tr("C chart (count)");
    case ChartType::I:
        return MeasureChartPanel::tr("I chart (individual values)");
    case ChartType::T:
        return MeasureChartPanel::tr("T chart (time between events)");
    case ChartType::G:
        return MeasureChartPanel::tr("G chart (cases between events)");
    case ChartType::MR:
        return MeasureChartPanel::tr("Moving range chart");
    case ChartType::Xbar:
        return MeasureChartPanel::tr("X-bar chart");
    case ChartType::S:
        return MeasureChartPanel::tr("S chart");
    }
    return QString();
}

QString rulesName(RuleSet rules) {
    switch (rules) {
    case RuleSet::Ihi:
        return MeasureChartPanel::tr("IHI rules");
    case RuleSet::Anhoej:
        return MeasureChartPanel::tr("Anhøj rules");
    case RuleSet::Nhs:
        return MeasureChartPanel::tr("NHS Making Data Count");
    }
    return QString();
}

} // namespace

MeasureChartPanel::MeasureChartPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("measureChartPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    layout->addLayout(buildSettingsRow());
    layout->addLayout(buildPhaseRow());
    layout->addLayout(m_strataRow);
    layout->addLayout(buildActionsRow()); // the fixed centre line, then the actions

    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->hide();
    layout->addWidget(m_warning);

    m_view = new MeasureChartView(this);
    m_view->setMinimumHeight(360);
    layout->addWidget(m_view);
    m_multiples = new QWidget(this);
    m_multiplesLayout = new QGridLayout(m_multiples);
    m_multiplesLayout->setContentsMargins(0, 0, 0, 0);
    m_multiplesLayout->setColumnStretch(0, 1); // two columns of equal width
    m_multiplesLayout->setColumnStretch(1, 1);
    m_multiples->hide();
    layout->addWidget(m_multiples);

    connect(m_view, &MeasureChartView::pointActivated, this,
            [this](int index) { pointMenu(index, QCursor::pos()); });
    connect(m_view, &MeasureChartView::cycleActivated, this,
            [this](const QUuid& cycleId) { emit cycleActivated(m_teamId, cycleId); });
    connectSettings();
}

// Chart type, rule set, baseline and two-sigma lines.
QHBoxLayout* MeasureChartPanel::buildSettingsRow() {
    auto* controls = new QHBoxLayout();
    auto labelled = [&](const QString& text, QWidget* widget) {
        auto* label = new QLabel(text, this);
        label->setBuddy(widget);
        controls->addWidget(label);
        controls->addWidget(widget);
        return label;
    };
    m_type = new QComboBox(this);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->setAccessibleName(tr("Chart type"));
    labelled(tr("&Chart:"), m_type);
    m_rules = new QComboBox(this);
    m_rules->setAccessibleName(tr("Rule set"));
    labelled(tr("R&ules:"), m_rules);
    m_baseline = new QSpinBox(this);
    m_baseline->setAccessibleName(tr("Baseline points"));
    m_baseline->setSpecialValueText(tr("All points"));
    m_baseline->setRange(0, 0);
    labelled(tr("&Baseline:"), m_baseline);
    m_twoSigma = new QCheckBox(tr("&Two-sigma lines"), this);
    controls->addWidget(m_twoSigma);
    controls->addStretch(1);
    return controls;
}

// The phase to add or remove; the stratified view on a row of its own (m_strataRow).
QHBoxLayout* MeasureChartPanel::buildPhaseRow() {
    auto* phaseRow = new QHBoxLayout();
    m_phasePeriod = new QComboBox(this);
    m_phasePeriod->setAccessibleName(tr("Phase start"));
    m_phasePeriod->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    {
        auto* label = new QLabel(tr("&Phase from:"), this);
        label->setBuddy(m_phasePeriod);
        phaseRow->addWidget(label);
        phaseRow->addWidget(m_phasePeriod);
    }
    m_addPhase = new QPushButton(tr("A&dd phase"), this);
    m_removePhase = new QPushButton(tr("Re&move phase"), this);
    phaseRow->addWidget(m_addPhase);
    phaseRow->addWidget(m_removePhase);
    m_strata = new QComboBox(this);
    m_strata->setAccessibleName(tr("Stratified view"));
    m_strata->addItem(tr("Total"), int(StratifiedView::Total));
    m_strata->addItem(tr("One line per stratum"), int(StratifiedView::Lines));
    m_strata->addItem(tr("Small multiples"), int(StratifiedView::Multiples));
    m_strataLabel = new QLabel(tr("&Strata:"), this);
    m_strataLabel->setBuddy(m_strata);
    phaseRow->addStretch(1);
    // The stratified view on a row of its own (a stratified measure's only), so that the rows stay
    // narrow enough for 200 % text.
    m_strataRow = new QHBoxLayout();
    m_strataRow->addWidget(m_strataLabel);
    m_strataRow->addWidget(m_strata);
    // One dimension at a time: a child is counted once in each, so their groups overlap.
    m_dimension = new QComboBox(this);
    m_dimension->setAccessibleName(tr("Strata dimension"));
    m_dimension->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dimensionLabel = new QLabel(tr("b&y"), this);
    m_dimensionLabel->setBuddy(m_dimension);
    m_strataRow->addWidget(m_dimensionLabel);
    m_strataRow->addWidget(m_dimension);
    m_sameScale = new QCheckBox(tr("Same sca&le for every group"), this);
    m_sameScale->setChecked(true);
    m_sameScale->setToolTip(tr("Small multiples share one y axis, so that groups compare at a glance. Clear it to "
                               "give each group its own scale."));
    m_strataRow->addWidget(m_sameScale);
    m_strataRow->addStretch(1);
    return phaseRow;
}

// The fixed centre line, then the actions: open a PDSA cycle, and "More" (export, copy, annotate,
// mark a point).
QHBoxLayout* MeasureChartPanel::buildActionsRow() {
    auto* lastRow = new QHBoxLayout();
    // A fixed centre line: a target or a centre agreed from earlier data (in the plotted unit).
    m_fixedCentre = new QCheckBox(tr("Fi&xed centre line:"), this);
    m_fixedCentre->setAccessibleName(tr("Fixed centre line"));
    m_fixedValue = new QDoubleSpinBox(this);
    m_fixedValue->setAccessibleName(tr("Fixed centre line value"));
    m_fixedValue->setRange(-1e9, 1e9);
    m_fixedValue->setDecimals(2);
    m_fixedValue->setKeyboardTracking(false); // one change per value entered, not per keystroke
    lastRow->addWidget(m_fixedCentre);
    lastRow->addWidget(m_fixedValue);
    lastRow->addStretch(1);
    auto* cycles = new QToolButton(this);
    cycles->setText(tr("PDSA c&ycles"));
    cycles->setAccessibleName(tr("Open a PDSA cycle shown on the chart"));
    cycles->setPopupMode(QToolButton::InstantPopup);
    m_cycles = new QMenu(tr("Open PDSA cycle"), cycles);
    cycles->setMenu(m_cycles);
    lastRow->addWidget(cycles);
    auto* more = new QToolButton(this);
    more->setText(tr("Mor&e"));
    more->setAccessibleName(tr("More chart actions"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(more);
    menu->addAction(tr("Export as PNG, SVG or PDF…"), this, &MeasureChartPanel::exportInteractive);
    menu->addAction(tr("Copy chart"), this, &MeasureChartPanel::copyToClipboard);
    m_annotate = menu->addAction(tr("Add annotation…"), this, &MeasureChartPanel::annotateInteractive);
    m_markPoint = menu->addAction(tr("Exclude or mark a point…"), this, [this] {
        if (m_chart.total.points.empty())
            return;
        QStringList periods;
        for (const auto& point : m_chart.total.points)
            periods << Format::period(point.period, m_chart.measure.frequency);
        bool ok = false;
        const QString period = QInputDialog::getItem(this, tr("Mark a point"), tr("&Period:"), periods,
                                                     int(periods.size()) - 1, false, &ok);
        if (ok)
            pointMenu(int(periods.indexOf(period)), QCursor::pos());
    });
    more->setMenu(menu);
    lastRow->addWidget(more);
    return lastRow;
}

// Every setting control stores its change through applySetting(), as one undoable step.
void MeasureChartPanel::connectSettings() {
    connect(m_type, &QComboBox::activated, this, [this] {
        ChartSetting s = m_chart.setting;
        s.chartType = ChartType(m_type->currentData().toInt());
        const auto sets = ruleSetsFor(s.chartType);
        if (std::find(sets.begin(), sets.end(), s.ruleSet) == sets.end())
            s.ruleSet = defaultRules(s.chartType);
        applySetting(s, tr("Change chart type"));
    });
    connect(m_rules, &QComboBox::activated, this, [this] {
        ChartSetting s = m_chart.setting;
        s.ruleSet = RuleSet(m_rules->currentData().toInt());
        applySetting(s, tr("Change rule set"));
    });
    connect(m_baseline, &QSpinBox::valueChanged, this, [this](int value) {
        ChartSetting s = m_chart.setting;
        s.baselinePoints = value > 0 ? std::optional<int>(value) : std::nullopt;
        applySetting(s, tr("Change baseline"));
    });
    connect(m_addPhase, &QPushButton::clicked, this, [this] {
        ChartSetting s = m_chart.setting;
        s.phaseStarts.append(m_phasePeriod->currentData().toDate());
        applySetting(s, tr("Add phase"));
    });
    connect(m_removePhase, &QPushButton::clicked, this, [this] {
        ChartSetting s = m_chart.setting;
        s.phaseStarts.removeAll(m_phasePeriod->currentData().toDate());
        applySetting(s, tr("Remove phase"));
    });
    connect(m_twoSigma, &QCheckBox::toggled, this, [this](bool on) {
        ChartSetting s = m_chart.setting;
        s.twoSigma = on;
        applySetting(s, tr("Show two-sigma lines"));
    });
    connect(m_fixedCentre, &QCheckBox::toggled, this, [this](bool on) {
        ChartSetting s = m_chart.setting;
        if (on) {
            // Start from the centre line on show, so that ticking the box moves nothing yet.
            s.fixedCentre = currentCentre();
        } else {
            s.fixedCentre.reset();
        }
        applySetting(s, on ? tr("Fix centre line") : tr("Calculate centre line"));
    });
    connect(m_fixedValue, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!m_chart.setting.fixedCentre)
            return;
        ChartSetting s = m_chart.setting;
        s.fixedCentre = value;
        applySetting(s, tr("Change fixed centre line"));
    });
    connect(m_strata, &QComboBox::activated, this, [this] {
        ChartSetting s = m_chart.setting;
        s.stratifiedView = StratifiedView(m_strata->currentData().toInt());
        applySetting(s, tr("Change stratified view"));
    });
    connect(m_dimension, &QComboBox::activated, this, [this] {
        m_dimensionChoice = m_dimension->currentText();
        redraw();
    });
    connect(m_sameScale, &QCheckBox::toggled, this, [this] { redraw(); });
    connect(m_phasePeriod, &QComboBox::currentIndexChanged, this, [this] {
        const bool isStart = m_chart.setting.phaseStarts.contains(m_phasePeriod->currentData().toDate());
        m_addPhase->setEnabled(!isStart && m_phasePeriod->count() > 0);
        m_removePhase->setEnabled(isStart);
    });
}

QList<QWidget*> MeasureChartPanel::settingControls() const {
    return {m_type, m_rules, m_baseline, m_phasePeriod, m_addPhase, m_removePhase,
            m_twoSigma, m_fixedCentre, m_fixedValue, m_strata};
}

Status MeasureChartPanel::load(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId) {
    m_document = &document;
    m_readOnlyReason = document.readOnlyReason(teamId);
    m_teamId = teamId;
    m_measureId = measureId;
    auto chart = loadMeasureChart(document.workspace(), teamId, measureId);
    if (!chart)
        return chart.error();
    m_chart = std::move(*chart);
    rebuildControls();
    redraw();
    return {};
}

void MeasureChartPanel::rebuildControls() {
    m_updating = true;
    const QSignalBlocker b1(m_type), b2(m_rules), b3(m_baseline), b4(m_twoSigma), b5(m_strata),
        b6(m_phasePeriod), b7(m_fixedCentre), b8(m_fixedValue);
    for (QWidget* control : settingControls())
        OwnershipBanner::setLocked(control, QString());
    m_type->clear();
    for (ChartType type : chartTypesFor(m_chart.measure.dataKind))
        m_type->addItem(typeName(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(m_chart.type)));
    m_rules->clear();
    for (RuleSet rules : ruleSetsFor(m_chart.type))
        m_rules->addItem(rulesName(rules), int(rules));
    m_rules->setCurrentIndex(m_rules->findData(int(m_chart.rules)));
    const int n = int(m_chart.total.points.size());
    m_baseline->setRange(0, std::max(0, n));
    m_baseline->setSuffix(tr(" points"));
    m_baseline->setValue(m_chart.setting.baselinePoints.value_or(0));
    const QVariant current = m_phasePeriod->currentData();
    m_phasePeriod->clear();
    for (int i = 1; i < n; ++i) {
        const QDate period = m_chart.total.points[std::size_t(i)].period;
        QString text = Format::period(period, m_chart.measure.frequency);
        if (m_chart.setting.phaseStarts.contains(period))
            text = tr("%1 (phase start)").arg(text);
        m_phasePeriod->addItem(text, period);
    }
    if (const int index = m_phasePeriod->findData(current); index >= 0)
        m_phasePeriod->setCurrentIndex(index);
    const bool isStart = m_chart.setting.phaseStarts.contains(m_phasePeriod->currentData().toDate());
    m_addPhase->setEnabled(!isStart && m_phasePeriod->count() > 0);
    m_removePhase->setEnabled(isStart);
    m_twoSigma->setChecked(m_chart.setting.twoSigma);
    m_twoSigma->setEnabled(m_chart.type != ChartType::Run);
    m_strata->setCurrentIndex(m_strata->findData(int(m_chart.setting.stratifiedView)));
    m_fixedCentre->setChecked(m_chart.setting.fixedCentre.has_value());
    m_fixedValue->setEnabled(m_chart.setting.fixedCentre.has_value());
    m_fixedValue->setSuffix(m_chart.unit == QLatin1String("%") ? QStringLiteral(" %") : QString());
    m_fixedValue->setValue(m_chart.setting.fixedCentre.value_or(currentCentre()));
    m_strata->setVisible(m_chart.measure.stratified);
    m_strataLabel->setVisible(m_chart.measure.stratified);
    m_dimension->clear();
    const QStringList dimensions = stratumDimensions(m_chart);
    m_dimension->addItems(dimensions);
    if (!dimensions.contains(m_dimensionChoice))
        m_dimensionChoice = dimensions.isEmpty() ? QString() : dimensions.first();
    m_dimension->setCurrentText(m_dimensionChoice);
    const bool byDimension = m_chart.measure.stratified && m_chart.setting.stratifiedView != StratifiedView::Total &&
                             !dimensions.isEmpty();
    m_dimension->setVisible(byDimension);
    m_dimensionLabel->setVisible(byDimension);
    m_sameScale->setVisible(byDimension && m_chart.setting.stratifiedView == StratifiedView::Multiples);
    m_cycles->clear();
    for (const MeasureChartMarker& marker : m_chart.markers)
        if (marker.kind == MeasureChartMarker::Kind::Cycle)
            m_cycles->addAction(tr("%1 (%2)").arg(marker.title, Format::date(marker.date)), this,
                                [this, id = marker.id] { emit cycleActivated(m_teamId, id); });
    m_cycles->setEnabled(!m_cycles->isEmpty());
    m_warning->setText(m_chart.warning);
    m_warning->setVisible(!m_chart.warning.isEmpty());
    if (!m_readOnlyReason.isEmpty())
        for (QWidget* control : settingControls())
            OwnershipBanner::setLocked(control, m_readOnlyReason);
    for (QAction* action : writingActions()) {
        action->setEnabled(m_readOnlyReason.isEmpty());
        action->setToolTip(m_readOnlyReason);
    }
    m_updating = false;
}

double MeasureChartPanel::currentCentre() const {
    const auto& cl = m_chart.total.chart.cl;
    const auto last = std::find_if(cl.rbegin(), cl.rend(), [](double v) { return std::isfinite(v); });
    return last != cl.rend() ? *last : 0.0;
}

analysis::MeasureChart MeasureChartPanel::shownChart() const {
    return withDimension(m_chart, m_dimensionChoice);
}

void MeasureChartPanel::redraw() {
    const StratifiedView view =
        m_chart.measure.stratified ? m_chart.setting.stratifiedView : StratifiedView::Total;
    const MeasureChart shown = shownChart();
    m_view->draw(shown, view == StratifiedView::Lines ? MeasureChartView::Mode::Lines : MeasureChartView::Mode::Total);
    while (QLayoutItem* item = m_multiplesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_smallMultiples.clear();
    const bool multiples = view == StratifiedView::Multiples && !shown.strata.empty();
    m_multiples->setVisible(multiples);
    if (!multiples)
        return;
    auto* title = new QLabel(tr("<b>%1</b>: one chart per group").arg(m_dimensionChoice.toHtmlEscaped()), m_multiples);
    m_multiplesLayout->addWidget(title, 0, 0, 1, 2);
    std::optional<std::pair<double, double>> shared;
    for (std::size_t k = 0; k < shown.strata.size(); ++k) {
        auto* small = new MeasureChartView(m_multiples);
        small->setCompact(true);
        small->setMinimumHeight(200);
        // Ignored: each column takes its stretch (half the width), whatever a chart's own hint.
        small->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        small->setAccessibleName(tr("Chart of %1").arg(shown.strata[k].label));
        small->draw(shown, MeasureChartView::Mode::Stratum, int(k));
        const auto [lo, hi] = small->yRange();
        shared = shared ? std::pair(std::min(shared->first, lo), std::max(shared->second, hi)) : std::pair(lo, hi);
        m_multiplesLayout->addWidget(small, 1 + int(k / 2), int(k % 2));
        m_smallMultiples.push_back(small);
    }
    if (m_sameScale->isChecked())
        for (std::size_t k = 0; k < m_smallMultiples.size(); ++k) {
            m_smallMultiples[k]->setYCover(shared);
            m_smallMultiples[k]->draw(shown, MeasureChartView::Mode::Stratum, int(k));
        }
}

void MeasureChartPanel::applySetting(const ChartSetting& setting, const QString& text) {
    if (m_updating || !m_document || !m_readOnlyReason.isEmpty())
        return;
    if (auto status = command::editChartSetting(*m_document, setting, text); !status)
        reportError(status.error());
    // The document's changed() signal reloads the page; reload here too for a panel on its own.
    if (auto status = load(*m_document, m_teamId, m_measureId); !status)
        reportError(status.error());
}

Status MeasureChartPanel::addAnnotation(const QDate& date, const QString& text) {
    if (!m_document)
        return Error{ErrorCode::Invalid, tr("No chart is open.")};
    PDSA_TRY(command::addChartAnnotation(*m_document, m_teamId, m_measureId, date, text));
    return load(*m_document, m_teamId, m_measureId);
}

Status MeasureChartPanel::exportTo(const QString& path, const QSize& size, bool includeSmall) {
    if (size.width() < 100 || size.height() < 100)
        return Error{ErrorCode::Invalid, tr("The chart needs to be at least 100 × 100.")};
    auto exported = exportedChart(includeSmall);
    if (!exported)
        return exported.error();
    MeasureChartView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.draw(*exported, m_chart.setting.stratifiedView == StratifiedView::Lines && m_chart.measure.stratified
                                ? MeasureChartView::Mode::Lines
                                : MeasureChartView::Mode::Total);
    view.resize(size);
    const QPixmap pixmap = view.grab(); // lays the chart out at `size`
    return writeChartFile(path, size, m_chart.measure.name, [&](QPainter& painter, const QRectF& target) {
        if (painter.device()->devType() == QInternal::Image)
            painter.drawPixmap(target.topLeft(), pixmap);
        else
            view.scene()->render(&painter, target, target);
    });
}

Result<MeasureChart> MeasureChartPanel::exportedChart(bool includeSmall) const {
    MeasureChart exported = shownChart();
    if (!includeSmall && m_document && !exported.strata.empty()) {
        auto collaborative = m_document->workspace().collaborative.current();
        if (!collaborative)
            return collaborative.error();
        equity::suppressSmallStrata(exported, collaborative->minCellSize);
    }
    return exported;
}

void MeasureChartPanel::copyToClipboard() {
    // The groups' lines leave the app without their small numbers, as in an export.
    const bool groups = m_chart.measure.stratified && m_chart.setting.stratifiedView == StratifiedView::Lines;
    auto exported = exportedChart(!groups);
    if (!groups || !exported) {
        QApplication::clipboard()->setPixmap(m_view->grab());
        return;
    }
    MeasureChartView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.draw(*exported, MeasureChartView::Mode::Lines);
    view.resize(m_view->size());
    QApplication::clipboard()->setPixmap(view.grab());
}

void MeasureChartPanel::exportInteractive() {
    // A chart of the groups' lines carries their counts: small numbers stay out unless asked for.
    const bool groups = m_chart.measure.stratified && m_chart.setting.stratifiedView == StratifiedView::Lines;
    const auto choice = askChartExport(
        this, tr("Export chart"), QSize(1200, 700),
        groups ? tr("Months where a group counts fewer children than the collaborative's minimum cell size are left "
                    "out of the file, as agencies' cell-size rules require. Include them only for your team's "
                    "internal use: the file may then identify children.")
               : QString());
    if (!choice)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), m_chart.measure.name + QStringLiteral(".png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto status = exportTo(path, choice->size, choice->includeSmall); !status)
        reportError(status.error());
}

void MeasureChartPanel::annotateInteractive() {
    if (m_chart.total.points.empty() || !m_readOnlyReason.isEmpty())
        return;
    QStringList periods;
    for (const auto& point : m_chart.total.points)
        periods << Format::period(point.period, m_chart.measure.frequency);
    bool ok = false;
    const QString period = QInputDialog::getItem(this, tr("Add annotation"), tr("&Period:"), periods,
                                                 int(periods.size()) - 1, false, &ok);
    if (!ok)
        return;
    const QString text =
        QInputDialog::getText(this, tr("Add annotation"), tr("&Note:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QDate date = m_chart.total.points[std::size_t(periods.indexOf(period))].period;
    if (auto status = addAnnotation(date, text); !status)
        reportError(status.error());
}

void MeasureChartPanel::pointMenu(int index, const QPoint& at) {
    if (!m_document || !m_readOnlyReason.isEmpty() || index < 0 ||
        std::size_t(index) >= m_chart.total.points.size())
        return;
    const MeasureChartPoint point = m_chart.total.points[std::size_t(index)];
    QMenu menu(this);
    QAction* exclude = menu.addAction(tr("Exclude from the calculations"));
    exclude->setCheckable(true);
    exclude->setChecked(point.excluded);
    QAction* astronomical = menu.addAction(tr("Astronomical point"));
    astronomical->setCheckable(true);
    astronomical->setChecked(point.astronomical);
    QAction* chosen = menu.exec(at);
    Status status;
    if (chosen == exclude)
        status = command::setPointExcluded(*m_document, m_teamId, m_measureId, point.period, !point.excluded);
    else if (chosen == astronomical)
        status = command::setPointAstronomical(*m_document, m_teamId, m_measureId, point.period,
                                               !point.astronomical);
    else
        return;
    if (!status)
        reportError(status.error());
    else if (auto loaded = load(*m_document, m_teamId, m_measureId); !loaded)
        reportError(loaded.error());
}

void MeasureChartPanel::reportError(const Error& error) {
    QMessageBox::warning(this, tr("Chart"), error.message);
}

} // namespace pdsa::ui
