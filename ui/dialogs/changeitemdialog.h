// SPDX-License-Identifier: Apache-2.0
#pragma once
// The change package editor's two small dialogs; they only collect values, the collaborative page
// hands them to the undo facade (changepackagecommands.h).
// - NewChangeItemDialog: the name and description of a new driver or change idea, and for a
//   change idea who owns it: the collaborative (a shared idea) or one team (the team's own idea
//   under the shared driver).
// - MoveChangeItemDialog: the new parent of a secondary driver (a primary driver) or of a change
//   idea (a secondary driver, shown under its primary driver).

#include <QDialog>
#include <QUuid>

#include <utility>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace pdsa::ui {

class NewChangeItemDialog : public QDialog {
    Q_OBJECT

public:
    enum class Kind { PrimaryDriver, SecondaryDriver, ChangeIdea };
    using Teams = std::vector<std::pair<QUuid, QString>>; // id, name

    // `parentName` says where the item goes ("Under “Engage families early”"); `teams` are the
    // possible owners of a change idea; `team` is chosen first (null: the collaborative).
    NewChangeItemDialog(Kind kind, const QString& parentName, const Teams& teams, const QUuid& team,
                        QWidget* parent = nullptr);

    QString name() const;
    QString description() const;
    QUuid teamId() const; // null: owned by the collaborative

    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QComboBox* ownerBox() const { return m_owner; }

private:
    void updateOk();

    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_owner = nullptr; // change ideas only
    QDialogButtonBox* m_buttons = nullptr;
};

class MoveChangeItemDialog : public QDialog {
    Q_OBJECT

public:
    struct Target {
        QUuid id;
        QString label;
    };

    MoveChangeItemDialog(const QString& itemName, const std::vector<Target>& targets, const QUuid& current,
                         QWidget* parent = nullptr);

    QUuid target() const;
    QComboBox* targetBox() const { return m_targets; }

private:
    QComboBox* m_targets = nullptr;
};

} // namespace pdsa::ui
