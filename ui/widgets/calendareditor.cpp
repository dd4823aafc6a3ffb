// SPDX-License-Identifier: Apache-2.0
#include "widgets/calendareditor.h"

#include "dialogs/calendardialogs.h"
#include "format.h"
#include "undo/commands.h"
#include "widgets/fittedtableview.h"
#include "widgets/ownershipbanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace pdsa::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kIsSessionRole = Qt::UserRole + 2;

QString spanText(const QDate& start, const QDate& end) {
    if (!start.isValid())
        return QString();
    if (!end.isValid() || end == start)
        return Format::date(start);
    return QCoreApplication::translate("pdsa::ui::CalendarEditor", "%1 to %2").arg(Format::date(start), Format::date(end));
}

QString kindText(SessionKind kind) {
    switch (kind) {
    case SessionKind::LearningSession: return QCoreApplication::translate("pdsa::ui::CalendarEditor", "Learning session");
    case SessionKind::Summit: return QCoreApplication::translate("pdsa::ui::CalendarEditor", "Summit");
    case SessionKind::Webinar: return QCoreApplication::translate("pdsa::ui::CalendarEditor", "Webinar");
    }
    return {};
}

QPushButton* button(const QString& text, const QString& accessible, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    return b;
}

// The editors' layout: the buttons that add above the table, those that act on the selected row
// below it (`left`, then `right` at the far side). Two short rows rather than one long one, so that
// 200 % text still fits the page's width.
void layOut(QWidget* owner, std::initializer_list<QPushButton*> adding, FittedTableView* view,
            std::initializer_list<QPushButton*> left, std::initializer_list<QPushButton*> right) {
    auto* top = new QHBoxLayout;
    for (QPushButton* b : adding)
        top->addWidget(b);
    top->addStretch(1);
    auto* bottom = new QHBoxLayout;
    for (QPushButton* b : left)
        bottom->addWidget(b);
    bottom->addStretch(1);
    for (QPushButton* b : right)
        bottom->addWidget(b);
    auto* layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(view);
    layout->addLayout(bottom);
}

} // namespace

CalendarEditor::CalendarEditor(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("calendarEditor"));
    m_model = new QStandardItemModel(0, 3, this);
    m_model->setHorizontalHeaderLabels({tr("Session or period"), tr("Dates"), tr("Where")});
    m_view = new FittedTableView(this);
    m_view->setObjectName(QStringLiteral("calendarTable"));
    m_view->setAccessibleName(tr("Learning sessions and action periods"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideRight);

    m_addSession = button(tr("Add &session…"), tr("Add a learning session"), this);
    m_addPeriod = button(tr("Add action &period…"), tr("Add an action period"), this);
    m_fill = button(tr("&Fill in action periods"), tr("Fill in the action periods between the sessions"), this);
    m_fill->setToolTip(tr("Add an action period between each two sessions (and after the last) where there is none"));
    m_dates = button(tr("Da&tes…"), tr("The collaborative's start and end dates"), this);
    m_edit = button(tr("Edi&t…"), tr("Edit the selected session or period"), this);
    m_remove = button(tr("Re&move"), tr("Remove the selected session or period"), this);
    layOut(this, {m_addSession, m_addPeriod}, m_view, {m_fill, m_dates}, {m_edit, m_remove});

    connect(m_addSession, &QPushButton::clicked, this, &CalendarEditor::addSession);
    connect(m_addPeriod, &QPushButton::clicked, this, &CalendarEditor::addPeriod);
    connect(m_fill, &QPushButton::clicked, this, &CalendarEditor::fillPeriods);
    connect(m_dates, &QPushButton::clicked, this, &CalendarEditor::editDates);
    connect(m_edit, &QPushButton::clicked, this, &CalendarEditor::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &CalendarEditor::removeCurrent);
    connect(m_view, &QAbstractItemView::activated, this, &CalendarEditor::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CalendarEditor::updateButtons);
    updateButtons();
}

Status CalendarEditor::load(WorkspaceDocument& document, const Collaborative& collaborative,
                            const std::vector<LearningSession>& sessions, const std::vector<ActionPeriod>& periods,
                            const QString& lockedReason) {
    m_document = &document;
    m_collaborative = collaborative;
    m_sessions = sessions;
    m_periods = periods;
    m_locked = lockedReason;
    const QUuid current = m_view->currentIndex().data(kIdRole).toUuid();
    struct Row {
        QDate start;
        QList<QStandardItem*> items;
    };
    std::vector<Row> rows;
    for (const LearningSession& s : sessions) {
        // The kind where the name does not say it ("Closing summit" does; "LS2" does not).
        const QString kind = kindText(s.kind);
        auto* name = new QStandardItem(s.name.contains(kind, Qt::CaseInsensitive)
                                           ? s.name
                                           : QStringLiteral("%1 (%2)").arg(s.name, kind.toLower()));
        name->setToolTip(QStringLiteral("%1 · %2").arg(s.name, kind));
        name->setData(s.meta.id, kIdRole);
        name->setData(true, kIsSessionRole);
        rows.push_back({s.startDate, {name, new QStandardItem(spanText(s.startDate, s.endDate)), new QStandardItem(s.location)}});
    }
    for (const ActionPeriod& p : periods) {
        auto* name = new QStandardItem(p.name);
        name->setData(p.meta.id, kIdRole);
        name->setData(false, kIsSessionRole);
        rows.push_back({p.startDate, {name, new QStandardItem(spanText(p.startDate, p.endDate)), new QStandardItem()}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.start < b.start; });
    m_model->removeRows(0, m_model->rowCount());
    for (Row& row : rows)
        m_model->appendRow(row.items);
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data(kIdRole).toUuid() == current)
            m_view->setCurrentIndex(m_model->index(r, 0));
    m_view->setVisible(m_model->rowCount() > 0);
    updateButtons();
    return {};
}

void CalendarEditor::updateButtons() {
    for (QPushButton* b : {m_addSession, m_addPeriod, m_fill, m_dates})
        OwnershipBanner::setLocked(b, m_locked);
    const bool selected = m_view->currentIndex().isValid();
    for (QPushButton* b : {m_edit, m_remove})
        OwnershipBanner::setLocked(b, !m_locked.isEmpty() ? m_locked : selected ? QString() : tr("Select a session or period first"));
}

bool CalendarEditor::refused(const Status& status) {
    if (status)
        return false;
    QMessageBox::warning(this, tr("Cannot change the calendar"), status.error().message);
    return true;
}

void CalendarEditor::addSession() {
    if (!m_document || !m_locked.isEmpty())
        return;
    SessionDetails details;
    details.name = tr("Learning session %1").arg(m_sessions.size() + 1);
    details.start = m_collaborative.startDate.isValid() ? m_collaborative.startDate : QDate::currentDate();
    if (!m_sessions.empty()) {
        QDate last;
        for (const LearningSession& s : m_sessions)
            last = std::max(last, s.endDate.isValid() ? s.endDate : s.startDate);
        details.start = last.addMonths(4);
    }
    details.end = details.start.addDays(1);
    SessionDialog dialog(details, true, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto added = command::addSession(*m_document, dialog.details());
        if (!refused(added ? Status() : Status(added.error())))
            return;
    }
}

void CalendarEditor::addPeriod() {
    if (!m_document || !m_locked.isEmpty())
        return;
    PeriodDetails details;
    details.name = tr("Action period %1").arg(m_periods.size() + 1);
    details.start = m_collaborative.startDate.isValid() ? m_collaborative.startDate : QDate::currentDate();
    details.end = details.start.addMonths(3);
    PeriodDialog dialog(details, true, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto added = command::addActionPeriod(*m_document, dialog.details());
        if (!refused(added ? Status() : Status(added.error())))
            return;
    }
}

void CalendarEditor::editCurrent() {
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(0);
    if (!m_document || !m_locked.isEmpty() || !index.isValid())
        return;
    const QUuid id = index.data(kIdRole).toUuid();
    if (index.data(kIsSessionRole).toBool()) {
        for (const LearningSession& s : m_sessions)
            if (s.meta.id == id) {
                SessionDialog dialog({s.name, s.kind, s.startDate, s.endDate, s.location}, false, this);
                while (dialog.exec() == QDialog::Accepted)
                    if (!refused(command::editSession(*m_document, id, dialog.details())))
                        return;
            }
        return;
    }
    for (const ActionPeriod& p : m_periods)
        if (p.meta.id == id) {
            PeriodDialog dialog({p.name, p.startDate, p.endDate}, false, this);
            while (dialog.exec() == QDialog::Accepted)
                if (!refused(command::editActionPeriod(*m_document, id, dialog.details())))
                    return;
        }
}

void CalendarEditor::removeCurrent() {
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(0);
    if (!m_document || !m_locked.isEmpty() || !index.isValid())
        return;
    const QUuid id = index.data(kIdRole).toUuid();
    refused(index.data(kIsSessionRole).toBool() ? command::removeSession(*m_document, id)
                                                : command::removeActionPeriod(*m_document, id));
}

void CalendarEditor::fillPeriods() {
    if (!m_document || !m_locked.isEmpty())
        return;
    auto filled = command::fillActionPeriods(*m_document);
    if (!filled) {
        refused(filled.error());
        return;
    }
    if (*filled == 0)
        QMessageBox::information(this, tr("Fill in action periods"),
                                 tr("Every gap between the sessions already has its action period."));
}

void CalendarEditor::editDates() {
    if (!m_document || !m_locked.isEmpty())
        return;
    DatesDialog dialog(m_collaborative.startDate, m_collaborative.endDate, this);
    while (dialog.exec() == QDialog::Accepted)
        if (!refused(command::setCollaborativeDates(*m_document, dialog.start(), dialog.end())))
            return;
}

StrataEditor::StrataEditor(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("strataEditor"));
    m_model = new QStandardItemModel(0, 2, this);
    m_model->setHorizontalHeaderLabels({tr("Dimension"), tr("Categories")});
    m_view = new FittedTableView(this);
    m_view->setObjectName(QStringLiteral("strataTable"));
    m_view->setAccessibleName(tr("Stratum dimensions and their categories"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_new = button(tr("New &dimension…"), tr("New stratum dimension"), this);
    m_edit = button(tr("Edit d&imension…"), tr("Edit the selected dimension and its categories"), this);
    m_remove = button(tr("Remove dime&nsion"), tr("Remove the selected dimension"), this);
    layOut(this, {m_new}, m_view, {}, {m_edit, m_remove});
    connect(m_new, &QPushButton::clicked, this, &StrataEditor::newDimension);
    connect(m_edit, &QPushButton::clicked, this, &StrataEditor::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &StrataEditor::removeCurrent);
    connect(m_view, &QAbstractItemView::activated, this, &StrataEditor::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &StrataEditor::updateButtons);
    updateButtons();
}

Status StrataEditor::load(WorkspaceDocument& document, const std::vector<Stratum>& input, const QString& lockedReason) {
    m_document = &document;
    m_locked = lockedReason;
    const QString current = m_view->currentIndex().siblingAtColumn(0).data().toString();
    std::vector<Stratum> strata = input;
    std::stable_sort(strata.begin(), strata.end(), [](const Stratum& a, const Stratum& b) { return a.position < b.position; });
    QStringList order;
    QHash<QString, QStringList> categories;
    for (const Stratum& s : strata) {
        if (!categories.contains(s.dimension))
            order << s.dimension;
        categories[s.dimension] << s.name;
    }
    m_model->removeRows(0, m_model->rowCount());
    for (const QString& dimension : order) {
        auto* list = new QStandardItem(categories[dimension].join(QStringLiteral(" · ")));
        list->setData(categories[dimension], kIdRole);
        m_model->appendRow({new QStandardItem(dimension), list});
    }
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data().toString() == current)
            m_view->setCurrentIndex(m_model->index(r, 0));
    m_view->setVisible(m_model->rowCount() > 0);
    m_view->resizeRowsToContents();
    updateButtons();
    return {};
}

int StrataEditor::dimensionCount() const { return m_model->rowCount(); }

void StrataEditor::updateButtons() {
    OwnershipBanner::setLocked(m_new, m_locked);
    const bool selected = m_view->currentIndex().isValid();
    for (QPushButton* b : {m_edit, m_remove})
        OwnershipBanner::setLocked(b, !m_locked.isEmpty() ? m_locked : selected ? QString() : tr("Select a dimension first"));
}

void StrataEditor::edit(const QString& dimension, QStringList categories) {
    QString name = dimension;
    while (true) {
        DimensionDialog dialog(name, categories, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        name = dialog.name();
        categories = dialog.categories();
        const Status status = command::defineDimension(*m_document, dimension, name, categories);
        if (status)
            return;
        QMessageBox::warning(this, tr("Cannot change the strata"), status.error().message);
    }
}

void StrataEditor::newDimension() {
    if (m_document && m_locked.isEmpty())
        edit(QString(), {});
}

void StrataEditor::editCurrent() {
    const QModelIndex index = m_view->currentIndex();
    if (!m_document || !m_locked.isEmpty() || !index.isValid())
        return;
    edit(index.siblingAtColumn(0).data().toString(), index.siblingAtColumn(1).data(kIdRole).toStringList());
}

void StrataEditor::removeCurrent() {
    const QModelIndex index = m_view->currentIndex();
    if (!m_document || !m_locked.isEmpty() || !index.isValid())
        return;
    const QString dimension = index.siblingAtColumn(0).data().toString();
    if (QMessageBox::question(this, tr("Remove %1").arg(dimension),
                              tr("Remove the dimension %1 and its categories? Edit ▸ Undo brings them back.").arg(dimension)) !=
        QMessageBox::Yes)
        return;
    if (const Status status = command::removeDimension(*m_document, dimension); !status)
        QMessageBox::warning(this, tr("Cannot change the strata"), status.error().message);
}

} // namespace pdsa::ui
