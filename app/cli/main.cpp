// pdsa: the command-line tool. All commands live in core/cli.
#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PDSA Tracker"));
    QCoreApplication::setApplicationName(QStringLiteral("PDSA Tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PDSA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return pdsa::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
}
