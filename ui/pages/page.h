// SPDX-License-Identifier: Apache-2.0
#pragma once
// The base of the content pages the main window stacks beside the navigation tree. A page
// shows one NavigationTarget of the current document: showTarget() loads what it needs from the
// repositories into its models (once per call, never from inside a model's data()). After every
// change the main window calls refresh() with what changed (pdsa::Changes): a page whose content
// the change cannot have touched does nothing, and a page may read again only the part that
// changed (update()). A page keeps no state of its own that the workspace does not hold.
//
// Layout shared by all pages: a PageHeader on top, then a scroll area whose content is a
// column of Sections (pages that scroll themselves, like the PDSA worksheet, skip the scroll
// area). A page asks the main window to go elsewhere by emitting navigateRequested().

#include "navigationtarget.h"
#include "util/result.h"
#include "workspace/changes.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace pdsa::ui {

class PageHeader;
class Section;
class WorkspaceDocument;

class Page : public QWidget {
    Q_OBJECT

public:
    enum class Scrolling { Page, Content };

    explicit Page(Scrolling scrolling = Scrolling::Page, QWidget* parent = nullptr);

    // Loads and shows `target`; on failure the page shows the error in place of its content.
    void showTarget(WorkspaceDocument& document, const NavigationTarget& target);
    // After an edit: shows what `changes` changed of the target shown, if anything.
    void refresh(WorkspaceDocument& document, const Changes& changes);
    virtual void clear() {}

    PageHeader* header() const { return m_header; }
    NavigationTarget target() const { return m_target; }

signals:
    void navigateRequested(const NavigationTarget& target);

protected:
    virtual Status load(WorkspaceDocument& document, const NavigationTarget& target) = 0;
    // Whether `changes` may alter what the page shows. A page of one team's work reads that team's
    // rows, the shared ones (the organizer's measures and strata) and the change package; the
    // collaborative's page reads every team's.
    virtual bool shows(const Changes& changes) const;
    // Shows what `changes` changed: all of it read again, unless the page knows better.
    virtual Status update(WorkspaceDocument& document, const Changes& changes);

    // The column sections go into (inside the scroll area, or directly below the header).
    QVBoxLayout* contentLayout() const { return m_contentLayout; }
    Section* addSection(const QString& title);
    // Shows the page's content, or in its place the reason it cannot be shown.
    void showStatus(const Status& status);
    // Ends the column: sections stay at the top when the page is taller than its content.
    void finishContent();

private:
    PageHeader* m_header = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_contentLayout = nullptr;
    QWidget* m_errorBox = nullptr;
    QLabel* m_errorLabel = nullptr;
    NavigationTarget m_target;
};

} // namespace pdsa::ui
