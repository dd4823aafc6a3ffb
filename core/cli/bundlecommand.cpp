#include "cli/bundlecommand.h"

#include "bundle/bundle.h"
#include "cli/cli.h"
#include "cli/commandio.h"
#include "repositories/inventory.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>

namespace pdsa::cli {

namespace {

const char* const kBundleUsage =
    R"(usage: pdsa bundle export --workspace W (--team T | --template | --feedback) --out FILE [--without-notes]
       pdsa bundle verify FILE

export   Writes a bundle (.pdsabundle) of the workspace W: a team bundle (every record the team
         T owns; T is the team's name or id), the collaborative template (the organizer's shared
         definitions: calendar, change package, shared measures, strata) or a feedback bundle
         (coaches' comments and assessment scores). Deletions travel as tombstones.
         --without-notes leaves out every free-text field that could hold names (notes,
         observations, report texts, comments). The same records always give the same content
         hash.
verify   Checks a bundle without a workspace (the container, the manifest, the checksums and
         every record) and prints its manifest and content hash.

Exit status: 0 success; 1 bad input or data (the file and the problem named); 2 wrong usage.
)";

QString describe(const bundle::Manifest& m) {
    switch (m.kind) {
    case bundle::BundleKind::Team:
        return QStringLiteral("team bundle of \"%1\"").arg(m.ownerName);
    case bundle::BundleKind::Template:
        return QStringLiteral("collaborative template");
    case bundle::BundleKind::Feedback:
        return QStringLiteral("feedback bundle of the coaches");
    }
    return {};
}

void printManifest(QTextStream& out, const bundle::Manifest& m) {
    qint64 total = 0;
    for (const bundle::BundleFile& file : m.files)
        total += file.records;
    out << QStringLiteral("  kind             %1\n").arg(describe(m));
    out << QStringLiteral("  collaborative    %1 (%2)\n")
               .arg(m.collaborativeName, m.collaborativeId.toString(QUuid::WithoutBraces));
    out << QStringLiteral("  format           %1, written by PDSA Tracker %2\n")
               .arg(m.formatVersion)
               .arg(m.appVersion);
    out << QStringLiteral("  created          %1\n").arg(m.createdAt.toUTC().toString(Qt::ISODate));
    out << QStringLiteral("  free-text notes  %1\n")
               .arg(m.withoutNotes ? QStringLiteral("left out") : QStringLiteral("included"));
    out << QStringLiteral("  content sha256   %1\n").arg(m.contentSha256);
    out << QStringLiteral("  records          %1\n").arg(total);
    for (const bundle::BundleFile& file : m.files) {
        QString label = file.name;
        for (const repo::RecordKind& kind : repo::recordKinds())
            if (file.name == QStringLiteral("records/%1.jsonl").arg(QLatin1String(kind.table)))
                label = QLatin1String(kind.label);
        out << QStringLiteral("    %1 %2\n").arg(label, -22).arg(file.records, 8);
    }
}

int exportBundle(const QCommandLineParser& parser, const QStringList& positional, CommandIo& io) {
    if (positional.size() != 1)
        return io.usage(QStringLiteral("export: unexpected argument \"%1\"").arg(positional.value(1)));
    const QString workspacePath = parser.value(QStringLiteral("workspace"));
    const QString out = parser.value(QStringLiteral("out"));
    if (workspacePath.isEmpty())
        return io.usage(QStringLiteral("export: --workspace W is required"));
    if (out.isEmpty())
        return io.usage(QStringLiteral("export: --out FILE is required"));
    const int kinds = int(parser.isSet(QStringLiteral("team"))) +
                      int(parser.isSet(QStringLiteral("template"))) +
                      int(parser.isSet(QStringLiteral("feedback")));
    if (kinds != 1)
        return io.usage(QStringLiteral("export: choose one of --team T, --template and --feedback"));

    Workspace::OpenOptions options;
    options.readOnly = true;
    auto opened = Workspace::open(workspacePath, options);
    if (!opened)
        return io.badInput(opened.error().message);
    Workspace& workspace = **opened;
    bundle::ExportRequest request;
    request.withoutNotes = parser.isSet(QStringLiteral("without-notes"));
    request.createdAt = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("team"))) {
        auto team = workspace.teams.lookup(parser.value(QStringLiteral("team")));
        if (!team)
            return io.badInput(team.error().message);
        request.kind = bundle::BundleKind::Team;
        request.teamId = team->meta.id;
    } else {
        request.kind = parser.isSet(QStringLiteral("template")) ? bundle::BundleKind::Template
                                                                : bundle::BundleKind::Feedback;
    }
    auto manifest = bundle::exportBundleFile(workspace, request, out);
    if (!manifest)
        return io.badInput(manifest.error().message);
    io.out << QStringLiteral("Wrote the %1 to %2\n").arg(describe(*manifest), out);
    printManifest(io.out, *manifest);
    return kOk;
}

int verifyBundle(const QStringList& positional, CommandIo& io) {
    if (positional.size() != 2)
        return io.usage(QStringLiteral("verify: expected one bundle file"));
    auto read = bundle::readBundleFile(positional[1]);
    if (!read)
        return io.badInput(read.error().message);
    io.out << QStringLiteral("%1: a sound PDSA Tracker bundle\n").arg(positional[1]);
    printManifest(io.out, read->manifest);
    return kOk;
}

} // namespace

int bundleCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandIo io{out, err, QStringLiteral("bundle")};
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    for (const char* name : {"workspace", "team", "out"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    for (const char* name : {"template", "feedback", "without-notes"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name)));
    if (!parser.parse(QStringList{QStringLiteral("pdsa")} + args))
        return io.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << kBundleUsage;
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return io.usage(QStringLiteral("expected a subcommand (export or verify)"));
    if (positional.first() == QLatin1String("export"))
        return exportBundle(parser, positional, io);
    if (positional.first() == QLatin1String("verify"))
        return verifyBundle(positional, io);
    return io.usage(
        QStringLiteral("unknown subcommand \"%1\" (expected export or verify)").arg(positional.first()));
}

} // namespace pdsa::cli
