// SPDX-License-Identifier: Apache-2.0
#pragma once
// The dialog for one member of a team: name, role and organization. It says plainly that members
// are the adults on the team (staff and partners) and that no child-level data belongs here. It
// only collects values; the team page hands them to the undo facade (teamcommands.h).

#include "undo/commands.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace pdsa::ui {

class MemberDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { New, Edit };

    MemberDialog(Mode mode, const MemberDetails& details, QWidget* parent = nullptr);

    // The values entered, trimmed.
    MemberDetails details() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* roleEdit() const { return m_role; }
    QLineEdit* organizationEdit() const { return m_organization; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateOk();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_role = nullptr;
    QLineEdit* m_organization = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pdsa::ui
