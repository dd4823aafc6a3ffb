// SPDX-License-Identifier: Apache-2.0
#include "pages/dashboardpage.h"

#include "format.h"
#include "print/documentpdf.h"
#include "theme.h"
#include "widgets/pageheader.h"
#include "widgets/section.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pdsa::ui {

namespace {

constexpr int kTileChartWidth = 200;
constexpr int kTileChartHeight = 64;

} // namespace

DashboardTileButton::DashboardTileButton(const report::DashboardTile& tile, const QUuid& measureId, const QString& goal,
                                         QWidget* parent)
    : QAbstractButton(parent)
    , m_tile(tile)
    , m_measureId(measureId)
    , m_goal(goal) {
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tile.alt);
    setToolTip(tile.alt);
    m_tile.sketch.width = kTileChartWidth;
    m_tile.sketch.height = kTileChartHeight;
    m_tile.sketch.emptyText = tr("No values yet");
}

QSize DashboardTileButton::sizeHint() const {
    const int line = fontMetrics().height();
    const qreal grow = std::max<qreal>(1.0, fontMetrics().height() / 15.0);
    return {int(kTileChartWidth * grow) + 12, int(kTileChartHeight * grow) + 3 * line + 16};
}

void DashboardTileButton::changeEvent(QEvent* event) {
    QAbstractButton::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        m_chart = QImage();
}

void DashboardTileButton::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void DashboardTileButton::paintEvent(QPaintEvent*) {
    QStylePainter p(this);
    const int line = fontMetrics().height();
    const QRect box = rect().adjusted(1, 1, -1, -1);
    p.setPen(hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid));
    p.setBrush(underMouse() ? palette().color(QPalette::AlternateBase) : palette().color(QPalette::Base));
    p.drawRoundedRect(box, 4, 4);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    const QRect text = box.adjusted(6, 4, -6, 0);
    p.drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(m_tile.team, Qt::ElideRight, text.width()));
    p.setFont(font());
    const QString latest = m_goal.isEmpty() ? m_tile.latest : tr("%1 · goal %2").arg(m_tile.latest, m_goal);
    p.drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(latest, Qt::ElideRight, text.width()));
    const QRect chart(text.left(), text.top() + 2 * line + 2, text.width(), box.bottom() - text.top() - 3 * line - 4);
    if (m_chart.isNull() || m_chartFor != chart.size()) { // drawn again only when the tile's size changed
        const qreal zoom = devicePixelRatioF() * std::min(chart.width() / qreal(kTileChartWidth), chart.height() / qreal(kTileChartHeight));
        m_chart = print::chartImage(m_tile.sketch, zoom);
        m_chart.setDevicePixelRatio(devicePixelRatioF());
        m_chartFor = chart.size();
    }
    p.drawImage(chart.topLeft(), m_chart);
    p.setPen(Theme::mutedText(palette()));
    p.drawText(QRect(text.left(), box.bottom() - line - 2, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(m_tile.reading, Qt::ElideRight, text.width()));
}

DashboardPage::DashboardPage(QWidget* parent)
    : Page(Scrolling::Page, parent) {
    setObjectName(QStringLiteral("dashboardPage"));
    setAccessibleName(tr("Dashboard"));
    header()->setTitle(tr("Dashboard"));
    header()->setSubtitle(tr("Every team's shared measures side by side"));

    m_sort = new QComboBox(this);
    m_sort->setAccessibleName(tr("Sort the teams by"));
    m_sort->addItem(tr("Team name"), int(SortBy::Name));
    m_sort->addItem(tr("Latest value (best first)"), int(SortBy::Latest));
    m_sort->addItem(tr("Change since baseline (most improved first)"), int(SortBy::Change));
    m_sort->addItem(tr("Assessment score (highest first)"), int(SortBy::Score));
    m_months = new QComboBox(this);
    m_months->setAccessibleName(tr("Months shown"));
    auto* sortLabel = new QLabel(tr("&Sort by:"), this);
    sortLabel->setBuddy(m_sort);
    auto* monthsLabel = new QLabel(tr("&Months:"), this);
    monthsLabel->setBuddy(m_months);
    auto* controls = new QGridLayout;
    controls->addWidget(sortLabel, 0, 0);
    controls->addWidget(m_sort, 0, 1);
    controls->addWidget(monthsLabel, 1, 0);
    controls->addWidget(m_months, 1, 1);
    controls->setColumnStretch(2, 1);
    m_note = new QLabel(tr("Each team's chart is the measure's default chart with the IHI rules, on one scale per measure; "
                           "orange points take part in a signal. Enter or a click opens the team's page of the measure."),
                        this);
    m_note->setWordWrap(true);
    Theme::makeMuted(m_note);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(controls);
    topLayout->addWidget(m_note);
    contentLayout()->addWidget(top);
    m_boardsBox = new QWidget(this);
    auto* boards = new QVBoxLayout(m_boardsBox);
    boards->setContentsMargins(0, 0, 0, 0);
    contentLayout()->addWidget(m_boardsBox);
    m_boardsBox->installEventFilter(this);
    finishContent();

    connect(m_sort, &QComboBox::currentIndexChanged, this, &DashboardPage::arrange);
    connect(m_months, &QComboBox::currentIndexChanged, this, [this] { showStatus(rebuild()); });
}

bool DashboardPage::shows(const Changes& changes) const {
    return changes.everything || !changes.empty();
}

Status DashboardPage::load(WorkspaceDocument& document, const NavigationTarget&) {
    m_document = &document;
    // The months: the whole collaborative, or one action period.
    const QVariant chosen = m_months->currentData();
    {
        const QSignalBlocker block(m_months);
        m_months->clear();
        m_months->addItem(tr("The whole collaborative"), QVariant());
        if (auto periods = document.workspace().collaborative.actionPeriods.all()) {
            std::sort(periods->begin(), periods->end(),
                      [](const ActionPeriod& a, const ActionPeriod& b) { return a.startDate < b.startDate; });
            for (const ActionPeriod& p : *periods)
                m_months->addItem(tr("%1 (%2)").arg(p.name, Format::dateRange(p.startDate, p.endDate)),
                                  QVariant::fromValue(QPair<QDate, QDate>(p.startDate, p.endDate)));
        }
        m_months->setCurrentIndex(std::max(0, m_months->findData(chosen)));
    }
    return rebuild();
}

Status DashboardPage::rebuild() {
    if (!m_document)
        return {};
    report::DashboardOptions options;
    if (m_months->currentData().isValid()) {
        const auto [from, to] = m_months->currentData().value<QPair<QDate, QDate>>();
        options.from = from;
        options.to = to;
    }
    auto boards = report::dashboard(m_document->workspace(), options);
    if (!boards)
        return boards.error();
    m_boards = std::move(*boards);
    for (Shown& shown : m_shown)
        delete shown.section;
    m_shown.clear();
    auto* layout = static_cast<QVBoxLayout*>(m_boardsBox->layout());
    for (const report::DashboardMeasure& board : m_boards) {
        Shown shown;
        shown.section = new Section(QStringLiteral("%1 (%2)").arg(board.measure.name, toText(board.measure.type)), m_boardsBox);
        layout->addWidget(shown.section);
        if (board.pooled) {
            shown.aggregate = new QLabel(shown.section);
            // The chart grows with the text, as the tiles do.
            // (up to 1.6 times: at 200 % text it still fits the page beside the navigation)
            const qreal grow = std::clamp<qreal>(fontMetrics().height() / 15.0, 1.0, 1.6);
            const qreal zoom = devicePixelRatioF();
            QImage image = print::chartImage(board.aggregate, zoom * grow);
            image.setDevicePixelRatio(zoom);
            shown.aggregate->setPixmap(QPixmap::fromImage(image));
            shown.aggregate->setAccessibleName(tr("%1, all teams pooled: %2").arg(board.measure.name, board.aggregateReading));
            shown.aggregate->setToolTip(shown.aggregate->accessibleName());
            shown.reading = new QLabel(tr("All teams pooled, as a %1 with limits that vary with the pooled denominator. "
                                          "Signals: %2.")
                                           .arg(board.measure.dataKind == DataKind::Proportion ? tr("P chart") : tr("U chart"),
                                                board.aggregateReading),
                                       shown.section);
            shown.reading->setWordWrap(true);
            shown.section->addWidget(shown.aggregate);
            shown.section->addWidget(shown.reading);
        } else {
            auto* none = new QLabel(tr("No pooled chart: the measure has no denominator to pool by."), shown.section);
            Theme::makeMuted(none);
            shown.section->addWidget(none);
        }
        auto* grid = new QWidget(shown.section);
        shown.grid = new QGridLayout(grid);
        shown.grid->setContentsMargins(0, 0, 0, 0);
        for (const report::DashboardTile& tile : board.tiles) {
            auto* button = new DashboardTileButton(tile, board.measure.meta.id, board.goal, grid);
            connect(button, &QAbstractButton::clicked, this, [this, team = tile.teamId, measure = board.measure.meta.id] {
                emit navigateRequested(NavigationTarget::measure(team, measure));
            });
            shown.tiles.push_back(button);
        }
        shown.section->addWidget(grid);
        shown.section->setEmptyText(tr("No teams yet."));
        shown.section->setEmpty(board.tiles.empty());
        m_shown.push_back(std::move(shown));
    }
    arrange();
    return {};
}

int DashboardPage::columns() const {
    if (m_shown.empty() || m_shown.front().tiles.empty())
        return 1;
    const int tile = m_shown.front().tiles.front()->sizeHint().width() + 6;
    const int width = m_boardsBox->width() > 0 ? m_boardsBox->width() : 900;
    return std::max(1, width / tile);
}

// The tiles follow the width of the column they stand in (which the page's own size does not
// tell: the scroll area lays it out after the page is shown).
bool DashboardPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_boardsBox && event->type() == QEvent::Resize && columns() != m_columns)
        arrange();
    return Page::eventFilter(watched, event);
}

void DashboardPage::arrange() {
    const SortBy by = SortBy(m_sort->currentData().toInt());
    m_columns = columns();
    for (size_t i = 0; i < m_shown.size(); ++i) {
        Shown& shown = m_shown[i];
        const bool up = m_boards[i].measure.improvement == Improvement::Up;
        std::vector<DashboardTileButton*> order = shown.tiles;
        // Best first; a team with nothing to sort by goes last, then by name.
        const auto key = [&](const DashboardTileButton* b) -> std::optional<double> {
            switch (by) {
            case SortBy::Latest:
                return b->tile().latestValue ? std::optional<double>(*b->tile().latestValue * (up ? 1 : -1)) : std::nullopt;
            case SortBy::Change: return b->tile().change;
            case SortBy::Score: return b->tile().score;
            case SortBy::Name: break;
            }
            return std::nullopt;
        };
        std::stable_sort(order.begin(), order.end(), [&](const DashboardTileButton* a, const DashboardTileButton* b) {
            const auto ka = key(a), kb = key(b);
            if (ka.has_value() != kb.has_value())
                return ka.has_value();
            if (ka && *ka != *kb)
                return *ka > *kb;
            return a->tile().team.toLower() < b->tile().team.toLower();
        });
        for (DashboardTileButton* b : order)
            shown.grid->removeWidget(b);
        for (size_t k = 0; k < order.size(); ++k)
            shown.grid->addWidget(order[k], int(k) / m_columns, int(k) % m_columns, Qt::AlignLeft);
        // Tab follows the order shown.
        for (size_t k = 1; k < order.size(); ++k)
            QWidget::setTabOrder(order[k - 1], order[k]);
        shown.tiles = order;
    }
}

std::vector<DashboardTileButton*> DashboardPage::tiles(int index) const {
    return index >= 0 && size_t(index) < m_shown.size() ? m_shown[size_t(index)].tiles : std::vector<DashboardTileButton*>{};
}

} // namespace pdsa::ui
