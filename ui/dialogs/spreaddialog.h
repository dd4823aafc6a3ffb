// SPDX-License-Identifier: Apache-2.0
#pragma once
// One spread record: the team it spreads from, the change idea it grew from, the practice, the
// site or unit it spread to, since when, how far it got (planned → in progress → spread →
// sustained, or discontinued) and a note. The rules are core's (rules::checkSpreadRecord); the
// caller shows a refusal and opens the dialog again with what was typed.

#include "domain/spreadrecord.h"

#include <QDialog>

#include <utility>
#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pdsa {
class Workspace;
}

namespace pdsa::ui {

class OptionalDateEdit;

class SpreadDialog : public QDialog {
    Q_OBJECT

public:
    using Choices = std::vector<std::pair<QUuid, QString>>; // id and name, in the order shown

    SpreadDialog(const SpreadRecord& record, const Choices& teams, const Choices& ideas, bool isNew,
                 QWidget* parent = nullptr);
    SpreadRecord record() const;

    // A text for each status, as the ledger shows it.
    static QString statusText(SpreadStatus status);
    // The change package's ideas as the dialog offers them ("Concept — Idea"), in its order.
    static Choices ideaChoices(Workspace& workspace);

private:
    SpreadRecord m_record;
    QComboBox* m_team = nullptr;
    QComboBox* m_idea = nullptr;
    QLineEdit* m_practice = nullptr;
    QLineEdit* m_site = nullptr;
    OptionalDateEdit* m_since = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_note = nullptr;
};

} // namespace pdsa::ui
