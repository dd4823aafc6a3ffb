// SPDX-License-Identifier: Apache-2.0
#pragma once
// Asks whose a new workspace is: the collaborative's organizer, one pilot team or one faculty
// coach. What may be changed in the workspace follows from the answer (core's EditRights), so the
// choices say it in a line each.

#include "domain/workspaceowner.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace pdsa::ui {

class WorkspaceOwnerDialog : public QDialog {
    Q_OBJECT

public:
    explicit WorkspaceOwnerDialog(QWidget* parent = nullptr);

    WorkspaceOwner owner() const;
    // Chooses a role and a name, as a person would (tests, and a remembered last answer).
    void setOwner(const WorkspaceOwner& owner);

private:
    void updateOk();

    QRadioButton* m_organizer = nullptr;
    QRadioButton* m_team = nullptr;
    QRadioButton* m_coach = nullptr;
    QLineEdit* m_teamName = nullptr;
    QLineEdit* m_coachName = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pdsa::ui
