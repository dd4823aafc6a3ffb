// SPDX-License-Identifier: Apache-2.0
#pragma once
// Asks for what a new workspace needs: the collaborative's name and where to save the file.
// The file name follows the collaborative's name until the user picks a file themselves.

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace pdsa::ui {

class NewWorkspaceDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewWorkspaceDialog(const QString& folder, QWidget* parent = nullptr);

    QString collaborativeName() const;
    QString filePath() const;

private:
    void chooseFile();
    void nameChanged(const QString& name);
    void updateOk();

    QString m_folder;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_file = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_fileChosen = false;
};

} // namespace pdsa::ui
