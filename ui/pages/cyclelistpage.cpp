// SPDX-License-Identifier: Apache-2.0
#include "pages/cyclelistpage.h"

#include "cycles/ramp.h"
#include "format.h"
#include "models/cyclefilterproxymodel.h"
#include "models/cyclelistmodel.h"
#include "theme.h"
#include "widgets/fittedtableview.h"
#include "widgets/optionaldateedit.h"
#include "widgets/ownershipbanner.h"
#include "widgets/pageheader.h"
#include "widgets/rampview.h"
#include "widgets/section.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>

#include <functional>
#include <set>

namespace pdsa::ui {

namespace {

QFormLayout* newForm() {
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

QComboBox* newCombo(QWidget* parent, const QString& name, const QString& objectName) {
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(name);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    return combo;
}

// The team column starts with "Imported:" for a team whose work came from its bundle (when asked
// to), so that with "All teams" the rows of another team's work read as theirs.
class TeamCellDelegate : public QStyledItemDelegate {
public:
    TeamCellDelegate(std::function<bool(const QUuid&)> isTheirs, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_isTheirs(std::move(isTheirs)) {}

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (m_isTheirs(index.data(CycleListModel::TeamIdRole).toUuid()))
            option->text = CycleListPage::tr("Imported: %1").arg(option->text); // survives eliding
    }

private:
    std::function<bool(const QUuid&)> m_isTheirs;
};

} // namespace

CycleListPage::CycleListPage(QWidget* parent)
    : Page(Scrolling::Page, parent)
    , m_model(new CycleListModel(this))
    , m_proxy(new CycleFilterProxyModel(this)) {
    setObjectName(QStringLiteral("cycleListPage"));
    setAccessibleName(tr("PDSA cycles"));
    m_proxy->setCycleModel(m_model);

    m_newCycle = new QPushButton(tr("New PDSA cycle"), this);
    m_newCycle->setAccessibleName(tr("New PDSA cycle"));
    header()->addButton(m_newCycle);
    connect(m_newCycle, &QPushButton::clicked, this, [this] {
        if (m_document && !m_document->isTheirs(m_teamId))
            emit newCycleRequested(m_teamId);
    });
    m_banner = new OwnershipBanner(this);
    contentLayout()->addWidget(m_banner);

    buildFindSection();
    buildListSection();
    buildRampSection();
    finishContent();
    connectFilters();
}

// The search field and the filters: team, driver, change idea, status, decision and dates.
void CycleListPage::buildFindSection() {
    Section* find = addSection(tr("Find cycles"));
    m_search = new QLineEdit(find);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search cycles"));
    m_search->setPlaceholderText(tr("Words from any field: title, plan, observations, learning, ideas…"));
    m_search->setClearButtonEnabled(true);
    find->addWidget(m_search);

    m_team = newCombo(find, tr("Team"), QStringLiteral("teamFilter"));
    m_driver = newCombo(find, tr("Driver"), QStringLiteral("driverFilter"));
    m_idea = newCombo(find, tr("Change idea"), QStringLiteral("ideaFilter"));
    m_status = newCombo(find, tr("Status"), QStringLiteral("statusFilter"));
    m_decision = newCombo(find, tr("Decision"), QStringLiteral("decisionFilter"));
    m_from = new OptionalDateEdit(tr("From date"), find);
    m_to = new OptionalDateEdit(tr("To date"), find);
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_status->addItem(tr("Any status"), -1);
    for (CycleStatus status :
         {CycleStatus::Planned, CycleStatus::Running, CycleStatus::Studying, CycleStatus::Done})
        m_status->addItem(Format::status(status), static_cast<int>(status));
    m_decision->addItem(tr("Any decision"), -1);
    m_decision->addItem(tr("Not decided yet"), static_cast<int>(Decision::None));
    for (Decision decision : {Decision::Adopt, Decision::Adapt, Decision::Abandon})
        m_decision->addItem(Format::decision(decision), static_cast<int>(decision));

    auto* left = newForm();
    left->addRow(tr("Team"), m_team);
    left->addRow(tr("Driver"), m_driver);
    left->addRow(tr("Change idea"), m_idea);
    auto* right = newForm();
    right->addRow(tr("Status"), m_status);
    right->addRow(tr("Decision"), m_decision);
    auto* dates = new QHBoxLayout;
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(tr("to"), find));
    dates->addWidget(m_to, 1);
    right->addRow(tr("Dates"), dates);
    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addLayout(left, 1);
    filters->addSpacing(fontMetrics().height());
    filters->addLayout(right, 1);
    find->addLayout(filters);
    m_clear = new QPushButton(tr("Clear filters"), find);
    m_clear->setAccessibleName(tr("Clear filters"));
    auto* clearRow = new QHBoxLayout;
    clearRow->setContentsMargins(0, 0, 0, 0);
    clearRow->addWidget(m_clear);
    clearRow->addStretch(1);
    find->addLayout(clearRow);
}

// The cycles found, with their count (or why none shows).
void CycleListPage::buildListSection() {
    m_listSection = addSection(tr("Cycles"));
    m_count = new QLabel(m_listSection);
    Theme::makeMuted(m_count);
    m_listSection->addWidget(m_count);
    m_view = new FittedTableView(m_listSection);
    m_view->setObjectName(QStringLiteral("cycleListView"));
    m_view->setAccessibleName(tr("PDSA cycles found"));
    m_view->setModel(m_proxy);
    // Only when the list mixes teams: a single team's folder already says so in its banner.
    auto* teamCells = new TeamCellDelegate(
        [this](const QUuid& teamId) {
            return m_document && m_team->currentData().toUuid().isNull() && m_document->isTheirs(teamId);
        },
        m_view);
    m_view->setItemDelegateForColumn(CycleListModel::TeamColumn, teamCells);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CycleListModel::DatesColumn, Qt::DescendingOrder);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CycleListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CycleListModel::IdeasColumn, QHeaderView::Stretch);
    m_listSection->addWidget(m_view);
    m_empty = new QLabel(m_listSection);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);
    QFont italic = m_empty->font();
    italic.setItalic(true);
    m_empty->setFont(italic);
    Theme::makeMuted(m_empty);
    m_listSection->addWidget(m_empty);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit navigateRequested(NavigationTarget::cycle(index.data(CycleListModel::TeamIdRole).toUuid(),
                                                       index.data(CycleListModel::IdRole).toUuid()));
    });
}

void CycleListPage::buildRampSection() {
    m_rampSection = addSection(tr("Ramps by change idea"));
    m_rampSection->setCaption(tr(
        "Each row is one ramp: how a change grew from a first small test. Enter or a click opens a cycle."));
    m_ramps = new RampView(m_rampSection);
    m_ramps->setObjectName(QStringLiteral("rampsView"));
    m_ramps->setAccessibleName(tr("Ramps by change idea"));
    m_ramps->setEmptyText(tr("No ramps to show for these filters."));
    m_rampSection->addWidget(m_ramps);
    connect(m_ramps, &RampView::cycleActivated, this, [this](const QUuid& id) {
        for (const PdsaCycle& cycle : m_allCycles)
            if (cycle.meta.id == id)
                emit navigateRequested(NavigationTarget::cycle(cycle.teamId, id));
    });
}

// Every filter applies as it changes; "Clear filters" resets them all at once.
void CycleListPage::connectFilters() {
    connect(m_search, &QLineEdit::textChanged, this, &CycleListPage::applyFilter);
    for (QComboBox* combo : {m_team, m_idea, m_status, m_decision})
        connect(combo, &QComboBox::currentIndexChanged, this, &CycleListPage::applyFilter);
    connect(m_driver, &QComboBox::currentIndexChanged, this, [this] {
        updateIdeaChoices();
        applyFilter();
    });
    connect(m_from, &OptionalDateEdit::dateEdited, this, &CycleListPage::applyFilter);
    connect(m_to, &OptionalDateEdit::dateEdited, this, &CycleListPage::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_loading = true;
        m_search->clear();
        for (QComboBox* combo : {m_driver, m_idea, m_status, m_decision})
            combo->setCurrentIndex(0);
        m_team->setCurrentIndex(std::max(0, m_team->findData(m_teamId)));
        m_from->setDate({});
        m_to->setDate({});
        m_loading = false;
        updateIdeaChoices();
        applyFilter();
    });
}

Status CycleListPage::load(WorkspaceDocument& document, const NavigationTarget& target) {
    Workspace& workspace = document.workspace();
    const bool newPlace = m_document != &document || target.teamId != m_teamId;
    m_document = &document;
    m_teamId = target.teamId;

    auto names = CycleListModel::loadNames(workspace);
    if (!names)
        return names.error();
    auto all = workspace.cycles.cycles.all();
    if (!all)
        return all.error();
    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    auto drivers = workspace.changePackage.drivers.all();
    if (!drivers)
        return drivers.error();
    auto ideas = workspace.changePackage.ideas.all();
    if (!ideas)
        return ideas.error();

    QString teamName;
    for (const Team& team : *teams)
        if (team.meta.id == m_teamId)
            teamName = team.name;
    header()->setTitle(teamName.isEmpty() ? tr("PDSA cycles") : tr("PDSA cycles of %1").arg(teamName));
    header()->setSubtitle(tr("Filter, search and open the cycles; the ramps show how each change grew"));
    m_banner->setArrival(document.arrivedFrom(Owner::ofTeam(m_teamId)));
    OwnershipBanner::setLocked(m_newCycle, document.readOnlyReason(m_teamId));

    // The filter choices, keeping what is chosen.
    m_loading = true;
    const QVariant team = newPlace ? QVariant(m_teamId) : m_team->currentData();
    m_team->clear();
    m_team->addItem(tr("All teams"), QUuid());
    for (const Team& t : *teams)
        m_team->addItem(document.isTheirs(t.meta.id) ? tr("%1 (imported)").arg(t.name) : t.name, t.meta.id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(team)));

    const QVariant driver = newPlace ? QVariant() : m_driver->currentData();
    m_driver->clear();
    m_driver->addItem(tr("Any driver"), QUuid());
    QHash<QUuid, QUuid> parentOf;
    for (const Driver& d : *drivers)
        parentOf.insert(d.meta.id, d.parentId);
    for (const Driver& primary : *drivers) {
        if (!primary.parentId.isNull())
            continue;
        m_driver->addItem(primary.name, primary.meta.id);
        for (const Driver& secondary : *drivers)
            if (secondary.parentId == primary.meta.id)
                m_driver->addItem(tr("    › %1").arg(secondary.name), secondary.meta.id);
    }
    m_driver->setCurrentIndex(std::max(0, driver.isValid() ? m_driver->findData(driver) : 0));
    m_ideaChoices.clear();
    for (const ChangeIdea& idea : *ideas)
        m_ideaChoices.push_back({idea.meta.id, idea.name, idea.driverId, parentOf.value(idea.driverId)});
    if (newPlace) {
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_decision->setCurrentIndex(0);
        m_from->setDate({});
        m_to->setDate({});
        m_idea->setCurrentIndex(-1);
    }
    m_loading = false;
    updateIdeaChoices();

    m_allCycles = *all;
    m_model->setCycles(std::move(*all), std::move(*names));
    applyFilter();
    return {};
}

void CycleListPage::updateIdeaChoices() {
    const bool wasLoading = m_loading;
    m_loading = true;
    const QVariant chosen = m_idea->currentData();
    const QUuid driver = m_driver->currentData().toUuid();
    m_idea->clear();
    m_idea->addItem(tr("Any change idea"), QUuid());
    for (const IdeaChoice& idea : m_ideaChoices)
        if (driver.isNull() || idea.driverId == driver || idea.primaryId == driver)
            m_idea->addItem(idea.name, idea.id);
    m_idea->setCurrentIndex(std::max(0, chosen.isValid() ? m_idea->findData(chosen) : 0));
    m_loading = wasLoading;
}

void CycleListPage::applyFilter() {
    if (m_loading)
        return;
    cycles::CycleFilter filter;
    if (const QUuid team = m_team->currentData().toUuid(); !team.isNull())
        filter.teamIds.insert(team);
    if (const QUuid idea = m_idea->currentData().toUuid(); !idea.isNull())
        filter.changeIdeaIds.insert(idea);
    filter.driverId = m_driver->currentData().toUuid();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.statuses.insert(static_cast<CycleStatus>(status));
    if (const int decision = m_decision->currentData().toInt(); decision >= 0)
        filter.decisions.insert(static_cast<Decision>(decision));
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.text = m_search->text();
    m_proxy->setFilter(filter);
    updateResult();
}

QString CycleListPage::whyEmpty() const {
    const cycles::CycleFilter& filter = m_proxy->filter();
    QStringList reasons;
    if (!filter.text.trimmed().isEmpty())
        reasons << tr("the search “%1”").arg(filter.text.trimmed());
    if (!filter.driverId.isNull())
        reasons << tr("the driver");
    if (!filter.changeIdeaIds.isEmpty())
        reasons << tr("the change idea");
    if (!filter.statuses.empty())
        reasons << tr("the status");
    if (!filter.decisions.empty())
        reasons << tr("the decision");
    if (!filter.from.isNull() || !filter.to.isNull())
        reasons << tr("the dates");
    int inTeams = 0;
    for (const PdsaCycle& cycle : m_allCycles)
        inTeams += filter.teamIds.isEmpty() || filter.teamIds.contains(cycle.teamId) ? 1 : 0;
    if (inTeams == 0)
        return filter.teamIds.isEmpty()
                   ? tr("No PDSA cycles in this collaborative yet — “New PDSA cycle” plans a team's first "
                        "test.")
                   : tr("This team has no PDSA cycles yet — “New PDSA cycle” plans its first test.");
    //: %1 lists the filters, e.g. "the search “visits” and the status"
    const QString list =
        reasons.size() > 1
            ? tr("%1 and %2").arg(reasons.mid(0, reasons.size() - 1).join(tr(", ")), reasons.back())
            : reasons.value(0);
    return tr("None of the %n cycles match %1. Change or clear the filters to see them.", nullptr, inTeams)
        .arg(list);
}

void CycleListPage::updateResult() {
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    const bool empty = shown == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty)
        m_empty->setText(whyEmpty());
    m_count->setText(m_proxy->filter().isEmpty() ? tr("%n cycles", nullptr, shown)
                                                 : tr("%1 of %n cycles", nullptr, total).arg(shown));
    m_listSection->setTitle(tr("Cycles (%1)").arg(shown));

    // The ramps that hold a cycle shown, over the chosen teams' cycles (so a ramp is shown whole).
    std::set<QUuid> visible;
    for (int row = 0; row < shown; ++row)
        visible.insert(m_proxy->index(row, 0).data(CycleListModel::IdRole).toUuid());
    std::vector<PdsaCycle> inScope;
    for (const PdsaCycle& cycle : m_allCycles)
        if (m_proxy->filter().teamIds.isEmpty() || m_proxy->filter().teamIds.contains(cycle.teamId))
            inScope.push_back(cycle);
    const bool manyTeams = m_proxy->filter().teamIds.isEmpty();
    std::vector<RampView::Row> rows;
    int hidden = 0;
    for (const cycles::IdeaRamps& group : cycles::rampsByChangeIdea(inScope)) {
        const QString idea = group.changeIdeaId.isNull()
                                 ? tr("No change idea linked")
                                 : m_model->names().changeIdeas.value(group.changeIdeaId);
        for (const cycles::RampChain& chain : group.chains) {
            bool any = false;
            for (const PdsaCycle& cycle : chain.cycles)
                any = any || visible.count(cycle.meta.id) > 0;
            if (!any)
                continue;
            if (static_cast<int>(rows.size()) >= kMaxRamps) {
                ++hidden;
                continue;
            }
            QString heading = chain.branchedFrom.isNull() ? idea : tr("%1 — a branch").arg(idea);
            if (manyTeams)
                heading =
                    tr("%1 · %2").arg(heading, m_model->names().teams.value(chain.cycles.front().teamId));
            rows.push_back({heading, chain.cycles});
        }
    }
    m_ramps->setRows(rows);
    m_rampSection->setCaption(
        hidden > 0
            ? tr("The first %1 ramps; %2 more match. Narrow the filters to see them.")
                  .arg(kMaxRamps)
                  .arg(hidden)
            : tr("Each row is one ramp: how a change grew from a first small test. Enter or a click opens a "
                 "cycle."));
}

} // namespace pdsa::ui
