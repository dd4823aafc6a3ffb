// SPDX-License-Identifier: Apache-2.0
#pragma once
// Edits the collaborative's name, topic, aim and description. The dialog only collects the
// values; the main window hands them to command::editCollaborativeDetails(), which writes them
// as undoable commands (one per changed field, merged into one step when several changed).

#include "undo/commands.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace pdsa::ui {

class CollaborativeDetailsDialog : public QDialog {
    Q_OBJECT

public:
    explicit CollaborativeDetailsDialog(const CollaborativeDetails& details, QWidget* parent = nullptr);

    // The values as edited; name and topic trimmed.
    CollaborativeDetails details() const;

    QLineEdit* nameEdit() const { return m_name; }

private:
    void updateOk();

    QLineEdit* m_name = nullptr;
    QLineEdit* m_topic = nullptr;
    QPlainTextEdit* m_aim = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pdsa::ui
