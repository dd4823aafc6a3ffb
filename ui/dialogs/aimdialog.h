// SPDX-License-Identifier: Apache-2.0
#pragma once
// The dialog for a team's aim: the statement, and its three parts (what, how much, by when).
// It only collects values; the team page hands them to the undo facade (teamcommands.h), which
// refuses an empty statement.

#include "undo/commands.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace pdsa::ui {

class OptionalDateEdit;

class AimDialog : public QDialog {
    Q_OBJECT

public:
    AimDialog(const QString& teamName, const AimDetails& details, QWidget* parent = nullptr);

    // The values entered, trimmed.
    AimDetails details() const;

    QPlainTextEdit* statementEdit() const { return m_statement; }
    QLineEdit* whatEdit() const { return m_what; }
    QLineEdit* howMuchEdit() const { return m_howMuch; }
    OptionalDateEdit* byWhenEdit() const { return m_byWhen; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateOk();

    QPlainTextEdit* m_statement = nullptr;
    QLineEdit* m_what = nullptr;
    QLineEdit* m_howMuch = nullptr;
    OptionalDateEdit* m_byWhen = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pdsa::ui
