// SPDX-License-Identifier: Apache-2.0
#include "dialogs/conflictsdialog.h"

#include "format.h"
#include "models/conflictlistmodel.h"
#include "undo/commands.h"
#include "workspacedocument.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace pdsa::ui {

namespace {

QLabel* wrappedLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString capitalized(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

ConflictsDialog::ConflictsDialog(WorkspaceDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new ConflictListModel(this)) {
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Import conflicts"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    m_pages->addWidget(buildConflictsPage());
    m_pages->addWidget(buildEmptyPage());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Undo and redo work here as in the main window: the dialog can be a window of its own.
    QAction* undo = m_document.undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction* redo = m_document.undoStack()->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addAction(redo);

    connect(&m_document, &WorkspaceDocument::changed, this, &ConflictsDialog::reload);
    resize(960, 680);
    reload();
    m_list->setFocus();
}

// The conflicts, and under them the selected one's two versions.
QWidget* ConflictsDialog::buildConflictsPage() {
    auto* content = new QWidget(m_pages);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = wrappedLabel(content, QStringLiteral("summaryLabel"));
    contentLayout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->setChildrenCollapsible(false);
    buildConflictList();
    QWidget* detail = buildDetail();
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    contentLayout->addWidget(m_splitter, 1);
    return content;
}

void ConflictsDialog::buildConflictList() {
    m_list = new QTreeView(m_splitter);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Conflicts"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    // A title ends in what tells records apart (a measure value's period): shorten the middle.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 5);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ConflictListModel::RecordColumn, QHeaderView::Stretch);
    for (int column : {ConflictListModel::KindColumn, ConflictListModel::FoundColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ConflictListModel::BundleColumn, QHeaderView::Interactive);
    m_list->header()->resizeSection(ConflictListModel::BundleColumn,
                                    m_list->fontMetrics().averageCharWidth() * 24);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrent(); });
}

// The selected conflict: what it is, both versions field by field, and the three choices.
QWidget* ConflictsDialog::buildDetail() {
    auto* detail = new QWidget(m_splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    m_heading = wrappedLabel(detail, QStringLiteral("headingLabel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    detailLayout->addWidget(m_heading);
    m_facts = wrappedLabel(detail, QStringLiteral("factsLabel"));
    detailLayout->addWidget(m_facts);
    m_state = wrappedLabel(detail, QStringLiteral("stateLabel"));
    detailLayout->addWidget(m_state);
    m_onlyDifferences = new QCheckBox(tr("Show &only the fields that differ"), detail);
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    m_onlyDifferences->setAccessibleName(tr("Show only the fields that differ"));
    connect(m_onlyDifferences, &QCheckBox::toggled, this, [this] {
        if (const bundle::Conflict* conflict = current())
            showComparison(*conflict);
    });
    // The column titles stay in view above the fields, aligned with them: the same first column
    // width, equal halves for the two versions, room for the scroll bar on the right.
    m_comparison = new QScrollArea(detail);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->setAccessibleName(tr("Both versions, field by field"));
    m_comparison->setWidgetResizable(true);
    m_comparison->setFocusPolicy(Qt::StrongFocus);
    m_comparison->setFrameShape(QFrame::NoFrame);
    m_comparison->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_comparison->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    buildComparisonColumns(detail);
    auto* line = new QFrame(detail);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    detailLayout->addWidget(m_columns);
    detailLayout->addWidget(line);
    detailLayout->addWidget(m_comparison, 1);
    detailLayout->addLayout(buildChoices(detail));
    m_message = wrappedLabel(detail, QStringLiteral("messageLabel"));
    m_message->hide();
    detailLayout->addWidget(m_message);
    return detail;
}

void ConflictsDialog::buildComparisonColumns(QWidget* detail) {
    m_columns = new QWidget(detail);
    m_columns->setObjectName(QStringLiteral("comparisonColumns"));
    auto* columns = new QGridLayout(m_columns);
    columns->setContentsMargins(0, 0, m_comparison->verticalScrollBar()->sizeHint().width(), 0);
    columns->setHorizontalSpacing(0);
    columns->setColumnStretch(1, 1);
    columns->setColumnStretch(2, 1);
    {
        QFont boldText = font();
        boldText.setBold(true);
        int column = 0;
        for (const QString& text : {tr("Field"), tr("This workspace"), tr("The bundle")}) {
            auto* title = new QLabel(text, m_columns);
            title->setFont(boldText);
            title->setContentsMargins(4, 2, 4, 4);
            if (m_fieldColumn)
                title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            else
                m_fieldColumn = title;
            columns->addWidget(title, 0, column++);
        }
    }
}

// Keep mine, take theirs, keep both; and "Show only the fields that differ" at the right.
QHBoxLayout* ConflictsDialog::buildChoices(QWidget* detail) {
    auto* choices = new QHBoxLayout;
    m_keepMine = new QPushButton(tr("&Keep mine"), detail);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setAccessibleName(tr("Keep mine"));
    m_keepMine->setToolTip(tr("Keep this workspace's version. The bundle's is set aside, and yours wins the "
                              "next time it travels."));
    m_takeTheirs = new QPushButton(tr("&Take theirs"), detail);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_takeTheirs->setAccessibleName(tr("Take theirs"));
    m_takeTheirs->setToolTip(tr("Replace this workspace's version with the bundle's."));
    m_keepBoth = new QPushButton(tr("Keep &both"), detail);
    m_keepBoth->setObjectName(QStringLiteral("keepBoth"));
    m_keepBoth->setAccessibleName(tr("Keep both"));
    for (QPushButton* button : {m_keepMine, m_takeTheirs, m_keepBoth}) {
        button->setAutoDefault(false);
        choices->addWidget(button);
    }
    choices->addStretch(1);
    choices->addWidget(m_onlyDifferences);
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { resolveCurrent(bundle::Resolution::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { resolveCurrent(bundle::Resolution::TakeTheirs); });
    connect(m_keepBoth, &QPushButton::clicked, this,
            [this] { resolveCurrent(bundle::Resolution::KeepBoth); });
    return choices;
}

// Nothing left to resolve.
QWidget* ConflictsDialog::buildEmptyPage() {
    auto* empty = new QWidget(m_pages);
    empty->setObjectName(QStringLiteral("emptyState"));
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    auto* emptyHeading = wrappedLabel(empty, QStringLiteral("emptyHeading"));
    emptyHeading->setText(tr("No conflicts to resolve"));
    emptyHeading->setFont(m_heading->font()); // the conflict heading's bold
    emptyHeading->setAlignment(Qt::AlignCenter);
    auto* emptyText = wrappedLabel(empty, QStringLiteral("emptyText"));
    emptyText->setText(
        tr("Every record imported from a bundle agrees with this workspace, or you have chosen "
           "which version to keep. A conflict shows here when a record was changed both here "
           "and in a bundle since the two last agreed."));
    emptyText->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(emptyHeading);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addStretch(2);
    return empty;
}

int ConflictsDialog::conflictCount() const {
    return m_model->rowCount();
}

bool ConflictsDialog::showsEmptyState() const {
    return m_pages->currentIndex() == 1;
}

const bundle::Conflict* ConflictsDialog::current() const {
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return nullptr;
    return &m_model->conflicts()[size_t(row)];
}

qint64 ConflictsDialog::currentConflictId() const {
    const bundle::Conflict* conflict = current();
    return conflict ? conflict->id : 0;
}

bool ConflictsDialog::selectConflict(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void ConflictsDialog::reload() {
    std::set<qint64> before;
    for (const bundle::Conflict& c : m_model->conflicts())
        before.insert(c.id);
    const qint64 selected = currentConflictId();
    const int selectedRow = m_list->currentIndex().row();

    auto listed = bundle::listConflicts(m_document.workspace());
    m_message->hide();
    if (!listed) {
        m_model->setConflicts({});
        m_message->setText(listed.error().message);
        m_message->show();
    } else {
        m_model->setConflicts(std::move(*listed));
    }
    const int count = m_model->rowCount();
    m_summary->setText(count == 1 ? tr("1 record was changed both here and in a bundle since the two last "
                                       "agreed. This workspace's version stays in use until you choose.")
                                  : tr("%1 records were changed both here and in a bundle since the two last "
                                       "agreed. This workspace's version stays in use until you choose.")
                                        .arg(count));
    m_pages->setCurrentIndex(count == 0 && listed ? 1 : 0);
    if (count == 0) {
        showCurrent();
        return;
    }
    // One that came back (undo) first, then the one that was selected, else the next in its place.
    qint64 select = 0;
    if (!before.empty())
        for (const bundle::Conflict& c : m_model->conflicts())
            if (!before.count(c.id)) {
                select = c.id;
                break;
            }
    if (!select && m_model->rowOf(selected) >= 0)
        select = selected;
    if (!select)
        select = m_model->conflicts()[size_t(std::clamp(selectedRow, 0, count - 1))].id;
    selectConflict(select);
    showCurrent();
}

void ConflictsDialog::showCurrent() {
    const bundle::Conflict* conflict = current();
    for (QPushButton* button : {m_keepMine, m_takeTheirs, m_keepBoth})
        button->setEnabled(conflict != nullptr);
    if (!conflict) {
        m_heading->clear();
        m_facts->clear();
        m_state->hide();
        if (QWidget* shown = m_comparison->takeWidget())
            shown->deleteLater();
        return;
    }
    m_heading->setText(conflict->title);
    const QDateTime found = conflict->detectedAt.toLocalTime();
    m_facts->setText(tr("%1 from %2, found on %3 at %4")
                         .arg(capitalized(conflict->kind), conflict->source, Format::date(found.date()),
                              Format::locale().toString(found.time(), QLocale::ShortFormat)));
    QString state;
    if (!conflict->local)
        state = tr("This workspace no longer has this record.");
    else if (conflict->localDeleted)
        state = tr("This workspace deleted this record after it was exchanged.");
    if (conflict->incomingDeleted)
        state =
            (state.isEmpty() ? QString() : state + QLatin1Char(' ')) + tr("The bundle deleted this record.");
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());

    m_keepBoth->setEnabled(conflict->canKeepBoth);
    const QString keepBothTip =
        conflict->canKeepBoth
            ? tr("Keep this workspace's version and add the bundle's as a separate %1.").arg(conflict->kind)
            : tr("Not possible here: %1").arg(conflict->keepBothRefusal);
    m_keepBoth->setToolTip(keepBothTip);
    m_keepBoth->setAccessibleDescription(keepBothTip);
    m_keepMine->setAccessibleDescription(m_keepMine->toolTip());
    m_takeTheirs->setAccessibleDescription(m_takeTheirs->toolTip());
    showComparison(*conflict);
}

namespace {

// A field's value on one side of the comparison; "(empty)" or "(not in this workspace)" in the
// placeholder colour where there is none.
QLabel* comparisonValue(QWidget* table, const bundle::FieldComparison& field, const QString& text,
                        bool missing, const QString& side) {
    auto* label = new QLabel(table);
    label->setTextFormat(Qt::PlainText);
    label->setText(missing          ? ConflictsDialog::tr("(not in this workspace)")
                   : text.isEmpty() ? ConflictsDialog::tr("(empty)")
                                    : text);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(ConflictsDialog::tr("%1, %2").arg(field.label, side));
    label->setAccessibleDescription(field.differs ? ConflictsDialog::tr("differs")
                                                  : ConflictsDialog::tr("the same on both sides"));
    if (missing || text.isEmpty())
        label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// One field's row of the comparison: its name, this workspace's value and the bundle's, shaded
// with `highlight` when they differ. Returns the name's cell.
QLabel* addComparisonRow(QGridLayout* grid, QWidget* table, const bundle::FieldComparison& field, bool local,
                         int row, int fieldWidth, int character, const QPalette& highlight) {
    // A differing field is marked in words and by a sign, and shaded: never by colour alone.
    auto* name = new QLabel(table);
    name->setTextFormat(Qt::RichText);
    name->setText(
        field.differs
            ? ConflictsDialog::tr("<b>\u2260 %1</b><br><i>differs</i>").arg(field.label.toHtmlEscaped())
            : field.label.toHtmlEscaped());
    name->setWordWrap(true);
    name->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QLabel* mine = comparisonValue(table, field, field.mine, !local, ConflictsDialog::tr("This workspace"));
    QLabel* theirs = comparisonValue(table, field, field.theirs, false, ConflictsDialog::tr("The bundle"));
    name->setAccessibleName(field.label);
    int column = 0;
    name->setFixedWidth(fieldWidth);
    for (QLabel* cell : {name, mine, theirs}) {
        cell->setContentsMargins(4, 4, 8, 4);
        if (column > 0) {
            // Equal halves whatever the texts: the width comes from the stretch, not the text.
            QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            policy.setHeightForWidth(true);
            cell->setSizePolicy(policy);
            cell->setMinimumWidth(character * 12);
        }
        if (field.differs) {
            cell->setAutoFillBackground(true);
            cell->setPalette(highlight);
        }
        grid->addWidget(cell, row, column++);
    }
    return name;
}

} // namespace

int ConflictsDialog::fitFieldColumn(const bundle::Conflict& conflict) {
    // The field names' column: as wide as the longest name, within bounds; longer names wrap.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int fieldWidth = metrics.horizontalAdvance(m_fieldColumn->text());
    for (const bundle::FieldComparison& field : conflict.fields)
        fieldWidth = std::max(fieldWidth, metrics.horizontalAdvance(QStringLiteral("\u2260 ") + field.label));
    const int character = metrics.averageCharWidth();
    fieldWidth = std::clamp(fieldWidth + 12, character * 8, character * 20);
    m_fieldColumn->setFixedWidth(fieldWidth);
    return fieldWidth;
}

void ConflictsDialog::showComparison(const bundle::Conflict& conflict) {
    auto* table = new QWidget;
    table->setObjectName(QStringLiteral("comparisonTable"));
    auto* grid = new QGridLayout(table);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(0);
    grid->setVerticalSpacing(0);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    const int fieldWidth = fitFieldColumn(conflict);
    QFont bold = font();
    bold.setBold(true);
    const int character = QFontMetrics(bold).averageCharWidth();
    int row = 0;
    QWidget* firstDifference = nullptr;
    const QPalette highlight = [&] {
        QPalette p = palette();
        p.setColor(QPalette::Window, p.color(QPalette::Highlight).lighter(185));
        p.setColor(QPalette::WindowText, p.color(QPalette::Text));
        return p;
    }();
    for (const bundle::FieldComparison& field : conflict.fields) {
        if (m_onlyDifferences->isChecked() && !field.differs)
            continue;
        QLabel* name = addComparisonRow(grid, table, field, conflict.local.has_value(), row, fieldWidth,
                                        character, highlight);
        if (field.differs && !firstDifference)
            firstDifference = name;
        ++row;
    }
    if (row == 0) {
        auto* none = new QLabel(tr("Both versions hold the same in every field."), table);
        none->setContentsMargins(4, 4, 4, 4);
        grid->addWidget(none, row++, 0, 1, 3);
    }
    grid->setRowStretch(row, 1);
    m_comparison->setWidget(table);
    // The first difference in view once the table is laid out (a cycle has some thirty fields).
    if (firstDifference) {
        QPointer<QWidget> target = firstDifference;
        QTimer::singleShot(0, this, [this, target] {
            if (target && m_comparison->widget() == target->parentWidget())
                m_comparison->ensureWidgetVisible(target, 0, 40);
        });
    }
}

bool ConflictsDialog::resolveCurrent(bundle::Resolution resolution) {
    const bundle::Conflict* conflict = current();
    if (!conflict)
        return false;
    QWidget* focused = focusWidget();
    const Status resolved = command::resolveImportConflict(m_document, conflict->id, resolution);
    if (!resolved) {
        m_message->setText(resolved.error().message);
        m_message->show();
        return false;
    }
    // reload() ran on the document's changed(): the next conflict is selected now.
    if (!focused || !focused->isEnabled() || !focused->isVisible())
        (showsEmptyState() ? static_cast<QWidget*>(this) : m_list)->setFocus();
    return true;
}

} // namespace pdsa::ui
