// pdsa: the command-line tool. Its commands live in core/cli, except those that paint
// (`pdsa worksheet`, in ui/print), which need a QGuiApplication: it is created, on the offscreen
// platform, only for them, so that every other command runs without a display or Qt Gui plugins.
#include "cli/cli.h"
#include "print/worksheetcommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <memory>

int main(int argc, char* argv[]) {
    const std::vector<pdsa::cli::ExtraCommand> extra = {pdsa::print::worksheetCliCommand()};
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool paints = std::any_of(extra.begin(), extra.end(), [&](const pdsa::cli::ExtraCommand& e) {
        return e.paints && e.name == command;
    });
    std::unique_ptr<QCoreApplication> app;
    if (paints) {
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
    return pdsa::cli::runCli(QCoreApplication::arguments().mid(1), out, err, extra);
}
