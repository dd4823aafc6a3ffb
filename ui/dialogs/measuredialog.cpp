// SPDX-License-Identifier: Apache-2.0
#include "dialogs/measuredialog.h"

#include "format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdsa::ui {

namespace {

template <typename E>
void fill(QComboBox* box, std::initializer_list<E> values, QString (*label)(E)) {
    for (E value : values)
        box->addItem(label(value), static_cast<int>(value));
}

template <typename E>
void select(QComboBox* box, E value) {
    box->setCurrentIndex(box->findData(static_cast<int>(value)));
}

template <typename E>
E selected(const QComboBox* box) {
    return static_cast<E>(box->currentData().toInt());
}

QString kindLabel(DataKind kind) {
    switch (kind) {
    case DataKind::Proportion:
        return MeasureDialog::tr("Proportion (numerator / denominator, as %)");
    case DataKind::Rate:
        return MeasureDialog::tr("Rate (numerator per so many of the denominator)");
    case DataKind::Count:
        return MeasureDialog::tr("Count");
    case DataKind::Continuous:
        return MeasureDialog::tr("Continuous value");
    case DataKind::DaysBetween:
        return MeasureDialog::tr("Days between events");
    }
    return {};
}

QDateEdit* monthEdit(QWidget* parent) {
    auto* edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("MMM yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

MeasureDialog::MeasureDialog(const Measure& measure, bool readOnly, QWidget* parent)
    : QDialog(parent), m_measure(measure), m_readOnly(readOnly) {
    setObjectName(QStringLiteral("measureDialog"));
    const bool isNew = measure.name.isEmpty();
    setWindowTitle(isNew ? tr("New measure") : readOnly ? tr("Measure definition") : tr("Edit measure"));
    auto* layout = new QVBoxLayout(this);
    if (readOnly) {
        auto* note = new QLabel(tr("A shared measure of the collaborative: its definition is the same for every team "
                                   "and only the organizer changes it. Teams enter its data."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto* form = new QFormLayout;
    addDefinitionRows(form);
    addGoalRow(form);
    addBaselineRow(form);
    m_stratified = new QCheckBox(tr("Data are also entered per &stratum (age group, race and ethnicity…)"), this);
    m_stratified->setChecked(measure.stratified);
    form->addRow(QString(), m_stratified);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                                     this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QComboBox* box : {m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &MeasureDialog::updateEnabled);
    connect(m_hasGoal, &QCheckBox::toggled, this, &MeasureDialog::updateEnabled);
    connect(m_hasBaseline, &QCheckBox::toggled, this, &MeasureDialog::updateEnabled);
    connect(m_name, &QLineEdit::textChanged, this, &MeasureDialog::updateEnabled);
    updateEnabled();
}

// Name, type, operational definition, kind of data (with its rate, numerator and denominator),
// unit, source, frequency and the direction of improvement.
void MeasureDialog::addDefinitionRows(QFormLayout* form) {
    m_name = new QLineEdit(m_measure.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("&Name"), m_name);
    m_type = new QComboBox(this);
    fill<MeasureType>(m_type, {MeasureType::Outcome, MeasureType::Process, MeasureType::Balancing}, &Format::measureType);
    select(m_type, m_measure.type);
    form->addRow(tr("&Type"), m_type);
    m_operational = new QPlainTextEdit(m_measure.operationalDefinition, this);
    m_operational->setTabChangesFocus(true);
    m_operational->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_operational->setFixedHeight(m_operational->fontMetrics().height() * 5);
    form->addRow(tr("&Operational definition"), m_operational);
    m_kind = new QComboBox(this);
    fill<DataKind>(m_kind, {DataKind::Proportion, DataKind::Rate, DataKind::Count, DataKind::Continuous,
                            DataKind::DaysBetween},
                   &kindLabel);
    select(m_kind, m_measure.dataKind);
    form->addRow(tr("&Kind of data"), m_kind);
    m_ratePer = new QDoubleSpinBox(this);
    m_ratePer->setRange(0, 1e9);
    m_ratePer->setDecimals(0);
    m_ratePer->setValue(m_measure.ratePer.value_or(1000));
    form->addRow(tr("Rate &per"), m_ratePer);
    m_numerator = new QLineEdit(m_measure.numeratorDefinition, this);
    form->addRow(tr("N&umerator"), m_numerator);
    m_denominator = new QLineEdit(m_measure.denominatorDefinition, this);
    form->addRow(tr("&Denominator"), m_denominator);
    m_unit = new QLineEdit(m_measure.unit, this);
    m_unit->setPlaceholderText(tr("%, days, referrals"));
    form->addRow(tr("U&nit"), m_unit);
    m_source = new QLineEdit(m_measure.dataSource, this);
    form->addRow(tr("Data &source"), m_source);
    m_frequency = new QComboBox(this);
    fill<Frequency>(m_frequency, {Frequency::Monthly, Frequency::Weekly}, &Format::frequency);
    select(m_frequency, m_measure.frequency);
    form->addRow(tr("&Frequency"), m_frequency);
    m_improvement = new QComboBox(this);
    fill<Improvement>(m_improvement, {Improvement::Up, Improvement::Down}, &Format::improvement);
    select(m_improvement, m_measure.improvement);
    form->addRow(tr("&Improvement"), m_improvement);
}

void MeasureDialog::addGoalRow(QFormLayout* form) {
    auto* goalRow = new QHBoxLayout;
    m_hasGoal = new QCheckBox(this);
    m_hasGoal->setAccessibleName(tr("Has a goal"));
    m_hasGoal->setChecked(m_measure.goal.has_value());
    m_goal = new QDoubleSpinBox(this);
    m_goal->setRange(-1e9, 1e9);
    m_goal->setDecimals(2);
    m_goal->setValue(m_measure.goal.value_or(0));
    goalRow->addWidget(m_hasGoal);
    goalRow->addWidget(m_goal, 1);
    form->addRow(tr("Goal (in the plotted unit)"), goalRow);
}

void MeasureDialog::addBaselineRow(QFormLayout* form) {
    auto* baselineRow = new QHBoxLayout;
    m_hasBaseline = new QCheckBox(this);
    m_hasBaseline->setAccessibleName(tr("Has a baseline"));
    m_hasBaseline->setChecked(m_measure.baselineStart.isValid());
    m_baselineStart = monthEdit(this);
    m_baselineEnd = monthEdit(this);
    const QDate today = QDate::currentDate();
    m_baselineStart->setDate(m_measure.baselineStart.isValid() ? m_measure.baselineStart
                                                                : today.addMonths(-12));
    m_baselineEnd->setDate(m_measure.baselineEnd.isValid() ? m_measure.baselineEnd : today.addMonths(-1));
    baselineRow->addWidget(m_hasBaseline);
    baselineRow->addWidget(m_baselineStart, 1);
    baselineRow->addWidget(new QLabel(tr("to"), this));
    baselineRow->addWidget(m_baselineEnd, 1);
    form->addRow(tr("Baseline months"), baselineRow);
}

void MeasureDialog::updateEnabled() {
    const bool editable = !m_readOnly;
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_type, m_kind, m_unit, m_source, m_frequency,
                                                      m_improvement, m_hasGoal, m_hasBaseline, m_stratified})
        w->setEnabled(editable);
    m_operational->setReadOnly(!editable);
    const DataKind kind = selected<DataKind>(m_kind);
    const bool denominator = kind == DataKind::Proportion || kind == DataKind::Rate;
    m_ratePer->setEnabled(editable && kind == DataKind::Rate);
    m_numerator->setEnabled(editable && denominator);
    m_denominator->setEnabled(editable && denominator);
    m_goal->setEnabled(editable && m_hasGoal->isChecked());
    m_baselineStart->setEnabled(editable && m_hasBaseline->isChecked());
    m_baselineEnd->setEnabled(editable && m_hasBaseline->isChecked());
    if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!m_name->text().trimmed().isEmpty());
}

Measure MeasureDialog::measure() const {
    Measure m = m_measure;
    m.name = m_name->text().trimmed();
    m.type = selected<MeasureType>(m_type);
    m.operationalDefinition = m_operational->toPlainText().trimmed();
    m.dataKind = selected<DataKind>(m_kind);
    m.ratePer = m.dataKind == DataKind::Rate ? std::optional<double>(m_ratePer->value()) : std::nullopt;
    const bool denominator = m.hasDenominator();
    m.numeratorDefinition = denominator ? m_numerator->text().trimmed() : QString();
    m.denominatorDefinition = denominator ? m_denominator->text().trimmed() : QString();
    m.unit = m_unit->text().trimmed();
    m.dataSource = m_source->text().trimmed();
    m.frequency = selected<Frequency>(m_frequency);
    m.improvement = selected<Improvement>(m_improvement);
    m.goal = m_hasGoal->isChecked() ? std::optional<double>(m_goal->value()) : std::nullopt;
    if (m_hasBaseline->isChecked()) {
        const QDate start = m_baselineStart->date();
        const QDate end = m_baselineEnd->date();
        m.baselineStart = QDate(start.year(), start.month(), 1);
        m.baselineEnd = QDate(end.year(), end.month(), 1);
    } else {
        m.baselineStart = QDate();
        m.baselineEnd = QDate();
    }
    m.stratified = m_stratified->isChecked();
    return m;
}

} // namespace pdsa::ui
