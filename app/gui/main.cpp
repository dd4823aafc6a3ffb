// SPDX-License-Identifier: Apache-2.0
// The desktop app's entry point: only wiring. Application names (which place the settings and
// the data folder), the window, the first workspace (ui::Startup), the event loop.
//
// Hidden option --startup-timing prints "startup: N ms" — from the first line of main() to the
// main window's first paint — and quits (recorded in docs/performance.md).

#include "mainwindow.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace {

// Reports the time to the first paint of the watched window once, then quits.
class FirstPaintTimer : public QObject {
public:
    explicit FirstPaintTimer(const QElapsedTimer& clock)
        : m_clock(clock) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            std::printf("startup: %lld ms\n", static_cast<long long>(m_clock.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    bool m_reported = false;
};

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer clock;
    clock.start();

    QApplication::setOrganizationName(QStringLiteral("PDSA Tracker"));
    QApplication::setApplicationName(QStringLiteral("PDSA Tracker"));
    QApplication::setApplicationVersion(QStringLiteral(PDSA_VERSION));
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "PDSA Tracker"));
    QApplication::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
                                                             "PDSA Tracker: plan, document and learn from "
                                                             "PDSA cycles in a Breakthrough Series "
                                                             "Collaborative."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "The workspace file (.pdsa) to open."),
                                 QStringLiteral("[workspace]"));
    QCommandLineOption timing(QStringLiteral("startup-timing"));
    timing.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(timing);
    parser.process(app);

    pdsa::ui::MainWindow window;
    FirstPaintTimer firstPaint(clock);
    if (parser.isSet(timing))
        window.installEventFilter(&firstPaint);
    const QStringList files = parser.positionalArguments();
    pdsa::ui::Startup::openInitialWorkspace(window, files.isEmpty() ? QString() : files.front());
    window.show();
    return app.exec();
}
