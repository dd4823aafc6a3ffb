// SPDX-License-Identifier: Apache-2.0
#pragma once
// A date that may be left empty (a PDSA cycle not yet given an end date, a filter with no lower
// bound): a check box that says whether there is a date, and the date edit beside it, enabled
// only when there is one. Both are reachable by Tab and carry accessible names derived from the
// label given ("Start date", "Has start date"). Ticking the box starts from `defaultDate()`
// (today unless set).

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace pdsa::ui {

class OptionalDateEdit : public QWidget {
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString& label, QWidget* parent = nullptr);

    // An invalid date means "no date".
    QDate date() const;
    // Sets the date without emitting dateEdited().
    void setDate(const QDate& date);
    void setDefaultDate(const QDate& date) { m_default = date; }
    QDate defaultDate() const { return m_default.isValid() ? m_default : QDate::currentDate(); }

    QCheckBox* checkBox() const { return m_check; }
    QDateEdit* dateEdit() const { return m_edit; }

signals:
    // The user set, changed or cleared the date.
    void dateEdited(const QDate& date);

private:
    QCheckBox* m_check = nullptr;
    QDateEdit* m_edit = nullptr;
    QDate m_default;
    bool m_setting = false;
};

} // namespace pdsa::ui
