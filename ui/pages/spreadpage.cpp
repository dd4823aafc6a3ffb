// SPDX-License-Identifier: Apache-2.0
#include "pages/spreadpage.h"

#include "dialogs/spreaddialog.h"
#include "format.h"
#include "theme.h"
#include "undo/commands.h"
#include "widgets/fittedtableview.h"
#include "widgets/optionaldateedit.h"
#include "widgets/ownershipbanner.h"
#include "widgets/pageheader.h"
#include "widgets/section.h"
#include "workspacedocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <map>

namespace pdsa::ui {

namespace {

enum Column { TeamColumn, PracticeColumn, ConceptColumn, SiteColumn, SinceColumn, StatusColumn, NoteColumn, ColumnCount };
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kTeamRole = Qt::UserRole + 2;
constexpr int kStatusRole = Qt::UserRole + 3;
constexpr int kDateRole = Qt::UserRole + 4;
constexpr int kSortRole = Qt::UserRole + 5;

const std::vector<SpreadStatus>& statuses() {
    static const std::vector<SpreadStatus> all = {SpreadStatus::Planned, SpreadStatus::InProgress, SpreadStatus::Spread,
                                                  SpreadStatus::Sustained, SpreadStatus::Discontinued};
    return all;
}

// How far a status got, for "the furthest status of a concept's practices at a site".
int reach(SpreadStatus status) {
    switch (status) {
    case SpreadStatus::Discontinued: return 0;
    case SpreadStatus::Planned: return 1;
    case SpreadStatus::InProgress: return 2;
    case SpreadStatus::Spread: return 3;
    case SpreadStatus::Sustained: return 4;
    }
    return 0;
}

class LedgerFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QUuid team;
    QString changeConcept; // null: any
    int status = -1;
    QDate from, to;
    void apply() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!team.isNull() && index.data(kTeamRole).toUuid() != team)
            return false;
        if (!changeConcept.isNull() && sourceModel()->index(row, ConceptColumn, parent).data().toString() != changeConcept)
            return false;
        if (status >= 0 && index.data(kStatusRole).toInt() != status)
            return false;
        const QDate since = index.data(kDateRole).toDate();
        if ((from.isValid() || to.isValid()) && !since.isValid())
            return false;
        return (!from.isValid() || since >= from) && (!to.isValid() || since <= to);
    }
};

} // namespace

SpreadPage::SpreadPage(QWidget* parent)
    : Page(Scrolling::Page, parent) {
    setObjectName(QStringLiteral("spreadPage"));
    setAccessibleName(tr("Spread"));
    header()->setTitle(tr("Spread"));
    header()->setSubtitle(tr("The practices the teams spread beyond their pilot sites"));

    Section* ledger = addSection(tr("Ledger"));
    ledger->setCaption(tr("Planned → in progress → spread → sustained, or discontinued. Each record is its team's: "
                          "it travels in the team's bundle."));
    m_team = new QComboBox(ledger);
    m_team->setAccessibleName(tr("Show the spread of"));
    m_concept = new QComboBox(ledger);
    m_concept->setAccessibleName(tr("Show the change concept"));
    m_status = new QComboBox(ledger);
    m_status->setAccessibleName(tr("Show the status"));
    m_status->addItem(tr("Any status"), -1);
    for (SpreadStatus s : statuses())
        m_status->addItem(SpreadDialog::statusText(s), int(s));
    m_from = new OptionalDateEdit(tr("From"), ledger);
    m_to = new OptionalDateEdit(tr("To"), ledger);
    // The filters in a grid of short rows, labels aligned, so that 200 % text fits the page's width.
    auto* filters = new QGridLayout;
    const auto labelled = [&](const QString& text, QWidget* buddy, int row, int column) {
        auto* label = new QLabel(text, ledger);
        label->setBuddy(buddy);
        filters->addWidget(label, row, column);
        filters->addWidget(buddy, row, column + 1);
    };
    labelled(tr("&Team:"), m_team, 0, 0);
    labelled(tr("&Concept:"), m_concept, 0, 2);
    labelled(tr("&Status:"), m_status, 1, 0);
    labelled(tr("Since &from:"), m_from, 2, 0);
    labelled(tr("t&o:"), m_to, 2, 2);
    filters->setColumnStretch(4, 1);
    m_new = new QPushButton(tr("&Record spread…"), ledger);
    m_new->setAccessibleName(tr("Record spread"));
    m_edit = new QPushButton(tr("&Edit…"), ledger);
    m_edit->setAccessibleName(tr("Edit the selected spread record"));
    m_remove = new QPushButton(tr("Re&move"), ledger);
    m_remove->setAccessibleName(tr("Remove the selected spread record"));
    auto* buttons = new QHBoxLayout; // a row of its own: the filter rows stay short at 200 % text
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    for (QComboBox* box : {m_team, m_concept}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    auto* controls = new QVBoxLayout;
    controls->addLayout(filters);
    controls->addLayout(buttons);
    ledger->addActionsLayout(controls);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Team"), tr("Practice"), tr("Change concept"), tr("Spread to"), tr("Since"),
                                        tr("Status"), tr("Note")});
    auto* proxy = new LedgerFilter(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(kSortRole);
    m_proxy = proxy;
    m_view = new FittedTableView(ledger);
    m_view->setObjectName(QStringLiteral("spreadLedgerView"));
    m_view->setAccessibleName(tr("Spread records"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TeamColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView* columns = m_view->horizontalHeader();
    for (int c : {TeamColumn, PracticeColumn, ConceptColumn, SiteColumn, NoteColumn})
        columns->setSectionResizeMode(c, QHeaderView::Stretch);
    for (int c : {SinceColumn, StatusColumn})
        columns->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_summary = new QLabel(ledger);
    m_summary->setWordWrap(true);
    Theme::makeMuted(m_summary);
    ledger->addWidget(m_view);
    ledger->addWidget(m_summary);

    ledger->setEmptyText(tr("No spread recorded yet. Record where an adopted change spread beyond the pilot site; "
                            "an Adopt decision on a PDSA cycle offers it too."));

    Section* matrix = addSection(tr("By change concept and site"));
    matrix->setCaption(tr("How far each change concept had spread to each site by the month chosen: the furthest "
                          "status of its practices there."));
    m_asOf = new QDateEdit(matrix);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_asOf->setAccessibleName(tr("As of the month"));
    auto* asOfRow = new QHBoxLayout;
    auto* asOfLabel = new QLabel(tr("&As of:"), matrix);
    asOfLabel->setBuddy(m_asOf);
    asOfRow->addWidget(asOfLabel);
    asOfRow->addWidget(m_asOf);
    asOfRow->addStretch(1);
    matrix->addActionsLayout(asOfRow);
    m_matrix = new QStandardItemModel(this);
    m_matrixView = new FittedTableView(matrix);
    m_matrixView->setObjectName(QStringLiteral("spreadMatrixView"));
    m_matrixView->setAccessibleName(tr("Spread by change concept and site"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setWordWrap(true);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    matrix->addWidget(m_matrixView);
    finishContent();

    for (QComboBox* box : {m_team, m_concept, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &SpreadPage::applyFilter);
    connect(m_from, &OptionalDateEdit::dateEdited, this, &SpreadPage::applyFilter);
    connect(m_to, &OptionalDateEdit::dateEdited, this, &SpreadPage::applyFilter);
    connect(m_asOf, &QDateEdit::dateChanged, this, &SpreadPage::fillMatrix);
    // Until the person picks a month, the view follows the latest.
    connect(m_asOf, &QDateEdit::userDateChanged, this, [this] { m_asOf->setProperty("pdsaUntouched", false); });
    connect(m_new, &QPushButton::clicked, this, &SpreadPage::newRecord);
    connect(m_edit, &QPushButton::clicked, this, &SpreadPage::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &SpreadPage::removeCurrent);
    connect(m_view, &QAbstractItemView::activated, this, &SpreadPage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SpreadPage::updateButtons);
}

bool SpreadPage::shows(const Changes& changes) const {
    return changes.touches(QStringLiteral("spread_record")) || changes.touches(QStringLiteral("team")) ||
           changes.touches(QStringLiteral("change_idea")) || changes.touches(QStringLiteral("driver"));
}

Status SpreadPage::load(WorkspaceDocument& document, const NavigationTarget&) {
    m_document = &document;
    auto rows = report::spreadLedger(document.workspace());
    if (!rows)
        return rows.error();
    m_rows = std::move(*rows);
    const QUuid current = m_view->currentIndex().siblingAtColumn(0).data(kIdRole).toUuid();
    m_model->removeRows(0, m_model->rowCount());
    QDate first, last;
    for (const report::SpreadRow& r : m_rows) {
        QList<QStandardItem*> items;
        const auto item = [&](const QString& text, const QVariant& sort = {}) {
            auto* i = new QStandardItem(text);
            i->setData(sort.isValid() ? sort : QVariant(text.toLower()), kSortRole);
            i->setToolTip(text);
            items << i;
        };
        item(r.team);
        item(r.practice);
        item(r.changeConcept);
        item(r.toSite);
        item(r.spreadOn.isValid() ? Format::date(r.spreadOn) : tr("not yet"), r.spreadOn);
        item(SpreadDialog::statusText(r.status), reach(r.status));
        item(r.note);
        items[0]->setData(r.id, kIdRole);
        items[0]->setData(r.teamId, kTeamRole);
        items[0]->setData(int(r.status), kStatusRole);
        items[0]->setData(r.spreadOn, kDateRole);
        m_model->appendRow(items);
        if (r.spreadOn.isValid()) {
            first = first.isValid() ? std::min(first, r.spreadOn) : r.spreadOn;
            last = std::max(last, r.spreadOn);
        }
    }
    // The filters' choices, keeping what was chosen.
    const QUuid team = m_team->currentData().toUuid();
    const QString chosenConcept = m_concept->currentData().toString();
    {
        const QSignalBlocker a(m_team), b(m_concept);
        m_team->clear();
        m_team->addItem(tr("Every team"), QUuid());
        if (auto teams = document.workspace().teams.teams.all())
            for (const Team& t : *teams)
                m_team->addItem(t.name, t.meta.id);
        m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
        m_concept->clear();
        m_concept->addItem(tr("Every concept"), QString());
        QStringList concepts;
        if (auto ideas = report::packageIdeas(document.workspace()))
            for (const report::PackageIdea& idea : *ideas)
                if (!idea.changeConcept.isEmpty() && !concepts.contains(idea.changeConcept))
                    concepts << idea.changeConcept;
        for (const QString& c : std::as_const(concepts))
            m_concept->addItem(c, c);
        m_concept->setCurrentIndex(std::max(0, m_concept->findData(chosenConcept)));
    }
    {
        const QSignalBlocker block(m_asOf);
        const QDate today = QDate::currentDate();
        if (first.isValid()) {
            m_asOf->setDateRange(first, std::max(last, today));
            if (m_asOf->date() == QDate(2000, 1, 1) || m_asOf->property("pdsaUntouched").toBool() ||
                !m_asOf->property("pdsaUntouched").isValid()) {
                m_asOf->setDate(std::max(last, std::min(today, m_asOf->maximumDate())));
                m_asOf->setProperty("pdsaUntouched", true);
            }
        }
    }
    // Records are their team's: this workspace records spread for the teams it may write for.
    m_readOnly = tr("Spread is recorded by each team in its own workspace; it arrives here with their bundles.");
    if (auto teams = document.workspace().teams.teams.all())
        for (const Team& t : *teams)
            if (document.readOnlyReason(t.meta.id).isEmpty())
                m_readOnly.clear();
    applyFilter();
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (m_proxy->index(r, 0).data(kIdRole).toUuid() == current)
            m_view->setCurrentIndex(m_proxy->index(r, 0));
    fillMatrix();
    updateButtons();
    return {};
}

int SpreadPage::shownRows() const { return m_proxy->rowCount(); }

void SpreadPage::applyFilter() {
    auto* filter = static_cast<LedgerFilter*>(m_proxy);
    filter->team = m_team->currentData().toUuid();
    filter->changeConcept = m_concept->currentIndex() > 0 ? m_concept->currentData().toString() : QString();
    filter->status = m_status->currentData().toInt();
    filter->from = m_from->date();
    filter->to = m_to->date();
    filter->apply();
    auto* section = qobject_cast<Section*>(m_view->parentWidget());
    if (section) {
        section->setTitle(m_rows.empty() ? tr("Ledger") : tr("Ledger (%1)").arg(m_rows.size()));
        section->setEmpty(m_rows.empty());
    }
    std::map<SpreadStatus, int> counts;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        counts[SpreadStatus(m_proxy->index(r, 0).data(kStatusRole).toInt())] += 1;
    QStringList parts;
    for (SpreadStatus s : statuses())
        if (counts[s] > 0)
            parts << QStringLiteral("%1 %2").arg(counts[s]).arg(SpreadDialog::statusText(s).toLower());
    m_summary->setText(m_proxy->rowCount() == 0 ? tr("No record matches these filters.")
                                                : tr("%1 of %2 records shown: %3.")
                                                      .arg(m_proxy->rowCount())
                                                      .arg(m_rows.size())
                                                      .arg(parts.join(QStringLiteral(", "))));
    updateButtons();
}

void SpreadPage::fillMatrix() {
    const QDate asOf = m_asOf->date();
    const QDate end = QDate(asOf.year(), asOf.month(), 1).addMonths(1).addDays(-1);
    QStringList concepts, sites;
    std::map<std::pair<QString, QString>, const report::SpreadRow*> best;
    for (const report::SpreadRow& r : m_rows) {
        if (r.spreadOn.isValid() && r.spreadOn > end)
            continue;
        const QString chosenConcept = r.changeConcept.isEmpty() ? tr("(no change concept)") : r.changeConcept;
        if (!concepts.contains(chosenConcept))
            concepts << chosenConcept;
        if (!sites.contains(r.toSite))
            sites << r.toSite;
        const report::SpreadRow*& cell = best[{chosenConcept, r.toSite}];
        if (!cell || reach(r.status) > reach(cell->status))
            cell = &r;
    }
    concepts.sort(Qt::CaseInsensitive);
    sites.sort(Qt::CaseInsensitive);
    m_matrix->clear();
    m_matrix->setColumnCount(int(sites.size()) + 1);
    m_matrix->setHorizontalHeaderLabels(QStringList{tr("Change concept")} + sites);
    for (int row = 0; row < concepts.size(); ++row) {
        QList<QStandardItem*> items{new QStandardItem(concepts[row])};
        for (const QString& site : std::as_const(sites)) {
            const auto found = best.find({concepts[row], site});
            auto* item = new QStandardItem;
            if (found != best.end()) {
                const report::SpreadRow& r = *found->second;
                item->setText(r.spreadOn.isValid()
                                  ? tr("%1 since %2").arg(SpreadDialog::statusText(r.status), r.spreadOn.toString(QStringLiteral("yyyy-MM")))
                                  : SpreadDialog::statusText(r.status));
                item->setToolTip(tr("%1 (%2): %3").arg(r.practice, r.team, SpreadDialog::statusText(r.status)));
                item->setBackground(Theme::spreadColor(int(r.status)));
            }
            items << item;
        }
        m_matrix->appendRow(items);
    }
    m_matrixView->setVisible(!concepts.isEmpty());
    m_matrixView->resizeRowsToContents();
}

void SpreadPage::updateButtons() {
    const QModelIndex current = m_view->currentIndex();
    OwnershipBanner::setLocked(m_new, m_readOnly);
    const QString theirs = current.isValid() && m_document
                               ? m_document->readOnlyReason(current.siblingAtColumn(0).data(kTeamRole).toUuid())
                               : QString();
    for (QPushButton* b : {m_edit, m_remove})
        OwnershipBanner::setLocked(b, !current.isValid() ? tr("Select a record first") : theirs);
}

void SpreadPage::openDialog(const SpreadRecord& record, bool isNew) {
    if (!m_document)
        return;
    SpreadDialog::Choices teams;
    if (auto all = m_document->workspace().teams.teams.all())
        for (const Team& t : *all)
            if (!isNew || m_document->readOnlyReason(t.meta.id).isEmpty())
                teams.emplace_back(t.meta.id, t.name);
    SpreadDialog dialog(record, teams, SpreadDialog::ideaChoices(m_document->workspace()), isNew, this);
    while (dialog.exec() == QDialog::Accepted) {
        const SpreadRecord edited = dialog.record();
        Status status;
        if (isNew) {
            auto added = command::addSpread(*m_document, edited);
            status = added ? Status() : Status(added.error());
        } else {
            status = command::editSpread(*m_document, edited);
        }
        if (status)
            return;
        QMessageBox::warning(this, tr("Cannot record the spread"), status.error().message);
    }
}

void SpreadPage::newRecord() {
    SpreadRecord record;
    record.teamId = m_team->currentData().toUuid();
    record.spreadOn = QDate::currentDate();
    openDialog(record, true);
}

void SpreadPage::editCurrent() {
    const QUuid id = m_view->currentIndex().siblingAtColumn(0).data(kIdRole).toUuid();
    if (!m_document || id.isNull())
        return;
    auto found = m_document->workspace().work.spread.find(id);
    if (found && *found)
        openDialog(**found, false);
}

void SpreadPage::removeCurrent() {
    const QUuid id = m_view->currentIndex().siblingAtColumn(0).data(kIdRole).toUuid();
    if (!m_document || id.isNull())
        return;
    if (const Status status = command::removeSpread(*m_document, id); !status)
        QMessageBox::warning(this, tr("Cannot remove the spread record"), status.error().message);
}

} // namespace pdsa::ui
