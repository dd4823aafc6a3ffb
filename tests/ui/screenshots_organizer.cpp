// SPDX-License-Identifier: Apache-2.0
// Screenshots of the organizer's desk: Reports ▸ Spread report… on the demo, its preview at the
// pooled outcome measures.

#include "dialogs/spreadreportdialog.h"
#include "screenshotsupport.h"
#include "workspacedocument.h"

#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>

namespace pdsa::shots {

bool shootOrganizer(ui::MainWindow& window, const QString& folder, const QString& suffix) {
    ui::SpreadReportDialog dialog(window.document()->workspace(), &window);
    dialog.resize(1100, 800);
    dialog.show();
    settle();
    // The preview at section 2, the pooled measures and their chart.
    QTextBrowser* preview = dialog.preview();
    if (preview->find(QStringLiteral("2. Outcome and balancing measures"))) {
        preview->verticalScrollBar()->setValue(preview->cursorRect().top() + preview->verticalScrollBar()->value() - 8);
        QTextCursor cursor = preview->textCursor();
        cursor.clearSelection();
        preview->setTextCursor(cursor);
    }
    return save(dialog, folder, QStringLiteral("spread-report%1.png").arg(suffix));
}

} // namespace pdsa::shots
