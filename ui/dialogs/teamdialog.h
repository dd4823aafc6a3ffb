// SPDX-License-Identifier: Apache-2.0
#pragma once
// The dialog for a team's details: name, agency, agency kind, site, court partner and
// description. "New team…" (main window, collaborative page) and "Edit team…" (team page) use it;
// it only collects values, the caller hands them to the undo facade (teamcommands.h), which
// refuses an empty or taken name with a message the caller shows.

#include "undo/commands.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace pdsa::ui {

class TeamDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { New, Edit };

    TeamDialog(Mode mode, const TeamDetails& details, QWidget* parent = nullptr);

    // The values entered, trimmed.
    TeamDetails details() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* agencyEdit() const { return m_agency; }
    QComboBox* agencyKindBox() const { return m_agencyKind; }
    QLineEdit* siteEdit() const { return m_site; }
    QLineEdit* courtPartnerEdit() const { return m_courtPartner; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateOk();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_agency = nullptr;
    QComboBox* m_agencyKind = nullptr;
    QLineEdit* m_site = nullptr;
    QLineEdit* m_courtPartner = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pdsa::ui
