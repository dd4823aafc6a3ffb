// SPDX-License-Identifier: Apache-2.0
#pragma once
// The strip that tells a team what its coach's newest feedback bundle brought: "New from your
// coach Dr. Evelyn Marsh: 3 new comments, a new score", with when the coach made it and when it
// was imported, and (where the page is not the Feedback page) a button that opens the Feedback
// page. It reads coaching::latestFeedback(): the comments still new (neither answered nor
// resolved) and the scores given since that coach's feedback before; it hides itself when there
// is nothing new. Shown on the collaborative page (where a workspace opens) and the Feedback page.

#include "util/result.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace pdsa {
class Workspace;
}

namespace pdsa::ui {

class FeedbackNotice : public QFrame {
    Q_OBJECT

public:
    enum class Button { Shown, Hidden };
    explicit FeedbackNotice(Button button, QWidget* parent = nullptr);

    Status load(Workspace& workspace);
    QString text() const;
    QPushButton* openButton() const { return m_open; }

signals:
    void openRequested();

private:
    QLabel* m_text = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace pdsa::ui
