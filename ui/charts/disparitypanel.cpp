// SPDX-License-Identifier: Apache-2.0
#include "charts/disparitypanel.h"

#include "charts/disparitychartview.h"
#include "charts/plannedchartview.h"
#include "dialogs/chartexportdialog.h"
#include "equity/disparitycsv.h"
#include "equity/disparityloader.h"
#include "format.h"
#include "workspace/workspace.h"
#include "workspacedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace pdsa::ui {

using equity::Disparity;
using equity::DisparityGroup;
using equity::DisparityPeriod;

namespace {

// The latest window of a group with a difference (the one the verdict speaks of); null if none.
const DisparityPeriod* latestCompared(const DisparityGroup& group) {
    for (auto p = group.periods.rbegin(); p != group.periods.rend(); ++p)
        if (p->difference)
            return &*p;
    return nullptr;
}

// The group furthest from its reference in the latest window any group is compared in: the one to
// draw first.
std::size_t furthestGroup(const Disparity& d) {
    const std::size_t window = equity::latestComparedWindow(d);
    std::size_t best = 0;
    double size = -1;
    for (std::size_t g = 0; g < d.groups.size(); ++g) {
        if (window >= d.groups[g].periods.size())
            continue;
        const DisparityPeriod& p = d.groups[g].periods[window];
        if (p.difference && !d.groups[g].isReference && std::abs(*p.difference) > size) {
            size = std::abs(*p.difference);
            best = g;
        }
    }
    return best;
}

QString rateText(const Measure& measure, const std::optional<double>& rate) {
    if (!rate)
        return Format::dash();
    const double shown = *rate * disparityScale(measure);
    return measure.dataKind == DataKind::Proportion ? QStringLiteral("%1 %").arg(Format::number(shown, 1))
                                                     : Format::number(shown, 2);
}

// The tooltip of one window of the chosen group: counts, rate, gap and interval.
QString windowTip(const Disparity& d, const DisparityGroup& group, const DisparityPeriod& p) {
    const Measure& m = d.measure;
    QStringList lines;
    lines << p.label;
    if (p.numerator && p.denominator)
        lines << DisparityPanel::tr("%1: %2 of %3 (%4)")
                     .arg(group.stratum.name, Format::number(*p.numerator, 2), Format::number(*p.denominator, 2),
                          rateText(m, p.rate));
    if (p.refNumerator && p.refDenominator)
        lines << DisparityPanel::tr("Reference: %1 of %2 (%3)")
                     .arg(Format::number(*p.refNumerator, 2), Format::number(*p.refDenominator, 2), rateText(m, p.refRate));
    if (p.difference) {
        QString gap = gapText(m, *p.difference);
        if (p.differenceLcl && p.differenceUcl)
            gap += DisparityPanel::tr(" (95 % interval %1 to %2)")
                       .arg(Format::number(*p.differenceLcl * disparityScale(m), 1),
                            Format::number(*p.differenceUcl * disparityScale(m), 1));
        lines << gap;
    } else if (p.denominator && *p.denominator == 0) {
        lines << DisparityPanel::tr("No children in this group: nothing to compare");
    }
    if (p.small || p.refSmall)
        lines << DisparityPanel::tr("Small numbers (under %1): left out of exports").arg(d.minCell);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString disparityVerdict(const Disparity& d, std::size_t index) {
    if (index >= d.groups.size())
        return {};
    const DisparityGroup& group = d.groups[index];
    if (group.isReference)
        return DisparityPanel::tr("%1 is the reference: the other groups are compared with it.").arg(group.stratum.name);
    const DisparityPeriod* p = latestCompared(group);
    if (!p)
        return DisparityPanel::tr("%1: no window yet with children in both this group and %2.")
            .arg(group.stratum.name, referenceText(d));
    QString text = DisparityPanel::tr("%1: %2 %3 in %4")
                       .arg(group.stratum.name, gapText(d.measure, *p->difference), referenceText(d), p->label);
    if (p->differenceLcl && p->differenceUcl)
        text += DisparityPanel::tr(" (95 % interval %1 to %2)")
                    .arg(Format::number(*p->differenceLcl * disparityScale(d.measure), 1),
                         Format::number(*p->differenceUcl * disparityScale(d.measure), 1));
    return text + DisparityPanel::tr("; %1.").arg(equity::gapSentence(group, d.window));
}

DisparityPanel::DisparityPanel(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // The measure (the collaborative's view only) on a row of its own; the dimension, reference,
    // window and export on one row when they fit, on two when they do not (200 % text).
    auto* measureRow = new QHBoxLayout();
    const auto labelled = [&](const QString& text, QComboBox* control, int characters) {
        auto* label = new QLabel(text, this);
        label->setBuddy(control);
        control->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        control->setMinimumContentsLength(characters);
        return label;
    };
    m_measure = new QComboBox(this);
    m_measureLabel = labelled(tr("Me&asure:"), m_measure, 30);
    measureRow->addWidget(m_measureLabel);
    measureRow->addWidget(m_measure);
    measureRow->addStretch(1);
    layout->addLayout(measureRow);
    m_dimension = new QComboBox(this);
    m_reference = new QComboBox(this);
    m_window = new QComboBox(this);
    m_window->addItem(tr("Month"), int(equity::Window::Month));
    m_window->addItem(tr("Quarter"), int(equity::Window::Quarter));
    m_window->addItem(tr("Half year"), int(equity::Window::Half));
    m_window->addItem(tr("Year"), int(equity::Window::Year));
    m_window->setCurrentIndex(1);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_controlWidgets = {labelled(tr("&Groups by:"), m_dimension, 10), m_dimension,
                        labelled(tr("Compared &with:"), m_reference, 10), m_reference,
                        labelled(tr("&Per:"), m_window, 6), m_window};
    m_controls = new QGridLayout();
    layout->addLayout(m_controls);
    arrangeControls(false);

    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    layout->addWidget(m_verdict);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);

    m_charts = new QWidget(this);
    auto* charts = new QGridLayout(m_charts);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->setColumnStretch(0, 1); // two equal halves
    charts->setColumnStretch(1, 1);
    // The two chart views are made when there is first something to draw (ensureCharts()): a
    // chart costs a few milliseconds to make, and every page is built when the window opens.
    m_gapKey = new QLabel(m_charts);
    m_ratesKey = new QLabel(m_charts);
    int column = 0;
    for (QLabel* key : {m_gapKey, m_ratesKey}) {
        key->setWordWrap(true);
        key->setTextFormat(Qt::RichText);
        key->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        charts->addWidget(key, 1, column++, Qt::AlignTop);
    }
    layout->addWidget(m_charts);

    m_groups = new QTableWidget(this);
    m_groups->setColumnCount(6);
    m_groups->setHorizontalHeaderLabels({tr("Group"), tr("Latest window"), tr("Rate"), tr("Gap (95 % interval)"),
                                         tr("Ratio (95 % interval)"), tr("Is it closing?")});
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->verticalHeader()->hide();
    m_groups->horizontalHeader()->setStretchLastSection(true);
    m_groups->setWordWrap(false);
    m_groups->setAccessibleName(tr("Groups"));
    m_groups->setToolTip(tr("Choose a group to draw its gap."));
    layout->addWidget(m_groups);

    m_smallNote = new QLabel(this);
    m_smallNote->setWordWrap(true);
    layout->addWidget(m_smallNote);

    connect(m_measure, &QComboBox::activated, this, [this] {
        m_measureId = m_measure->currentData().toUuid();
        reload();
    });
    for (QComboBox* box : {m_dimension, m_reference, m_window})
        connect(box, &QComboBox::activated, this, [this, box] {
            if (box == m_dimension)
                m_reference->setCurrentIndex(0); // a group of another dimension is no reference here
            reload();
        });
    connect(m_groups, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_updating && row >= 0)
            setCurrentGroup(std::size_t(row));
    });
    connect(m_export, &QPushButton::clicked, this, &DisparityPanel::exportInteractive);
}

Status DisparityPanel::load(WorkspaceDocument& document, const QUuid& teamId, const QUuid& measureId,
                            const GapChartExtras& extras) {
    m_document = &document;
    m_teamId = teamId;
    m_measureId = measureId;
    Workspace& ws = document.workspace();
    const bool collaborative = teamId.isNull();
    m_measure->setVisible(collaborative);
    m_measureLabel->setVisible(collaborative);
    if (collaborative) {
        auto measures = ws.measures.forTeam({});
        if (!measures)
            return measures.error();
        const QSignalBlocker block(m_measure);
        m_measure->clear();
        for (const Measure& measure : *measures)
            if (equity::checkComparable(measure))
                m_measure->addItem(measure.name, measure.meta.id);
        if (m_measure->findData(m_measureId) < 0)
            m_measureId = m_measure->count() > 0 ? m_measure->itemData(0).toUuid() : QUuid();
        m_measure->setCurrentIndex(std::max(0, m_measure->findData(m_measureId)));
    }
    auto dimensions = equity::strataDimensions(ws);
    if (!dimensions)
        return dimensions.error();
    {
        const QSignalBlocker block(m_dimension);
        const QString current = m_dimension->currentText();
        m_dimension->clear();
        m_dimension->addItems(*dimensions);
        if (dimensions->contains(current))
            m_dimension->setCurrentText(current);
    }
    m_extras = collaborative ? GapChartExtras{} : extras;
    reload();
    return {};
}

Status DisparityPanel::showMeasure(const QUuid& measureId, const QString& dimension) {
    if (!m_document)
        return Error{ErrorCode::Invalid, tr("No workspace is open.")};
    if (m_dimension->currentText() != dimension)
        m_reference->setCurrentIndex(0); // a group of another dimension is no reference there
    m_dimension->setCurrentText(dimension);
    return load(*m_document, m_teamId, measureId, m_extras);
}

void DisparityPanel::reload() {
    if (!m_document)
        return;
    m_hasData = false;
    Workspace& ws = m_document->workspace();
    auto measure = ws.measures.measures.find(m_measureId);
    QString why;
    if (m_measureId.isNull() || !measure || !*measure)
        why = tr("No measure of the collaborative counts children over a denominator by stratum yet: the disparity "
                 "view compares such measures' groups.");
    else if (auto comparable = equity::checkComparable(**measure); !comparable)
        why = tr("The disparity view compares groups on measures entered by stratum with a numerator and a "
                 "denominator; %1.")
                  .arg(comparable.error().message);
    else if (m_dimension->count() == 0)
        why = tr("The collaborative has no strata yet: its organizer adds them (race/ethnicity, age group) on the "
                 "collaborative page.");
    if (why.isEmpty()) {
        equity::DisparityRequest request;
        request.teamId = m_teamId;
        request.measureId = m_measureId;
        request.dimension = m_dimension->currentText();
        request.window = equity::Window(m_window->currentData().toInt());
        const QString reference = m_reference->currentData().toString();
        request.reference = reference == QLatin1String("rest")    ? equity::ReferenceKind::Rest
                            : reference == QLatin1String("total") ? equity::ReferenceKind::Total
                            : reference.isEmpty()                 ? equity::ReferenceKind::Rest
                                                                  : equity::ReferenceKind::Group;
        request.referenceGroup = reference;
        auto loaded = equity::loadDisparity(ws, request);
        if (!loaded)
            why = loaded.error().message;
        else {
            m_disparity = std::move(*loaded);
            m_hasData = true;
        }
    }
    m_empty->setText(why);
    m_empty->setVisible(!m_hasData);
    for (QWidget* w : std::initializer_list<QWidget*>{m_verdict, m_charts, m_groups, m_smallNote, m_export})
        w->setVisible(m_hasData);
    m_dimension->setEnabled(m_hasData || m_dimension->count() > 0);
    if (!m_hasData)
        return;
    {
        // The reference choices: the rest, the total, or one group of this dimension.
        const QSignalBlocker block(m_reference);
        const QString current = m_reference->currentData().toString();
        m_reference->clear();
        m_reference->addItem(tr("the rest"), QStringLiteral("rest"));
        m_reference->addItem(tr("all groups"), QStringLiteral("total"));
        for (const DisparityGroup& group : m_disparity.groups)
            m_reference->addItem(group.stratum.name, group.stratum.meta.id.toString(QUuid::WithoutBraces));
        m_reference->setCurrentIndex(std::max(0, m_reference->findData(current)));
    }
    m_group = furthestGroup(m_disparity);
    fillGroups();
    redraw();
}

void DisparityPanel::fillGroups() {
    m_updating = true;
    const Measure& m = m_disparity.measure;
    m_groups->setRowCount(int(m_disparity.groups.size()));
    for (std::size_t g = 0; g < m_disparity.groups.size(); ++g) {
        const DisparityGroup& group = m_disparity.groups[g];
        const DisparityPeriod* p = latestCompared(group);
        if (!p && !group.periods.empty())
            p = &group.periods.back();
        QString gap = Format::dash();
        if (p && p->difference) {
            gap = group.isReference ? tr("the reference") : gapText(m, *p->difference);
            if (p->differenceLcl && p->differenceUcl)
                gap += QStringLiteral(" (%1 to %2)")
                           .arg(Format::number(*p->differenceLcl * disparityScale(m), 1),
                                Format::number(*p->differenceUcl * disparityScale(m), 1));
        }
        QString ratio = Format::dash(), ratioTip;
        if (p && p->ratio && !group.isReference) {
            ratio = Format::number(*p->ratio, 2);
            if (p->ratioLcl && p->ratioUcl)
                ratio += QStringLiteral(" (%1 to %2)").arg(Format::number(*p->ratioLcl, 2), Format::number(*p->ratioUcl, 2));
            if (p->ratioCorrected) {
                ratio += QStringLiteral(" †");
                ratioTip = tr("† A cell of the table was 0, so 0.5 was added to each cell before the ratio and its "
                              "interval were computed (the Katz log interval needs no zero).");
            }
        }
        QString rate = p ? rateText(m, p->rate) : Format::dash();
        if (p && (p->small || p->refSmall))
            rate += tr(" (small)");
        const QStringList cells = {group.stratum.name, p ? p->label : Format::dash(), rate, gap, ratio,
                                   equity::gapSentence(group, m_disparity.window)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == 4 && !ratioTip.isEmpty() ? ratioTip : cells[c]);
            m_groups->setItem(int(g), c, item);
        }
    }
    m_groups->resizeColumnsToContents();
    // A long group name is elided (its tooltip holds it whole), so that the reading stays in view.
    m_groups->setColumnWidth(0, std::min(m_groups->columnWidth(0), fontMetrics().averageCharWidth() * 24 + 12));
    m_groups->setCurrentCell(int(m_group), 0);
    // Tall enough for every group without a scroll bar (a dimension has a handful of groups).
    int height = m_groups->horizontalHeader()->height() + 2 * m_groups->frameWidth();
    for (int r = 0; r < m_groups->rowCount(); ++r)
        height += m_groups->rowHeight(r);
    m_groups->setFixedHeight(height + m_groups->horizontalScrollBar()->sizeHint().height());
    m_smallNote->setText(
        tr("○ Hollow points are windows with small numbers: 1 to %1 children in the group or its reference. They are "
           "shown here for your own use; every export leaves them out (\"<%2\") unless you choose to include them.")
            .arg(m_disparity.minCell - 1)
            .arg(m_disparity.minCell));
    m_smallNote->setVisible(m_disparity.minCell > 1);
    m_updating = false;
}

void DisparityPanel::arrangeControls(bool twoRows) {
    while (m_controls->count() > 0)
        delete m_controls->takeAt(0); // the layout item only: the widgets stay, in new places
    for (int i = 0; i < 4; ++i)
        m_controls->addWidget(m_controlWidgets[std::size_t(i)], 0, i);
    m_controls->addWidget(m_controlWidgets[4], twoRows ? 1 : 0, twoRows ? 0 : 4);
    m_controls->addWidget(m_controlWidgets[5], twoRows ? 1 : 0, twoRows ? 1 : 5, Qt::AlignLeft);
    for (int c = 0; c < 8; ++c)
        m_controls->setColumnStretch(c, 0);
    m_controls->setColumnStretch(twoRows ? 3 : 6, 1);
    m_controls->addWidget(m_export, twoRows ? 1 : 0, twoRows ? 3 : 7, Qt::AlignRight);
    m_twoRows = twoRows;
}

void DisparityPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const int spacing = std::max(6, m_controls->horizontalSpacing());
    int oneRow = m_export->sizeHint().width() + 8 * spacing;
    for (QWidget* w : m_controlWidgets)
        oneRow += w->sizeHint().width();
    if (const bool twoRows = oneRow > width(); twoRows != m_twoRows)
        arrangeControls(twoRows);
}

QSize DisparityPanel::minimumSizeHint() const {
    // As narrow as the controls on two rows: the page decides, and resizeEvent() arranges them.
    if (!m_controls)
        return QWidget::minimumSizeHint();
    const int spacing = std::max(6, m_controls->horizontalSpacing());
    int first = 4 * spacing, second = 4 * spacing + m_export->sizeHint().width();
    for (std::size_t i = 0; i < m_controlWidgets.size(); ++i)
        (i < 4 ? first : second) += m_controlWidgets[i]->sizeHint().width();
    return QSize(std::max(first, second), QWidget::minimumSizeHint().height());
}

void DisparityPanel::setCurrentGroup(std::size_t group) {
    if (group >= m_disparity.groups.size())
        return;
    m_group = group;
    if (m_groups->currentRow() != int(group)) {
        m_updating = true;
        m_groups->setCurrentCell(int(group), 0);
        m_updating = false;
    }
    redraw();
}

void DisparityPanel::ensureCharts() {
    if (m_gap)
        return;
    auto* charts = static_cast<QGridLayout*>(m_charts->layout());
    m_gap = new DisparityChartView(m_charts);
    m_gap->setAccessibleName(tr("Gap chart"));
    m_rates = new DisparityChartView(m_charts);
    m_rates->setAccessibleName(tr("Rates of the groups"));
    int column = 0;
    for (DisparityChartView* view : {m_gap, m_rates}) {
        // A fixed height: the page around it never stretches the charts when other parts shrink.
        view->setFixedHeight(chartHeight());
        view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        charts->addWidget(view, 0, column++);
    }
}

int DisparityPanel::chartHeight() const {
    return std::max(340, fontMetrics().height() * 20); // room for the axis labels at this text size
}

void DisparityPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_gap) // the text size changed: so do the charts
        for (DisparityChartView* view : {m_gap, m_rates})
            view->setFixedHeight(chartHeight());
}

void DisparityPanel::redraw() {
    if (!m_hasData || m_disparity.groups.empty())
        return;
    ensureCharts();
    const DisparityGroup& group = m_disparity.groups[m_group];
    QHash<qint64, QString> tips;
    const ChartPlan gap = planGapChart(m_disparity, m_group, m_extras, SmallNumbers::Shown);
    for (const DisparityPeriod& p : group.periods) {
        const qreal from = chartX(p.start);
        const qint64 x = qint64(from + (chartX(p.start.addMonths(equity::windowMonths(m_disparity.window))) - from) / 2);
        tips.insert(x, windowTip(m_disparity, group, p));
    }
    // On screen the key under each chart stands for Qt Charts' legend, which elides at this width.
    ChartPlan shownGap = gap, rates = planRatesChart(m_disparity, m_group, SmallNumbers::Shown);
    shownGap.legendVisible = rates.legendVisible = false;
    m_gap->draw(shownGap, tips);
    m_rates->draw(rates, tips);
    m_gapKey->setText(legendKey(gap));
    m_ratesKey->setText(legendKey(rates));
    m_verdict->setText(disparityVerdict(m_disparity, m_group));
}

Status DisparityPanel::exportTo(const QString& path, const QSize& size, bool includeSmall) const {
    if (!m_hasData)
        return Error{ErrorCode::Invalid, tr("There is nothing to export: the view shows no measure.")};
    const Disparity out = includeSmall ? m_disparity : equity::suppressSmall(m_disparity);
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        QSaveFile file(path);
        const QByteArray bytes = equity::disparityCsv(out).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error{ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
        return {};
    }
    const SmallNumbers small = includeSmall ? SmallNumbers::Shown : SmallNumbers::Suppressed;
    // The two charts side by side, each half the width, drawn off screen at the export's size.
    DisparityChartView gapView, ratesView;
    const QSize half(std::max(50, size.width() / 2), size.height());
    gapView.setAttribute(Qt::WA_DontShowOnScreen);
    ratesView.setAttribute(Qt::WA_DontShowOnScreen);
    gapView.draw(planGapChart(m_disparity, m_group, m_extras, small));
    ratesView.draw(planRatesChart(m_disparity, m_group, small));
    gapView.resize(half);
    ratesView.resize(half);
    const QPixmap gapPixmap = gapView.grab(), ratesPixmap = ratesView.grab();
    return writeChartFile(
        path, size, tr("%1: gap by %2").arg(m_disparity.measure.name, m_disparity.dimension),
        [&](QPainter& painter, const QRectF& target) {
            const QRectF left(target.topLeft(), QSizeF(half)), right(QPointF(half.width(), 0), QSizeF(half));
            if (painter.device()->devType() == QInternal::Image) {
                painter.drawPixmap(left.topLeft(), gapPixmap);
                painter.drawPixmap(right.topLeft(), ratesPixmap);
            } else {
                const QRectF source(QPointF(0, 0), QSizeF(half));
                gapView.scene()->render(&painter, left, source);
                ratesView.scene()->render(&painter, right, source);
            }
        });
}

void DisparityPanel::exportInteractive() {
    const auto choice = askChartExport(
        this, tr("Export the disparity view"), QSize(1600, 600),
        tr("Small numbers (1 to %1 children) are left out of the file and shown as \"<%2\", as agencies' cell-size "
           "rules require. Include them only for your team's internal use: the file may then identify children.")
            .arg(m_disparity.minCell - 1)
            .arg(m_disparity.minCell));
    if (!choice)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the disparity view"), m_disparity.measure.name + QStringLiteral(" - gap.png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto status = exportTo(path, choice->size, choice->includeSmall); !status)
        QMessageBox::warning(this, tr("Export the disparity view"), status.error().message);
}

} // namespace pdsa::ui
