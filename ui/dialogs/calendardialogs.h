// SPDX-License-Identifier: Apache-2.0
#pragma once
// The collaborative page's calendar and strata dialogs: a learning session, an action period, the
// collaborative's dates, and a stratum dimension with its categories (one per line). Each only
// gathers the fields; the rules are core's (services/calendar.h), applied by the command the page
// calls, and the page shows a refusal and opens the dialog again with what was typed.

#include "undo/commands.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace pdsa::ui {

class OptionalDateEdit;

class SessionDialog : public QDialog {
    Q_OBJECT

public:
    SessionDialog(const SessionDetails& details, bool isNew, QWidget* parent = nullptr);
    SessionDetails details() const;

private:
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLineEdit* m_location = nullptr;
};

class PeriodDialog : public QDialog {
    Q_OBJECT

public:
    PeriodDialog(const PeriodDetails& details, bool isNew, QWidget* parent = nullptr);
    PeriodDetails details() const;

private:
    QLineEdit* m_name = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
};

class DatesDialog : public QDialog {
    Q_OBJECT

public:
    DatesDialog(const QDate& start, const QDate& end, QWidget* parent = nullptr);
    QDate start() const;
    QDate end() const;

private:
    OptionalDateEdit* m_start = nullptr;
    OptionalDateEdit* m_end = nullptr;
};

class DimensionDialog : public QDialog {
    Q_OBJECT

public:
    DimensionDialog(const QString& name, const QStringList& categories, QWidget* parent = nullptr);
    QString name() const;
    QStringList categories() const;

private:
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_categories = nullptr;
};

} // namespace pdsa::ui
