// SPDX-License-Identifier: Apache-2.0
#pragma once
// Creates or edits a measure's definition: every field of Measure (name, type, operational,
// numerator and denominator definitions, data source, frequency, kind of data and "per" for
// rates, unit, direction of improvement, goal, baseline months, stratified). The dialog only
// collects the values; the caller hands measure() to command::saveMeasure(), which checks and
// writes them as one undo step. Read-only for a shared measure seen from a team.

#include "domain/measure.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace pdsa::ui {

class MeasureDialog : public QDialog {
    Q_OBJECT

public:
    MeasureDialog(const Measure& measure, bool readOnly, QWidget* parent = nullptr);

    // The measure as edited (its id, team and collaborative unchanged).
    Measure measure() const;
    QLineEdit* nameEdit() const { return m_name; }

private:
    // The form's rows, in order.
    void addDefinitionRows(QFormLayout* form);
    void addGoalRow(QFormLayout* form);
    void addBaselineRow(QFormLayout* form);
    void updateEnabled();

    Measure m_measure;
    bool m_readOnly = false;
    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QPlainTextEdit* m_operational = nullptr;
    QLineEdit* m_numerator = nullptr;
    QLineEdit* m_denominator = nullptr;
    QLineEdit* m_source = nullptr;
    QComboBox* m_frequency = nullptr;
    QComboBox* m_kind = nullptr;
    QDoubleSpinBox* m_ratePer = nullptr;
    QLineEdit* m_unit = nullptr;
    QComboBox* m_improvement = nullptr;
    QCheckBox* m_hasGoal = nullptr;
    QDoubleSpinBox* m_goal = nullptr;
    QCheckBox* m_hasBaseline = nullptr;
    QDateEdit* m_baselineStart = nullptr;
    QDateEdit* m_baselineEnd = nullptr;
    QCheckBox* m_stratified = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pdsa::ui
