// SPDX-License-Identifier: Apache-2.0
// pdsa: the command-line tool. Its commands live beside it in app/cli (the pdsa_cli library, which
// the tests run in-process). Those that paint (`pdsa worksheet`) need a QGuiApplication: it is
// created, on the offscreen platform, only for them, so that every other command runs without a
// display or Qt Gui plugins.
#include "cli/cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[]) {
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    std::unique_ptr<QCoreApplication> app;
    if (pdsa::cli::commandPaints(command)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("PDSA Tracker"));
    QCoreApplication::setApplicationName(QStringLiteral("PDSA Tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PDSA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return pdsa::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
}
