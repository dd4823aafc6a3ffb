// SPDX-License-Identifier: Apache-2.0
#pragma once
// Read-only "label: value" rows for the facts of a record (a team's agency and court partner, a
// measure's definition): muted labels in one column, wrapped and selectable values in the other.
// A page creates its rows once and fills them on every load; empty values read as "—" or are
// hidden, as the page chooses.

#include <QWidget>

class QGridLayout;
class QLabel;

namespace pdsa::ui {

class FieldGrid : public QWidget {
    Q_OBJECT

public:
    explicit FieldGrid(QWidget* parent = nullptr);

    // Adds a row and returns the label that shows its value.
    QLabel* addRow(const QString& label);
    // Sets a row's value; an empty value shows `placeholder` (an em dash unless given).
    static void setValue(QLabel* value, const QString& text, const QString& placeholder = QString());
    // Hides or shows a row (both its label and its value).
    void setRowVisible(QLabel* value, bool visible);

private:
    QGridLayout* m_layout = nullptr;
};

} // namespace pdsa::ui
