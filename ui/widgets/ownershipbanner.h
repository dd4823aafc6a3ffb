// SPDX-License-Identifier: Apache-2.0
#pragma once
// The strip at the top of a page that shows another team's work: whose it is, which bundle it
// came from (made and imported when), and that it is read-only here because changes come with
// that team's next bundle. It says so in words, with a framed "Imported" tag in front, so the
// marking does not rest on colour. The team, measure and cycle pages each own one and fill it
// from WorkspaceDocument::arrivedFrom(); it hides itself when the work is the workspace's own.
//
// The collaborative page uses the same strip as a one-line note (setNote) when its shared
// definitions came from the organizer's template: that page stays editable.

#include "repositories/importlog.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace pdsa::ui {

class OwnershipBanner : public QFrame {
    Q_OBJECT

public:
    explicit OwnershipBanner(QWidget* parent = nullptr);

    // Shows who the work belongs to and where it came from; hides the banner for nothing.
    void setArrival(const std::optional<repo::ImportLogEntry>& entry);
    // Shows `text` as a short note under the "Imported" tag; hides the banner for empty text.
    void setNote(const QString& text);

    QString text() const;
    // The banner's sentence for an import of a team's bundle.
    static QString describe(const repo::ImportLogEntry& entry);

    // Disables an edit control of another team's work and makes its tooltip say why (`reason`,
    // from WorkspaceDocument::readOnlyReason); an empty reason enables it with its own tooltip.
    static void setLocked(QWidget* control, const QString& reason);

private:
    QLabel* m_tag = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace pdsa::ui
