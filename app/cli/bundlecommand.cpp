// SPDX-License-Identifier: Apache-2.0
#include "cli/bundlecommand.h"

#include "bundle/bundle.h"
#include "bundle/importsession.h"
#include "bundle/merge.h"
#include "cli/cli.h"
#include "cli/commandio.h"
#include "coaching/reporting.h"
#include "repositories/inventory.h"
#include "workspace/datafolder.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFile>

#include <algorithm>
#include <vector>

namespace pdsa::cli {

namespace {

const char* const kBundleUsage =
    R"(usage: pdsa bundle export --workspace W (--team T | --template | --feedback [--coach NAME] [--teams T,...])
                            --out FILE [--without-notes]
       pdsa bundle verify FILE
       pdsa bundle import --workspace W [--dry-run] FILE...

export   Writes a bundle (.pdsabundle) of the workspace W: a team bundle (every record the team
         T owns; T is the team's name or id), the collaborative template (the organizer's shared
         definitions: calendar, change package, shared measures, strata) or a feedback bundle
         (one coach's comments and faculty scores: --coach names the coach, needed only when the
         workspace is not that coach's and holds more than one coach's feedback; --teams keeps
         the feedback about those teams, given by name or id, separated by commas). Deletions
         travel as tombstones.
         --without-notes leaves out every free-text field that could hold names (notes,
         observations, report texts, comments). The same records always give the same content
         hash.
verify   Checks a bundle without a workspace (the container, the manifest, the checksums and
         every record) and prints its manifest and content hash.
import   Merges bundles into the workspace W and prints per kind of record what is new,
         updated, unchanged or in conflict. Every file is checked and rehearsed first;
         then the files that can be imported are written in one transaction. A record changed
         both here and in the bundle since they last agreed is a conflict: this workspace's
         version stays and the bundle's is kept for review. A record owned by someone else here
         is never overwritten: a bundle that tries is refused. A file that cannot be imported whole (damaged, another
         collaborative, a reference to a record neither in it nor in W) is refused and nothing
         of it is written; the other files are imported. Import the collaborative's template into a new workspace (pdsa init)
         first. --dry-run only prints what would happen and writes nothing.

Exit status: 0 success (for import: every file applied or had nothing to do); 1 bad input or
data (the file and the problem named; for import: a file was refused); 2 wrong usage.
)";

const char* const kInitUsage = R"(usage: pdsa init --out W [--as organizer|team:NAME|coach:NAME]

Creates an empty workspace W (no collaborative yet) to import the collaborative's template and
then team and feedback bundles into. Refuses a file that already exists.

--as says whose workspace it is, and with that what may be changed in it:
  organizer     the collaborative's shared records, and the teams' work made here (a team whose
                work arrived from its own bundle is read-only);
  team:NAME     only that team's own records;
  coach:NAME    only the coach's comments and scores.
Without --as, only the work of teams that arrived from their own bundle is read-only.

Exit status: 0 success; 1 the file cannot be created; 2 wrong usage.
)";

QString describe(const bundle::Manifest& m) {
    switch (m.kind) {
    case bundle::BundleKind::Team:
        return QStringLiteral("team bundle of \"%1\"").arg(shownText(m.ownerName));
    case bundle::BundleKind::Template:
        return QStringLiteral("collaborative template");
    case bundle::BundleKind::Feedback:
        return m.owner.coach.isEmpty() ? QStringLiteral("feedback bundle of the coaches (format 1, before coaches were named)")
                                       : QStringLiteral("feedback bundle of coach \"%1\"").arg(shownText(m.ownerName));
    }
    return {};
}

void printManifest(QTextStream& out, const bundle::Manifest& m) {
    qint64 total = 0;
    for (const bundle::BundleFile& file : m.files)
        total += file.records;
    out << QStringLiteral("  kind             %1\n").arg(describe(m));
    out << QStringLiteral("  collaborative    %1 (%2)\n")
               .arg(shownText(m.collaborativeName), m.collaborativeId.toString(QUuid::WithoutBraces));
    out << QStringLiteral("  format           %1, written by PDSA Tracker %2\n")
               .arg(m.formatVersion)
               .arg(shownText(m.appVersion));
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
    if (parser.isSet(QStringLiteral("dry-run")))
        return io.usage(QStringLiteral("export: --dry-run is an option of import"));
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
    } else if (parser.isSet(QStringLiteral("template"))) {
        request.kind = bundle::BundleKind::Template;
    } else {
        request.kind = bundle::BundleKind::Feedback;
        auto coach = coaching::feedbackCoach(workspace, parser.value(QStringLiteral("coach")));
        if (!coach)
            return io.fail({coach.error().code, QStringLiteral("export: %1: %2").arg(workspacePath, coach.error().message)});
        request.coach = *coach;
        for (const QString& name : parser.value(QStringLiteral("teams")).split(u',', Qt::SkipEmptyParts)) {
            auto team = workspace.teams.lookup(name.trimmed());
            if (!team)
                return io.badInput(QStringLiteral("export: %1: %2").arg(workspacePath, team.error().message));
            request.feedbackTeams.push_back(team->meta.id);
        }
    }
    if (!parser.isSet(QStringLiteral("feedback")))
        for (const char* option : {"coach", "teams"})
            if (parser.isSet(QLatin1String(option)))
                return io.usage(QStringLiteral("export: --%1 is an option of a feedback bundle (--feedback)")
                                    .arg(QLatin1String(option)));
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

void printPlan(QTextStream& out, const bundle::ImportPlan& plan, bool dryRun) {
    const bundle::TablePlan totals = plan.totals();
    const bool nothing = totals.added + totals.updated + plan.newConflicts == 0;
    out << QStringLiteral("%1: %2 of \"%3\": %4\n")
               .arg(plan.source, describe(plan.manifest), shownText(plan.manifest.collaborativeName),
                    dryRun    ? QStringLiteral("would import (dry run; nothing written)")
                    : nothing ? QStringLiteral("nothing to import")
                              : QStringLiteral("imported"));
    if (plan.setsUpCollaborative)
        out << QStringLiteral("  sets up this workspace's collaborative\n");
    out << QStringLiteral("  %1 %2 %3 %4 %5\n")
               .arg(QString(), -20)
               .arg(QStringLiteral("new"), 9)
               .arg(QStringLiteral("updated"), 9)
               .arg(QStringLiteral("unchanged"), 10)
               .arg(QStringLiteral("conflicts"), 10);
    auto row = [&](const QString& label, const bundle::TablePlan& t) {
        out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(label, -20)
                   .arg(t.added, 9)
                   .arg(t.updated, 9)
                   .arg(t.unchanged, 10)
                   .arg(t.conflicts, 10);
    };
    for (const bundle::TablePlan& t : plan.tables) {
        QString label = t.table;
        for (const repo::RecordKind& kind : repo::recordKinds())
            if (t.table == QLatin1String(kind.table))
                label = QLatin1String(kind.label);
        row(label, t);
    }
    row(QStringLiteral("total"), totals);
    constexpr int kListed = 20;
    auto list = [&](const QString& what, const QString& many, const std::vector<bundle::MergeNote>& notes) {
        for (int i = 0; i < int(notes.size()) && i < kListed; ++i)
            out << QStringLiteral("  %1: %2 %3: %4\n")
                       .arg(what, notes[i].table, notes[i].recordId.toString(QUuid::WithoutBraces),
                            notes[i].why);
        if (int(notes.size()) > kListed)
            out << QStringLiteral("  … and %1 more %2\n").arg(int(notes.size()) - kListed).arg(many);
    };
    list(QStringLiteral("conflict"), QStringLiteral("conflicts"), plan.conflicts);
}

int importBundles(const QCommandLineParser& parser, const QStringList& positional, CommandIo& io) {
    const QString workspacePath = parser.value(QStringLiteral("workspace"));
    if (workspacePath.isEmpty())
        return io.usage(QStringLiteral("import: --workspace W is required"));
    if (positional.size() < 2)
        return io.usage(QStringLiteral("import: expected one or more bundle files"));
    for (const char* option : {"team", "out", "template", "feedback", "without-notes", "coach", "teams"})
        if (parser.isSet(QLatin1String(option)))
            return io.usage(QStringLiteral("import: --%1 is an option of export").arg(QLatin1String(option)));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    Workspace::OpenOptions options = writeOptions(); // an upgrade backs up first
    options.readOnly = dryRun;
    auto opened = Workspace::open(workspacePath, options);
    if (!opened)
        return io.badInput(opened.error().message);
    // Templates first, then team bundles, then feedback (bundle::importOrder), so the order in
    // which the files are named does not matter. The review rehearses every file on a private
    // copy, so a dry run meets every refusal the import would; the import then writes the files
    // it accepted in one transaction (bundle::ImportSession, as the app's import dialog does).
    auto session = bundle::ImportSession::review(**opened, positional.mid(1));
    if (!session)
        return io.badInput(session.error().message);
    int code = kOk;
    for (const bundle::FileReview& file : session->files())
        if (file.refusal)
            code = io.badInput(file.refusal->message);
    if (dryRun) {
        for (const bundle::FileReview& file : session->files())
            if (file.accepted())
                printPlan(io.out, *file.plan, true);
        return code;
    }
    if (session->acceptedFiles() == 0)
        return code;
    auto applied = session->apply(**opened);
    if (!applied)
        return io.badInput(applied.error().message);
    for (const bundle::ImportPlan& plan : *applied)
        printPlan(io.out, plan, false);
    return code;
}

} // namespace

int initCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandIo io{out, err, QStringLiteral("init")};
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), QString(), QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("as"), QString(), QStringLiteral("owner")));
    if (!parser.parse(QStringList{QStringLiteral("pdsa")} + args))
        return io.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << kInitUsage;
        return kOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return io.usage(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return io.usage(QStringLiteral("--out W is required"));
    std::optional<WorkspaceOwner> owner;
    if (parser.isSet(QStringLiteral("as"))) {
        auto parsed = WorkspaceOwner::parse(parser.value(QStringLiteral("as")));
        if (!parsed)
            return io.usage(QStringLiteral("--as: %1").arg(parsed.error().message));
        owner = *parsed;
    }
    auto created = Workspace::createEmpty(path);
    if (!created)
        return io.badInput(created.error().message);
    if (owner) {
        if (auto status = (*created)->setOwner(*owner); !status) {
            created->reset();
            QFile::remove(path);
            return io.badInput(QStringLiteral("cannot create %1: %2").arg(path, status.error().message));
        }
    }
    out << QStringLiteral("Created the empty workspace %1%2; import the collaborative's template into it next "
                          "(pdsa bundle import --workspace %1 TEMPLATE).\n")
               .arg(path, owner ? QStringLiteral(" for %1").arg(owner->describe()) : QString());
    return kOk;
}

int bundleCommand(const QStringList& args, QTextStream& out, QTextStream& err) {
    CommandIo io{out, err, QStringLiteral("bundle")};
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    for (const char* name : {"workspace", "team", "out", "coach", "teams"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    for (const char* name : {"template", "feedback", "without-notes", "dry-run"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name)));
    if (!parser.parse(QStringList{QStringLiteral("pdsa")} + args))
        return io.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << kBundleUsage;
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return io.usage(QStringLiteral("expected a subcommand (export, verify or import)"));
    if (positional.first() == QLatin1String("export"))
        return exportBundle(parser, positional, io);
    if (positional.first() == QLatin1String("verify"))
        return verifyBundle(positional, io);
    if (positional.first() == QLatin1String("import"))
        return importBundles(parser, positional, io);
    return io.usage(QStringLiteral("unknown subcommand \"%1\" (expected export, verify or import)")
                        .arg(positional.first()));
}

} // namespace pdsa::cli
