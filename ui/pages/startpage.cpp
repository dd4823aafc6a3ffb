// SPDX-License-Identifier: Apache-2.0
#include "pages/startpage.h"

#include "models/recentfilesmodel.h"
#include "theme.h"
#include "widgets/section.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListView>

#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace pdsa::ui {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
    , m_newButton(new QPushButton(tr("&New workspace…")))
    , m_openButton(new QPushButton(tr("&Open…")))
    , m_templateButton(new QPushButton(tr("From a &template…")))
    , m_demoButton(new QPushButton(tr("Open the &demo collaborative")))
    , m_recentModel(new RecentFilesModel(this)) {
    setObjectName(QStringLiteral("startPage"));
    setAccessibleName(tr("Start"));
    const int unit = fontMetrics().height();

    auto* column = new QWidget;
    column->setMaximumWidth(unit * 46);
    QHBoxLayout* top = buildTitle(column, unit);
    QHBoxLayout* buttons = buildButtons(unit);
    buildRecentSection(column);

    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(unit * 2, unit * 3, unit * 2, unit * 2);
    columnLayout->setSpacing(unit * 3 / 2);
    columnLayout->addLayout(top);
    columnLayout->addLayout(buttons);
    m_notice = new QLabel(column);
    m_notice->setObjectName(QStringLiteral("startNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fdf3d8; border: 1px solid #e4c96b; padding: 6px; }"));
    m_notice->hide();
    columnLayout->addWidget(m_notice);
    columnLayout->addWidget(m_recentSection);
    placeCentred(column);

    connect(m_newButton, &QPushButton::clicked, this, &StartPage::newWorkspaceRequested);
    connect(m_openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_templateButton, &QPushButton::clicked, this, &StartPage::fromTemplateRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recentView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit recentFileRequested(index.data(RecentFilesModel::PathRole).toString());
    });
    setRecentFiles({});
}

// The logo, the name and the tagline.
QHBoxLayout* StartPage::buildTitle(QWidget* column, int unit) {
    auto* icon = new QLabel(column);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/pdsa-tracker.svg")).pixmap(unit * 4, unit * 4));
    icon->setAccessibleName(tr("PDSA Tracker logo"));
    auto* title = new QLabel(tr("PDSA Tracker"), column);
    title->setFont(Theme::scaled(Theme::titleFont(font()), 1.25));
    auto* tagline =
        new QLabel(tr("Plan, document and learn from PDSA cycles with the teams of your Breakthrough "
                      "Series Collaborative."),
                   column);
    tagline->setWordWrap(true);
    tagline->setFont(Theme::scaled(font(), 1.1));
    Theme::makeMuted(tagline);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(unit / 4);
    titles->addWidget(title);
    titles->addWidget(tagline);
    auto* top = new QHBoxLayout;
    top->setSpacing(unit);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(titles, 1);
    return top;
}

// Demo, new, from a template, open: one row of large buttons.
QHBoxLayout* StartPage::buildButtons(int unit) {
    m_newButton->setToolTip(tr("Create a new workspace file for a collaborative (Ctrl+N)"));
    m_openButton->setToolTip(tr("Open a workspace file (Ctrl+O)"));
    m_templateButton->setToolTip(tr("Start a team's workspace from the collaborative template the organizer "
                                    "sent"));
    m_demoButton->setToolTip(tr("Explore a fictional collaborative with four teams, two years of data and "
                                "PDSA ramps"));
    m_demoButton->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(unit / 2);
    for (QPushButton* button : {m_demoButton, m_newButton, m_templateButton, m_openButton}) {
        button->setMinimumHeight(unit * 2);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    return buttons;
}

void StartPage::buildRecentSection(QWidget* column) {
    m_recentSection = new Section(tr("Recent workspaces"), column);
    m_recentView = new QListView(m_recentSection);
    m_recentView->setObjectName(QStringLiteral("recentView"));
    m_recentView->setAccessibleName(tr("Recent workspaces"));
    m_recentView->setModel(m_recentModel);
    m_recentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentView->setUniformItemSizes(true);
    m_recentView->setTextElideMode(Qt::ElideMiddle);
    m_recentView->setSpacing(2);
    m_recentView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Long paths are elided in the middle rather than scrolled sideways.
    m_recentView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recentView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recentView->setResizeMode(QListView::Adjust);
    m_recentSection->addWidget(m_recentView);
    m_recentSection->setEmptyText(
        tr("No recent workspaces yet — the workspaces you open will be listed here."));
}

// `column` centred across, and a little above the middle from top to bottom, scrolling when the
// window is too small.
void StartPage::placeCentred(QWidget* column) {
    auto* content = new QWidget;
    auto* across = new QHBoxLayout;
    across->addStretch(1);
    across->addWidget(column, 4);
    across->addStretch(1);
    auto* down = new QVBoxLayout(content);
    down->addStretch(1);
    down->addLayout(across);
    down->addStretch(3);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void StartPage::setRecentFiles(const QStringList& paths) {
    m_recentModel->setFiles(paths);
    m_recentSection->setEmpty(paths.isEmpty());
    if (paths.isEmpty())
        return;
    // Exactly as tall as its rows: the list holds at most RecentFiles::kMaximum entries.
    // sizeHintForRow() is unreliable before the view is first laid out; the font is not.
    const int row = std::max(m_recentView->sizeHintForRow(0), m_recentView->fontMetrics().height() + 4) +
                    2 * m_recentView->spacing();
    m_recentView->setFixedHeight(static_cast<int>(paths.size()) * row + 2 * m_recentView->frameWidth() +
                                 m_recentView->spacing());
    // Keyboard users start on the most recent file; nothing looks selected until then.
    m_recentView->selectionModel()->setCurrentIndex(m_recentModel->index(0), QItemSelectionModel::NoUpdate);
}

void StartPage::setNotice(const QString& text) {
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString StartPage::notice() const {
    return m_notice->text();
}

} // namespace pdsa::ui
