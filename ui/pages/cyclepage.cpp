// SPDX-License-Identifier: Apache-2.0
#include "pages/cyclepage.h"

#include "cycles/ramp.h"
#include "dialogs/spreaddialog.h"
#include "format.h"
#include "models/questionsmodel.h"
#include "print/worksheetpdf.h"
#include "theme.h"
#include "undo/commands.h"
#include "widgets/commentspanel.h"
#include "widgets/fittedtableview.h"
#include "widgets/fittedtreeview.h"
#include "widgets/growingtextedit.h"
#include "widgets/optionaldateedit.h"
#include "widgets/ownershipbanner.h"
#include "widgets/pageheader.h"
#include "widgets/rampview.h"
#include "widgets/section.h"
#include "workspacedocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>
#include <span>

namespace pdsa::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QFormLayout* newForm(QWidget* parent) {
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(parent->fontMetrics().height() / 2);
    return form;
}

QLabel* newMessage(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, Theme::decisionColor(Decision::Abandon));
    label->setPalette(palette);
    return label;
}

// One stage of the worksheet: "P  Plan — what we will test, and what we predict".
Section* stageSection(Section* section, const QString& letter, const QString& purpose) {
    section->setTitle(QStringLiteral("%1 · %2").arg(letter, section->title()));
    section->setCaption(purpose);
    return section;
}

} // namespace

CyclePage::CyclePage(QWidget* parent)
    : Page(Scrolling::Page, parent)
    , m_nextCycle(new QPushButton(tr("&Next cycle"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_worksheet(new QPushButton(tr("Worksheet"), this))
    , m_export(new QAction(tr("&Export worksheet PDF…"), this))
    , m_print(new QAction(tr("&Print worksheet…"), this))
    , m_exportRamp(new QAction(tr("Export the whole &ramp as PDF…"), this))
    , m_printRamp(new QAction(tr("Print the whole r&amp…"), this))
    , m_ideasModel(new QStandardItemModel(this))
    , m_measuresModel(new QStandardItemModel(this))
    , m_questionsModel(new QuestionsModel(this)) {
    setObjectName(QStringLiteral("cyclePage"));
    setAccessibleName(tr("PDSA cycle worksheet"));

    buildHeaderActions();

    m_banner = new OwnershipBanner(this);
    contentLayout()->addWidget(m_banner);
    m_message = newMessage(this);
    contentLayout()->addWidget(m_message);
    // A coach's comments on this cycle, first: what the team should read before going on.
    m_comments = new CommentsPanel(addSection(tr("Coach comments")));

    QFormLayout* forms[] = {buildFactsSection(), buildPlanSection(), buildDoSection(), buildStudySection(),
                            buildActSection()};
    buildRampSection();
    finishContent();
    alignFormLabels(forms);
}

// "Next cycle", "Worksheet ▾" (export and print, of this cycle or its whole ramp) and "Delete".
void CyclePage::buildHeaderActions() {
    m_nextCycle->setObjectName(QStringLiteral("nextCycleButton"));
    m_nextCycle->setAccessibleName(tr("Next cycle"));
    m_nextCycle->setToolTip(tr("Start the next cycle of this ramp from this one, and open it"));
    m_delete->setAccessibleName(tr("Delete this cycle"));
    m_delete->setToolTip(tr("Delete this PDSA cycle (Undo brings it back)"));
    m_worksheet->setAccessibleName(tr("Worksheet: export as PDF or print"));
    m_worksheet->setToolTip(tr("Export this worksheet as a PDF, or print it"));
    auto* worksheetMenu = new QMenu(m_worksheet);
    worksheetMenu->addAction(m_export);
    worksheetMenu->addAction(m_print);
    worksheetMenu->addSeparator();
    worksheetMenu->addAction(m_exportRamp);
    worksheetMenu->addAction(m_printRamp);
    m_worksheet->setMenu(worksheetMenu);
    for (QPushButton* button : {m_nextCycle, m_worksheet, m_delete})
        header()->addButton(button);
    connect(m_nextCycle, &QPushButton::clicked, this, [this] { show(startNextCycle()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { show(deleteCycle()); });
    connect(m_export, &QAction::triggered, this, [this] { exportPdf(false); });
    connect(m_print, &QAction::triggered, this, [this] { print(false); });
    connect(m_exportRamp, &QAction::triggered, this, [this] { exportPdf(true); });
    connect(m_printRamp, &QAction::triggered, this, [this] { print(true); });
}

// The cycle's facts: title, status, dates, scale, the change ideas it tests and the measures it informs.
QFormLayout* CyclePage::buildFactsSection() {
    Section* facts = addSection(tr("Cycle"));
    auto* factsForm = newForm(this);
    addTitleRow(facts, factsForm);
    addStatusRow(facts, factsForm);
    addDatesRow(facts, factsForm);
    addScaleRow(facts, factsForm);
    addIdeasRow(facts, factsForm);
    addMeasuresRow(facts, factsForm);
    facts->addLayout(factsForm);
    return factsForm;
}

void CyclePage::addTitleRow(Section* facts, QFormLayout* factsForm) {
    m_title = new QLineEdit(facts);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What this cycle tests, in a few words"));
    m_titleMessage = newMessage(facts);
    auto* titleBox = new QVBoxLayout;
    titleBox->setContentsMargins(0, 0, 0, 0);
    titleBox->addWidget(m_title);
    titleBox->addWidget(m_titleMessage);
    auto* titleLabel = new QLabel(tr("&Title"), facts);
    titleLabel->setBuddy(m_title);
    factsForm->addRow(titleLabel, titleBox);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_document)
            return;
        const Status status =
            command::editCycleText(*m_document, m_cycle.meta.id, CycleTextField::Title, text);
        show(status, m_titleMessage);
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (m_title->text().trimmed().isEmpty()) { // refused while typing: show what is stored
            m_title->setText(m_cycle.title);
            m_titleMessage->hide();
        }
    });
}

void CyclePage::addStatusRow(Section* facts, QFormLayout* factsForm) {
    m_status = new QComboBox(facts);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Status"));
    for (CycleStatus status :
         {CycleStatus::Planned, CycleStatus::Running, CycleStatus::Studying, CycleStatus::Done})
        m_status->addItem(Format::status(status), static_cast<int>(status));
    factsForm->addRow(tr("&Status"), m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading && m_document)
            show(command::setCycleStatus(*m_document, m_cycle.meta.id,
                                         static_cast<CycleStatus>(m_status->currentData().toInt())));
    });
}

void CyclePage::addDatesRow(Section* facts, QFormLayout* factsForm) {
    m_start = new OptionalDateEdit(tr("Start date"), facts);
    m_end = new OptionalDateEdit(tr("End date"), facts);
    m_start->setObjectName(QStringLiteral("startDate"));
    m_end->setObjectName(QStringLiteral("endDate"));
    m_dateMessage = newMessage(facts);
    auto* dates = new QHBoxLayout;
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(m_start, 1);
    auto* to = new QLabel(tr("to"), facts);
    dates->addWidget(to);
    dates->addWidget(m_end, 1);
    auto* datesBox = new QVBoxLayout;
    datesBox->setContentsMargins(0, 0, 0, 0);
    datesBox->addLayout(dates);
    datesBox->addWidget(m_dateMessage);
    auto* datesLabel = new QLabel(tr("D&ates"), facts);
    datesLabel->setBuddy(m_start);
    factsForm->addRow(datesLabel, datesBox);
    connect(m_start, &OptionalDateEdit::dateEdited, this, [this] { saveDates(); });
    connect(m_end, &OptionalDateEdit::dateEdited, this, [this] {
        m_end->setDefaultDate(m_start->date().isValid() ? m_start->date().addDays(13) : QDate());
        saveDates();
    });
}

void CyclePage::addScaleRow(Section* facts, QFormLayout* factsForm) {
    m_scale = new QSpinBox(facts);
    m_scale->setObjectName(QStringLiteral("scaleSpin"));
    m_scale->setAccessibleName(tr("Scale: how many"));
    m_scale->setRange(-1, 1000000);
    m_scale->setSpecialValueText(tr("Not set"));
    m_scale->setToolTip(tr("How many families, workers or cases this cycle tests the change with"));
    m_unit = new QComboBox(facts);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->setEditable(true);
    m_unit->setAccessibleName(tr("Scale: unit"));
    m_unit->lineEdit()->setPlaceholderText(tr("families, workers, cases…"));
    m_unit->addItems({tr("families"), tr("workers"), tr("cases"), tr("children"), tr("whole unit")});
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    auto* scale = new QHBoxLayout;
    scale->setContentsMargins(0, 0, 0, 0);
    scale->addWidget(m_scale);
    scale->addWidget(m_unit, 1);
    auto* scaleLabel = new QLabel(tr("S&cale"), facts);
    scaleLabel->setBuddy(m_scale);
    factsForm->addRow(scaleLabel, scale);
    connect(m_scale, &QSpinBox::valueChanged, this, [this] { saveScale(); });
    connect(m_unit, &QComboBox::editTextChanged, this, [this] { saveScale(); });
}

void CyclePage::addIdeasRow(Section* facts, QFormLayout* factsForm) {
    m_ideasView = new FittedTreeView(facts);
    m_ideasView->setObjectName(QStringLiteral("ideasView"));
    m_ideasView->setAccessibleName(tr("Change ideas tested"));
    m_ideasView->setAccessibleDescription(
        tr("Tick the change ideas this cycle tests; Space ticks, Right arrow opens a driver's ideas"));
    m_ideasView->setHeaderHidden(true);
    m_ideasView->setModel(m_ideasModel);
    m_ideasView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Only the drivers of the ideas this cycle tests show, so that the worksheet stays short;
    // "Show all change ideas" opens the whole package to choose others.
    m_allIdeas = new QCheckBox(tr("Show all change &ideas"), facts);
    m_allIdeas->setAccessibleName(tr("Show all change ideas"));
    auto* ideas = new QVBoxLayout;
    ideas->setContentsMargins(0, 0, 0, 0);
    ideas->addWidget(m_ideasView);
    ideas->addWidget(m_allIdeas);
    factsForm->addRow(tr("Change ideas"), ideas);
    // Saved once the view's event is over: the save reloads the page, which must not happen
    // inside the view's own handling of the tick.
    connect(
        m_ideasModel, &QStandardItemModel::itemChanged, this, [this] { saveLinks(m_ideasModel, true); },
        Qt::QueuedConnection);
    connect(m_allIdeas, &QCheckBox::toggled, this, [this] { showIdeaGroups(); });
}

void CyclePage::addMeasuresRow(Section* facts, QFormLayout* factsForm) {
    m_measuresView = new FittedTreeView(facts);
    m_measuresView->setObjectName(QStringLiteral("measuresView"));
    m_measuresView->setAccessibleName(tr("Measures informed"));
    m_measuresView->setAccessibleDescription(tr("Tick the measures this cycle informs; Space ticks"));
    m_measuresView->setHeaderHidden(true);
    m_measuresView->setRootIsDecorated(false);
    m_measuresView->setModel(m_measuresModel);
    m_measuresView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    factsForm->addRow(tr("Measures"), m_measuresView);
    connect(
        m_measuresModel, &QStandardItemModel::itemChanged, this,
        [this] { saveLinks(m_measuresModel, false); }, Qt::QueuedConnection);
}

QFormLayout* CyclePage::buildPlanSection() {
    Section* plan = stageSection(addSection(tr("Plan")), tr("P"),
                                 tr("What we will test, and what we predict will happen."));
    auto* planForm = newForm(this);
    addText(planForm, CycleTextField::Objective, tr("Objective"), tr("What this cycle should find out"), 2);

    addQuestionsRow(plan, planForm);

    addText(planForm, CycleTextField::PlanWho, tr("Who"), tr("Who carries out the test"), 1);
    addText(planForm, CycleTextField::PlanWhat, tr("What"), tr("What exactly they will do"), 1);
    addText(planForm, CycleTextField::PlanWhere, tr("Where"), tr("Which office, unit or court"), 1);
    addText(planForm, CycleTextField::PlanWhen, tr("When"), tr("Which days or weeks"), 1);
    addText(planForm, CycleTextField::DataCollectionPlan, tr("Data collection plan"),
            tr("Who records what, where, and when it is reviewed"), 2);
    plan->addLayout(planForm);
    return planForm;
}

void CyclePage::addQuestionsRow(Section* plan, QFormLayout* planForm) {
    m_questionsView = new FittedTableView(plan);
    m_questionsView->setObjectName(QStringLiteral("questionsView"));
    m_questionsView->setAccessibleName(tr("Questions and predictions"));
    m_questionsView->setAccessibleDescription(
        tr("Each question with the prediction for it. F2 or typing edits a cell; arrows move."));
    m_questionsView->setModel(m_questionsModel);
    m_questionsView->setTabKeyNavigation(false);
    m_questionsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_questionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_questionsView->setWordWrap(true);
    m_questionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_questionsView->verticalHeader()->setVisible(true);
    // Questions and predictions are sentences: rows grow to show them whole.
    m_questionsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_questionsModel, &QAbstractItemModel::dataChanged, m_questionsView, &QWidget::updateGeometry);
    connect(m_questionsView->verticalHeader(), &QHeaderView::sectionResized, m_questionsView,
            &QWidget::updateGeometry);
    connect(m_questionsModel, &QuestionsModel::editRequested, this,
            [this](int row, QuestionPart part, const QString& text) {
                if (m_document)
                    show(command::editCycleQuestion(*m_document, m_cycle.meta.id, row, part, text));
            });
    m_addQuestion = new QPushButton(tr("Add question"), plan);
    m_removeQuestion = new QPushButton(tr("Remove"), plan);
    m_moveUp = new QPushButton(tr("Move up"), plan);
    m_moveDown = new QPushButton(tr("Move down"), plan);
    m_addQuestion->setAccessibleName(tr("Add question"));
    m_removeQuestion->setAccessibleName(tr("Remove question"));
    m_moveUp->setAccessibleName(tr("Move question up"));
    m_moveDown->setAccessibleName(tr("Move question down"));
    auto* questionButtons = new QHBoxLayout;
    questionButtons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* button : {m_addQuestion, m_removeQuestion, m_moveUp, m_moveDown})
        questionButtons->addWidget(button);
    questionButtons->addStretch(1);
    auto* questions = new QVBoxLayout;
    questions->setContentsMargins(0, 0, 0, 0);
    questions->addWidget(m_questionsView);
    questions->addLayout(questionButtons);
    planForm->addRow(tr("Questions and predictions"), questions);
    connect(m_addQuestion, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        const Status status = command::addCycleQuestion(*m_document, m_cycle.meta.id);
        show(status);
        if (status) {
            const QModelIndex cell = m_questionsModel->index(m_questionsModel->rowCount() - 1, 0);
            m_questionsView->setCurrentIndex(cell);
            m_questionsView->setFocus(Qt::OtherFocusReason);
            m_questionsView->edit(cell);
        }
    });
    connect(m_removeQuestion, &QPushButton::clicked, this, [this] {
        const int row = currentQuestionRow();
        if (m_document && row >= 0)
            show(command::removeCycleQuestion(*m_document, m_cycle.meta.id, row));
    });
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveQuestion(+1); });
}

QFormLayout* CyclePage::buildDoSection() {
    Section* doSection = stageSection(addSection(tr("Do")), tr("D"), tr("Carrying out the test."));
    auto* doForm = newForm(this);
    addText(doForm, CycleTextField::WhatHappened, tr("What happened"), tr("How the test went"), 2);
    addText(doForm, CycleTextField::Observations, tr("Observations"), tr("What people noticed"), 2);
    addText(doForm, CycleTextField::Problems, tr("Problems"), tr("What got in the way"), 2);
    doSection->addLayout(doForm);
    return doForm;
}

QFormLayout* CyclePage::buildStudySection() {
    Section* study =
        stageSection(addSection(tr("Study")), tr("S"), tr("Results compared with the predictions."));
    auto* studyForm = newForm(this);
    addText(studyForm, CycleTextField::Results, tr("Results against predictions"),
            tr("What happened compared with each prediction"), 2);
    addText(studyForm, CycleTextField::Learned, tr("What we learned"), tr("What the team takes from it"), 2);
    study->addLayout(studyForm);
    return studyForm;
}

QFormLayout* CyclePage::buildActSection() {
    Section* act =
        stageSection(addSection(tr("Act")), tr("A"), tr("Adopt, adapt or abandon, and the next step."));
    auto* actForm = newForm(this);
    m_decision = new QComboBox(act);
    m_decision->setObjectName(QStringLiteral("decisionCombo"));
    m_decision->setAccessibleName(tr("Decision"));
    m_decision->addItem(tr("Not decided yet"), static_cast<int>(Decision::None));
    for (Decision decision : {Decision::Adopt, Decision::Adapt, Decision::Abandon})
        m_decision->addItem(Format::decision(decision), static_cast<int>(decision));
    // An adopted change may spread beyond the pilot site: the ledger's record starts from the cycle.
    m_recordSpread = new QPushButton(tr("Record &spread…"), act);
    m_recordSpread->setObjectName(QStringLiteral("recordSpreadButton"));
    m_recordSpread->setAccessibleName(tr("Record where this adopted change spread"));
    m_recordSpread->setToolTip(tr("Add a spread record for this change, filled in from the cycle"));
    m_recordSpread->setVisible(false);
    auto* decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_decision);
    decisionRow->addWidget(m_recordSpread);
    decisionRow->addStretch(1);
    actForm->addRow(tr("&Decision"), decisionRow);
    if (auto* label = qobject_cast<QLabel*>(actForm->labelForField(decisionRow)))
        label->setBuddy(m_decision);
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading && m_document)
            show(command::setCycleDecision(*m_document, m_cycle.meta.id,
                                           static_cast<Decision>(m_decision->currentData().toInt())));
    });
    connect(m_recordSpread, &QPushButton::clicked, this, &CyclePage::recordSpread);
    addText(actForm, CycleTextField::NextStep, tr("Next step"), tr("What the next cycle will do"), 2);
    act->addLayout(actForm);
    return actForm;
}

// The ramp: how this change grew, cycle by cycle; activating another cycle opens it.
void CyclePage::buildRampSection() {
    m_rampSection = addSection(tr("Ramp"));
    m_rampSection->setCaption(tr("How this change grew, cycle by cycle. Enter or a click opens a cycle."));
    m_ramp = new RampView(m_rampSection);
    m_ramp->setObjectName(QStringLiteral("rampView"));
    m_rampSection->addWidget(m_ramp);
    connect(m_ramp, &RampView::cycleActivated, this, [this](const QUuid& id) {
        if (id != m_cycle.meta.id)
            emit navigateRequested(NavigationTarget::cycle(m_cycle.teamId, id));
    });
}

// One label column for the whole worksheet, so fields line up from Plan to Act; long labels
// wrap rather than push the fields aside (200 % text).
void CyclePage::alignFormLabels(std::span<QFormLayout* const> forms) {
    int widest = 0;
    std::vector<QLabel*> labels;
    for (QFormLayout* form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                if (auto* label = qobject_cast<QLabel*>(item->widget())) {
                    labels.push_back(label);
                    widest = std::max(widest, label->sizeHint().width());
                }
    const int column = std::min(widest, fontMetrics().averageCharWidth() * 20);
    for (QLabel* label : labels) {
        label->setWordWrap(true);
        label->setFixedWidth(column);
    }
}

QDate CyclePage::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

GrowingTextEdit* CyclePage::textEdit(CycleTextField field) const {
    if (field == CycleTextField::Title)
        return nullptr;
    const auto found = m_texts.find(field);
    return found == m_texts.end() ? nullptr : found->second;
}

QString CyclePage::message() const {
    for (QLabel* label : {m_message, m_titleMessage, m_dateMessage})
        if (!label->isHidden())
            return label->text();
    return QString();
}

GrowingTextEdit* CyclePage::addText(QFormLayout* form, CycleTextField field, const QString& label,
                                    const QString& placeholder, int lines) {
    auto* edit = new GrowingTextEdit(this, lines);
    edit->setAccessibleName(label);
    edit->setPlaceholderText(placeholder);
    form->addRow(label, edit);
    m_texts[field] = edit;
    connect(edit, &GrowingTextEdit::textEdited, this, [this, field](const QString& text) {
        if (!m_loading && m_document)
            show(command::editCycleText(*m_document, m_cycle.meta.id, field, text));
    });
    return edit;
}

SpreadRecord CyclePage::spreadFromCycle() const {
    SpreadRecord record;
    record.teamId = m_cycle.teamId;
    record.changeIdeaId = m_cycle.changeIdeaIds.isEmpty() ? QUuid() : m_cycle.changeIdeaIds.front();
    record.practice = m_cycle.title;
    if (m_document && !record.changeIdeaId.isNull())
        if (auto idea = m_document->workspace().changePackage.ideas.find(record.changeIdeaId); idea && *idea)
            record.practice = (*idea)->name;
    record.spreadOn = m_cycle.endDate.isValid() ? m_cycle.endDate : QDate::currentDate();
    record.status = SpreadStatus::Planned;
    record.note = tr("Adopted in the PDSA cycle \"%1\".").arg(m_cycle.title);
    return record;
}

void CyclePage::recordSpread() {
    if (!m_document)
        return;
    QString teamName;
    if (auto team = m_document->workspace().teams.teams.find(m_cycle.teamId); team && *team)
        teamName = (*team)->name;
    SpreadDialog dialog(spreadFromCycle(), {{m_cycle.teamId, teamName}}, SpreadDialog::ideaChoices(m_document->workspace()),
                        true, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto added = command::addSpread(*m_document, dialog.record());
        if (added)
            return;
        QMessageBox::warning(this, tr("Cannot record the spread"), added.error().message);
    }
}

void CyclePage::show(const Status& status, QLabel* where) {
    QLabel* label = where ? where : m_message;
    label->setVisible(!status.ok());
    if (!status)
        label->setText(status.error().message);
}

void CyclePage::saveScale() {
    if (m_loading || !m_document)
        return;
    const int value = m_scale->value();
    show(command::setCycleScale(*m_document, m_cycle.meta.id,
                                value < 0 ? std::nullopt : std::optional<int>(value),
                                m_unit->currentText().trimmed()));
}

void CyclePage::saveDates() {
    if (m_loading || !m_document)
        return;
    const Status status =
        command::setCycleDates(*m_document, m_cycle.meta.id, m_start->date(), m_end->date());
    show(status, m_dateMessage);
    if (!status) { // refused: the edits show what is stored again, the message says why
        m_loading = true;
        m_start->setDate(m_cycle.startDate);
        m_end->setDate(m_cycle.endDate);
        m_loading = false;
    }
}

void CyclePage::saveLinks(QStandardItemModel* model, bool ideas) {
    if (m_loading || !m_document || !isEditable())
        return;
    // Keep the stored order; newly ticked items go at the end in the order shown.
    QList<QUuid> ticked;
    std::vector<const QStandardItem*> pending;
    for (int row = 0; row < model->rowCount(); ++row)
        pending.push_back(model->item(row));
    for (size_t i = 0; i < pending.size(); ++i) {
        const QStandardItem* item = pending[i];
        if (item->data(Qt::CheckStateRole).isValid() && item->checkState() == Qt::Checked)
            ticked.append(item->data(kIdRole).toUuid());
        for (int row = 0; row < item->rowCount(); ++row)
            pending.push_back(item->child(row));
    }
    const QList<QUuid>& stored = ideas ? m_cycle.changeIdeaIds : m_cycle.measureIds;
    QList<QUuid> ordered;
    for (const QUuid& id : stored)
        if (ticked.contains(id))
            ordered.append(id);
    for (const QUuid& id : ticked)
        if (!ordered.contains(id))
            ordered.append(id);
    show(ideas ? command::setCycleChangeIdeas(*m_document, m_cycle.meta.id, ordered)
               : command::setCycleMeasures(*m_document, m_cycle.meta.id, ordered));
}

int CyclePage::currentQuestionRow() const {
    const QModelIndex current = m_questionsView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CyclePage::moveQuestion(int delta) {
    const int row = currentQuestionRow();
    const int to = row + delta;
    if (!m_document || row < 0 || to < 0 || to >= m_questionsModel->rowCount())
        return;
    const int column = m_questionsView->currentIndex().column();
    const Status status = command::moveCycleQuestion(*m_document, m_cycle.meta.id, row, to);
    show(status);
    if (status)
        m_questionsView->setCurrentIndex(m_questionsModel->index(to, column));
}

void CyclePage::commitOpenEdits() {
    // A question cell being typed in is saved when it loses the focus, but a button pressed by
    // its shortcut does not take the focus: take it here, before this cycle is left.
    if (QWidget* focused = QApplication::focusWidget(); focused && m_questionsView->isAncestorOf(focused))
        m_questionsView->setFocus(Qt::OtherFocusReason);
}

Status CyclePage::startNextCycle() {
    if (!m_document)
        return {};
    if (!isEditable())
        return Error{ErrorCode::Invalid, m_readOnlyReason};
    commitOpenEdits();
    auto next = command::nextCycle(*m_document, m_cycle.meta.id, today());
    if (!next)
        return next.error();
    emit navigateRequested(NavigationTarget::cycle(m_cycle.teamId, *next));
    return {};
}

Status CyclePage::deleteCycle() {
    if (!m_document)
        return {};
    if (!isEditable())
        return Error{ErrorCode::Invalid, m_readOnlyReason};
    commitOpenEdits();
    const QUuid teamId = m_cycle.teamId;
    PDSA_TRY(command::deleteCycle(*m_document, m_cycle.meta.id));
    emit navigateRequested({NodeKind::CyclesFolder, {}, teamId});
    return {};
}

std::vector<QUuid> CyclePage::worksheetIds(bool wholeRamp) {
    if (!wholeRamp || !m_document)
        return {m_cycle.meta.id};
    // The ramp as the ramp view shows it: the main chain from the first cycle, then each branch.
    auto teamCycles = m_document->workspace().cycles.cycles.forTeam(m_cycle.teamId);
    if (!teamCycles)
        return {m_cycle.meta.id};
    std::vector<QUuid> ids;
    for (const cycles::RampChain& chain : cycles::rampChainsOf(*teamCycles, m_cycle.meta.id))
        for (const PdsaCycle& cycle : chain.cycles)
            if (std::find(ids.begin(), ids.end(), cycle.meta.id) == ids.end())
                ids.push_back(cycle.meta.id);
    return ids.empty() ? std::vector<QUuid>{m_cycle.meta.id} : ids;
}

void CyclePage::exportPdf(bool wholeRamp) {
    if (!m_document)
        return;
    commitOpenEdits();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString name = m_cycle.title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export worksheet PDF"), QDir(folder).filePath(name.simplified() + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const Status status = print::writeWorksheetPdf(m_document->workspace(), worksheetIds(wholeRamp), path);
    if (!status)
        QMessageBox::warning(this, tr("Cannot export the worksheet"), status.error().message);
}

void CyclePage::print(bool wholeRamp) {
    if (!m_document)
        return;
    commitOpenEdits();
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print worksheet"));
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    const Status status = print::printWorksheets(m_document->workspace(), worksheetIds(wholeRamp), printer);
    if (!status)
        QMessageBox::warning(this, tr("Cannot print the worksheet"), status.error().message);
}

Status CyclePage::load(WorkspaceDocument& document, const NavigationTarget& target) {
    m_commentsStale = true; // comments may have changed while another page was shown
    return showCycle(document, target.id, true);
}

Status CyclePage::update(WorkspaceDocument& document, const Changes& changes) {
    const bool cyclesOnly =
        !changes.touchesOtherThan({QStringLiteral("pdsa_cycle"), QStringLiteral("chart_annotation")});
    m_commentsStale = m_commentsStale || changes.touches(QStringLiteral("coach_comment")) ||
                      changes.touches(QStringLiteral("comment_reply")) || changes.touches(QStringLiteral("team"));
    return showCycle(document, target().id, !cyclesOnly);
}

Status CyclePage::showCycle(WorkspaceDocument& document, const QUuid& cycleId, bool readPickers) {
    Workspace& workspace = document.workspace();
    auto found = workspace.cycles.cycles.find(cycleId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, tr("the PDSA cycle is no longer in this workspace.")};
    const bool sameCycle = m_document == &document && (*found)->meta.id == m_cycle.meta.id;
    readPickers = readPickers || !sameCycle || (*found)->changeIdeaIds != m_cycle.changeIdeaIds ||
                  (*found)->measureIds != m_cycle.measureIds;
    m_document = &document;
    m_cycle = **found;
    m_readOnlyReason = document.readOnlyReason(m_cycle.teamId);
    m_banner->setArrival(document.arrivedFrom(Owner::ofTeam(m_cycle.teamId)));
    if (!sameCycle)
        for (QLabel* label : {m_message, m_titleMessage, m_dateMessage})
            label->hide();

    auto team = workspace.teams.teams.find(m_cycle.teamId);
    if (!team)
        return team.error();
    header()->setTitle(m_cycle.title);
    QStringList subtitle{tr("PDSA cycle")};
    if (*team)
        subtitle << (*team)->name;
    subtitle << Format::status(m_cycle.status);
    if (const QString dates = Format::dateRange(m_cycle.startDate, m_cycle.endDate); !dates.isEmpty())
        subtitle << dates;
    header()->setSubtitle(subtitle.join(QStringLiteral(" · ")));

    if (readPickers)
        PDSA_TRY(loadPickers(workspace));
    syncWidgets();
    applyReadOnly();
    if (!sameCycle || m_pickersRebuilt) {
        // Open the driver groups that hold a ticked idea; the others stay closed to keep the
        // worksheet short (Right arrow or a click opens them).
        for (int row = 0; row < m_ideasModel->rowCount(); ++row) {
            const QStandardItem* group = m_ideasModel->item(row);
            bool ticked = false;
            for (int child = 0; child < group->rowCount(); ++child)
                ticked = ticked || group->child(child)->checkState() == Qt::Checked;
            m_ideasView->setExpanded(group->index(), ticked);
        }
        m_pickersRebuilt = false;
    }
    showIdeaGroups();
    // The comments are read again with the cycle shown, or with a change to comments or replies:
    // not on every keystroke in the worksheet.
    if (!sameCycle || std::exchange(m_commentsStale, false))
        PDSA_TRY(m_comments->load(document, {m_cycle.teamId, SubjectKind::Cycle, m_cycle.meta.id}, today()));
    return loadRamp(workspace);
}

void CyclePage::applyReadOnly() {
    const bool editable = isEditable();
    // Read-only, not disabled: the text can still be selected and copied. The fields take the
    // page's background so that they do not look like boxes waiting for input.
    QPalette readOnly = palette();
    readOnly.setColor(QPalette::Base, palette().color(QPalette::Window));
    const auto look = [&](QWidget* field) { field->setPalette(editable ? QPalette() : readOnly); };
    if (m_title->isReadOnly() != !editable) { // the page reloads on every edit: change only what changed
        m_title->setReadOnly(!editable);
        look(m_title);
        m_scale->setReadOnly(!editable);
        look(m_scale);
    }
    for (const auto& [field, edit] : m_texts) {
        if (edit->isReadOnly() == !editable)
            continue;
        edit->setReadOnly(!editable);
        look(edit);
        if (!editable)
            edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_questionsView->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                                    QAbstractItemView::EditKeyPressed |
                                                    QAbstractItemView::AnyKeyPressed |
                                                    QAbstractItemView::SelectedClicked
                                              : QAbstractItemView::NoEditTriggers);
    for (QWidget* control : std::initializer_list<QWidget*>{
             m_status, m_decision, m_start, m_end, m_unit, m_addQuestion, m_removeQuestion, m_moveUp,
             m_moveDown, m_nextCycle, m_delete})
        OwnershipBanner::setLocked(control, m_readOnlyReason);
    // Ticks stay visible but cannot be changed; the view can still be browsed and opened.
    const QSignalBlocker ideasBlocker(m_ideasModel), measuresBlocker(m_measuresModel);
    for (QStandardItemModel* model : {m_ideasModel, m_measuresModel}) {
        std::vector<QStandardItem*> pending;
        for (int row = 0; row < model->rowCount(); ++row)
            pending.push_back(model->item(row));
        for (size_t i = 0; i < pending.size(); ++i) {
            QStandardItem* item = pending[i];
            // A tick box is an item with a check state; it can be ticked only when checkable.
            if (item->data(Qt::CheckStateRole).isValid() && item->isCheckable() != editable)
                item->setCheckable(editable);
            for (int row = 0; row < item->rowCount(); ++row)
                pending.push_back(item->child(row));
        }
    }
    for (FittedTreeView* view : {m_ideasView, m_measuresView}) {
        view->setToolTip(m_readOnlyReason);
        view->viewport()->update();
    }
}

void CyclePage::showIdeaGroups() {
    auto ticked = [](const QStandardItem* group) {
        for (int child = 0; child < group->rowCount(); ++child)
            if (group->child(child)->checkState() == Qt::Checked)
                return true;
        return false;
    };
    bool anyTicked = false;
    for (int row = 0; row < m_ideasModel->rowCount(); ++row)
        anyTicked = anyTicked || ticked(m_ideasModel->item(row));
    // A cycle that tests no idea yet shows them all, and so does one whose user asked.
    m_allIdeas->setVisible(anyTicked);
    for (int row = 0; row < m_ideasModel->rowCount(); ++row)
        m_ideasView->setRowHidden(row, {},
                                  anyTicked && !m_allIdeas->isChecked() && !ticked(m_ideasModel->item(row)));
    m_ideasView->updateGeometry();
}

void CyclePage::syncWidgets() {
    m_loading = true;
    // A refused title stays as typed (the message says why) until it is fixed or left.
    if (m_title->text() != m_cycle.title && !(m_title->hasFocus() && m_title->text().trimmed().isEmpty())) {
        const int position = m_title->cursorPosition();
        m_title->setText(m_cycle.title);
        m_title->setCursorPosition(std::min(position, static_cast<int>(m_cycle.title.size())));
    }
    const auto text = [this](CycleTextField field) -> const QString& {
        switch (field) {
        case CycleTextField::Title:
            return m_cycle.title;
        case CycleTextField::Objective:
            return m_cycle.objective;
        case CycleTextField::PlanWho:
            return m_cycle.planWho;
        case CycleTextField::PlanWhat:
            return m_cycle.planWhat;
        case CycleTextField::PlanWhere:
            return m_cycle.planWhere;
        case CycleTextField::PlanWhen:
            return m_cycle.planWhen;
        case CycleTextField::DataCollectionPlan:
            return m_cycle.dataCollectionPlan;
        case CycleTextField::WhatHappened:
            return m_cycle.whatHappened;
        case CycleTextField::Observations:
            return m_cycle.observations;
        case CycleTextField::Problems:
            return m_cycle.problems;
        case CycleTextField::Results:
            return m_cycle.results;
        case CycleTextField::Learned:
            return m_cycle.learned;
        case CycleTextField::NextStep:
            return m_cycle.nextStep;
        }
        return m_cycle.title;
    };
    for (const auto& [field, edit] : m_texts)
        edit->setTextKeepingCursor(text(field));

    if (const int index = m_status->findData(static_cast<int>(m_cycle.status));
        index != m_status->currentIndex())
        m_status->setCurrentIndex(index);
    if (const int index = m_decision->findData(static_cast<int>(m_cycle.decision));
        index != m_decision->currentIndex())
        m_decision->setCurrentIndex(index);
    m_recordSpread->setVisible(m_cycle.decision == Decision::Adopt);
    m_start->setDate(m_cycle.startDate);
    m_end->setDate(m_cycle.endDate);
    m_end->setDefaultDate(m_cycle.startDate.isValid() ? m_cycle.startDate.addDays(13) : QDate());
    const int scale = m_cycle.scaleCount.value_or(-1);
    if (m_scale->value() != scale)
        m_scale->setValue(scale);
    if (m_unit->currentText().trimmed() != m_cycle.scaleUnit)
        m_unit->setEditText(m_cycle.scaleUnit);
    m_questionsModel->setQuestions(m_cycle.questions);

    const auto tick = [](QStandardItemModel* model, const QList<QUuid>& ids) {
        std::vector<QStandardItem*> pending;
        for (int row = 0; row < model->rowCount(); ++row)
            pending.push_back(model->item(row));
        for (size_t i = 0; i < pending.size(); ++i) {
            QStandardItem* item = pending[i];
            if (item->data(Qt::CheckStateRole).isValid()) {
                const Qt::CheckState state =
                    ids.contains(item->data(kIdRole).toUuid()) ? Qt::Checked : Qt::Unchecked;
                if (item->checkState() != state)
                    item->setCheckState(state);
            }
            for (int row = 0; row < item->rowCount(); ++row)
                pending.push_back(item->child(row));
        }
    };
    tick(m_ideasModel, m_cycle.changeIdeaIds);
    tick(m_measuresModel, m_cycle.measureIds);
    m_loading = false;
}

namespace {

using DriverIndex = QHash<QUuid, const Driver*>;

// Where an idea sits in the change package: "primary › secondary", a primary driver's name, or
// "Other change ideas" for an idea without a driver that still exists.
QString driverPath(const DriverIndex& driverById, const QUuid& id) {
    const Driver* driver = driverById.value(id);
    if (!driver)
        return CyclePage::tr("Other change ideas");
    if (const Driver* parent = driverById.value(driver->parentId))
        return CyclePage::tr("%1 › %2").arg(parent->name, driver->name);
    return driver->name;
}

// What the pickers list: when it is unchanged, they are not rebuilt.
QString pickerSignature(const PdsaCycle& cycle, const std::vector<ChangeIdea>& ideas,
                        const std::vector<Measure>& measures, const DriverIndex& driverById) {
    QString signature;
    for (const ChangeIdea& idea : ideas)
        signature += idea.meta.id.toString() + idea.name + driverPath(driverById, idea.driverId);
    for (const Measure& measure : measures)
        signature += measure.meta.id.toString() + measure.name;
    // A cycle may link an idea or measure that is gone: it stays listed so that it can be
    // unticked. Only such links enter the signature: ticking a listed item must not rebuild the
    // picker under the view that is delivering the tick.
    QSet<QUuid> known;
    for (const ChangeIdea& idea : ideas)
        known.insert(idea.meta.id);
    for (const Measure& measure : measures)
        known.insert(measure.meta.id);
    for (const QUuid& id : cycle.changeIdeaIds + cycle.measureIds)
        if (!known.contains(id))
            signature += id.toString();
    return signature;
}

// A bold group per driver that has change ideas, in the change package's order.
std::vector<std::pair<QUuid, QStandardItem*>> driverGroups(const std::vector<Driver>& drivers,
                                                           const std::vector<ChangeIdea>& ideas,
                                                           const DriverIndex& driverById) {
    std::vector<std::pair<QUuid, QStandardItem*>> groups;
    for (const Driver& driver : drivers) {
        bool hasIdeas = false;
        for (const ChangeIdea& idea : ideas)
            hasIdeas = hasIdeas || idea.driverId == driver.meta.id;
        if (!hasIdeas)
            continue;
        auto* group = new QStandardItem(driverPath(driverById, driver.meta.id));
        group->setToolTip(group->text());
        group->setEditable(false);
        group->setSelectable(true);
        QFont bold = group->font();
        bold.setBold(true);
        group->setFont(bold);
        groups.emplace_back(driver.meta.id, group);
    }
    return groups;
}

// The change ideas under their drivers (unticked: syncWidgets() ticks them); ideas the cycle links
// that are gone stay listed, so that they can be unticked, under "Other change ideas".
void fillIdeasPicker(QStandardItemModel* model, const PdsaCycle& cycle, const std::vector<Driver>& drivers,
                     const std::vector<ChangeIdea>& ideas, const DriverIndex& driverById) {
    model->clear();
    std::vector<std::pair<QUuid, QStandardItem*>> groups = driverGroups(drivers, ideas, driverById);
    const auto groupFor = [&](const QUuid& driverId) -> QStandardItem* {
        for (auto& [id, item] : groups)
            if (id == driverId)
                return item;
        auto* other = new QStandardItem(CyclePage::tr("Other change ideas"));
        other->setEditable(false);
        groups.emplace_back(driverId, other);
        return other;
    };
    QList<QUuid> listed;
    for (const ChangeIdea& idea : ideas) {
        auto* item = new QStandardItem(idea.name);
        item->setEditable(false);
        item->setCheckable(true);
        item->setData(idea.meta.id, kIdRole);
        item->setToolTip(idea.description.isEmpty() ? idea.name : idea.description);
        groupFor(idea.driverId)->appendRow(item);
        listed.append(idea.meta.id);
    }
    for (const QUuid& id : cycle.changeIdeaIds) {
        if (listed.contains(id))
            continue;
        auto* item = new QStandardItem(CyclePage::tr("A change idea no longer in the change package"));
        item->setEditable(false);
        item->setCheckable(true);
        item->setData(id, kIdRole);
        groupFor(QUuid())->appendRow(item);
    }
    for (auto& [id, item] : groups)
        model->appendRow(item);
    if (groups.empty()) {
        auto* none = new QStandardItem(CyclePage::tr("The change package has no change ideas yet."));
        none->setEditable(false);
        none->setEnabled(false);
        model->appendRow(none);
    }
}

// The team's measures, and any measure the cycle links that is gone.
void fillMeasuresPicker(QStandardItemModel* model, const PdsaCycle& cycle,
                        const std::vector<Measure>& measures) {
    model->clear();
    QList<QUuid> listed;
    for (const Measure& measure : measures) {
        auto* item = new QStandardItem(measure.name);
        item->setEditable(false);
        item->setCheckable(true);
        item->setData(measure.meta.id, kIdRole);
        item->setToolTip(Format::measureTypeLong(measure.type));
        model->appendRow(item);
        listed.append(measure.meta.id);
    }
    for (const QUuid& id : cycle.measureIds) {
        if (listed.contains(id))
            continue;
        auto* item = new QStandardItem(CyclePage::tr("A measure no longer in this workspace"));
        item->setEditable(false);
        item->setCheckable(true);
        item->setData(id, kIdRole);
        model->appendRow(item);
    }
    if (model->rowCount() == 0) {
        auto* none = new QStandardItem(CyclePage::tr("The team has no measures yet."));
        none->setEditable(false);
        none->setEnabled(false);
        model->appendRow(none);
    }
}

} // namespace

Status CyclePage::loadPickers(Workspace& workspace) {
    // The change package by driver (primary › secondary), then the team's measures.
    auto drivers = workspace.changePackage.drivers.all();
    if (!drivers)
        return drivers.error();
    auto ideas = workspace.changePackage.ideas.all();
    if (!ideas)
        return ideas.error();
    auto measures = workspace.measures.forTeam(m_cycle.teamId);
    if (!measures)
        return measures.error();
    DriverIndex driverById;
    for (const Driver& driver : *drivers)
        driverById.insert(driver.meta.id, &driver);
    const QString signature = pickerSignature(m_cycle, *ideas, *measures, driverById);
    if (signature == m_pickerSignature)
        return {};
    m_pickerSignature = signature;
    m_pickersRebuilt = true;

    m_loading = true;
    fillIdeasPicker(m_ideasModel, m_cycle, *drivers, *ideas, driverById);
    fillMeasuresPicker(m_measuresModel, m_cycle, *measures);
    m_loading = false;
    return {};
}

Status CyclePage::loadRamp(Workspace& workspace) {
    auto teamCycles = workspace.cycles.cycles.forTeam(m_cycle.teamId);
    if (!teamCycles)
        return teamCycles.error();
    const std::vector<cycles::RampChain> chains = cycles::rampChainsOf(*teamCycles, m_cycle.meta.id);
    std::vector<RampView::Row> rows;
    QString signature = m_cycle.meta.id.toString();
    for (const cycles::RampChain& chain : chains) {
        RampView::Row row;
        row.cycles = chain.cycles;
        if (!chain.branchedFrom.isNull()) {
            for (const PdsaCycle& c : *teamCycles)
                if (c.meta.id == chain.branchedFrom)
                    row.heading = tr("Branch grown from “%1”").arg(c.title);
        } else if (!chain.cycles.empty() && !chain.cycles.front().changeIdeaIds.isEmpty()) {
            auto idea = workspace.changePackage.ideas.find(chain.cycles.front().changeIdeaIds.front());
            if (!idea)
                return idea.error();
            if (*idea)
                row.heading = (*idea)->name;
        }
        signature += row.heading;
        for (const PdsaCycle& c : chain.cycles)
            signature += c.meta.id.toString() + c.title + Format::scale(c.scaleCount, c.scaleUnit) +
                         Format::dateRange(c.startDate, c.endDate) + toText(c.decision) + toText(c.status);
        rows.push_back(std::move(row));
    }
    if (signature != m_rampSignature) {
        m_rampSignature = signature;
        m_ramp->setRows(rows, m_cycle.meta.id);
    }
    const int count = chains.empty()
                          ? 0
                          : static_cast<int>(std::accumulate(
                                chains.begin(), chains.end(), size_t(0),
                                [](size_t n, const cycles::RampChain& c) { return n + c.cycles.size(); }));
    m_rampSection->setTitle(count > 1 ? tr("Ramp (%1 cycles)").arg(count) : tr("Ramp"));
    m_rampSection->setCaption(
        count > 1 ? tr("How this change grew, cycle by cycle. Enter or a click opens a cycle.")
                  : tr("This cycle is the first of its ramp. “Next cycle” grows the next one "
                       "from it."));
    return {};
}

} // namespace pdsa::ui
