// SPDX-License-Identifier: Apache-2.0
// Screenshots of the organizer's desk: Reports ▸ Spread report… on the demo, its preview at the
// pooled outcome measures.

#include "dialogs/calendardialogs.h"
#include "dialogs/spreadreportdialog.h"
#include "pages/collaborativepage.h"
#include "pages/dashboardpage.h"
#include "pages/spreadpage.h"
#include "widgets/fittedtableview.h"
#include "screenshotsupport.h"
#include "widgets/calendareditor.h"
#include "widgets/calendartimeline.h"
#include "workspacedocument.h"

#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>

namespace pdsa::shots {

bool shootOrganizer(ui::MainWindow& window, const QString& folder, const QString& suffix) {
    bool ok = true;
    // The collaborative page's calendar and strata, editable from the keyboard.
    window.navigateTo(ui::NavigationTarget::collaborative());
    settle();
    ui::CollaborativePage* page = window.collaborativePage();
    ok &= scrollToSection(page, page->timeline()) && save(window, folder, QStringLiteral("calendar-edit%1.png").arg(suffix));
    ok &= scrollToSection(page, page->strataEditor()) && save(window, folder, QStringLiteral("strata-edit%1.png").arg(suffix));
    {
        ui::SessionDialog session({QStringLiteral("Learning session 2"), SessionKind::LearningSession, QDate(2025, 3, 14),
                                   QDate(2025, 3, 15), QStringLiteral("Red Cedar Nation Community Hall")},
                                  false, &window);
        session.show();
        ok &= save(session, folder, QStringLiteral("session-dialog%1.png").arg(suffix));
        ui::DimensionDialog dimension(QStringLiteral("Age group"),
                                      {QStringLiteral("Under 1"), QStringLiteral("1 to 5"), QStringLiteral("6 to 12"),
                                       QStringLiteral("13 to 17")},
                                      &window);
        dimension.show();
        ok &= save(dimension, folder, QStringLiteral("dimension-dialog%1.png").arg(suffix));
    }

    // The dashboard: the aggregate and every team's small chart of each shared measure.
    window.navigateTo(ui::NavigationTarget::dashboard());
    settle();
    ok &= save(window, folder, QStringLiteral("dashboard%1.png").arg(suffix));
    if (!window.dashboardPage()->tiles(0).empty()) { // the first measure's teams
        ok &= scrollToSection(window.dashboardPage(), window.dashboardPage()->tiles(0).front()) &&
              save(window, folder, QStringLiteral("dashboard-tiles%1.png").arg(suffix));
    }

    // The spread ledger and its concept × site view.
    window.navigateTo(ui::NavigationTarget::spread());
    settle();
    ok &= save(window, folder, QStringLiteral("spread-ledger%1.png").arg(suffix));

    ok &= scrollToSection(window.spreadPage(), window.spreadPage()->matrixView()) &&
          save(window, folder, QStringLiteral("spread-matrix%1.png").arg(suffix));

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
    ok &= save(dialog, folder, QStringLiteral("spread-report%1.png").arg(suffix));
    return ok;
}

} // namespace pdsa::shots
