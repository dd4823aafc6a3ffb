// SPDX-License-Identifier: Apache-2.0
// Whose workspace this is and what may be written in it (core/workspace/editrights.h): the rule
// holds for every way of writing, the CLI included, and a refusal names the owner and leaves the
// file byte for byte as it was.
#include "bundle/bundle.h"
#include "bundle/merge.h"
#include "import/measurecsv.h"
#include "repositories/workspaceownerrepository.h"
#include "support/testsupport.h"
#include "workspace/workspace.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace pdsa;

namespace {

const QDateTime kStamp(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
const QString kTeam = QStringLiteral("Alder County (demo)");
const QString kMeasure = QStringLiteral("Families with family time within 7 days of removal");

class EditRightsTest : public ::testing::Test {
protected:
    void SetUp() override {
        source = dir.path(QStringLiteral("source.pdsa"));
        test::writeDemo(source);
        auto ws = test::openOrFail(source);
        ASSERT_TRUE(ws);
        for (const Team& team : ws->teams.teams.all().value()) {
            const QString file = dir.path(QStringLiteral("team-%1.pdsabundle").arg(team.name));
            ASSERT_TRUE(bundle::exportBundleFile(*ws, {bundle::BundleKind::Team, team.meta.id, false, kStamp}, file).ok());
            teamFiles.insert(team.name, file);
        }
        ASSERT_TRUE(teamFiles.contains(kTeam));
        templateFile = dir.path(QStringLiteral("template.pdsabundle"));
        ASSERT_TRUE(bundle::exportBundleFile(*ws, {bundle::BundleKind::Template, {}, false, kStamp}, templateFile).ok());
        csv = dir.path(QStringLiteral("moves.csv"));
        test::writeBytes(csv, "month,numerator,denominator\nJan 2026,4,10\n");
    }

    // A workspace made by `pdsa init` (with `as`, if given), the template and `teams`' bundles imported.
    QString workspaceWith(const QString& name, const QStringList& teams, const QString& as = {}) {
        const QString path = dir.path(name);
        QStringList init{QStringLiteral("init"), QStringLiteral("--out"), path};
        if (!as.isEmpty())
            init << QStringLiteral("--as") << as;
        const test::CliRun made = test::runPdsa(init);
        EXPECT_EQ(made.code, 0) << made.err.toStdString();
        QStringList files{templateFile};
        for (const QString& team : teams)
            files << teamFiles.value(team);
        const test::CliRun imported = test::runPdsa(
            QStringList{QStringLiteral("bundle"), QStringLiteral("import"), QStringLiteral("--workspace"), path} + files);
        EXPECT_EQ(imported.code, 0) << imported.err.toStdString();
        return path;
    }

    test::CliRun importData(const QString& workspace, const QString& team) {
        return test::runPdsa({QStringLiteral("data"), QStringLiteral("import"), csv, QStringLiteral("--workspace"),
                              workspace, QStringLiteral("--team"), team, QStringLiteral("--measure"), kMeasure});
    }

    QString otherTeam() const {
        for (auto it = teamFiles.begin(); it != teamFiles.end(); ++it)
            if (it.key() != kTeam)
                return it.key();
        return {};
    }

    test::TempDir dir;
    QString source;
    QString templateFile;
    QString csv;
    QMap<QString, QString> teamFiles;
};

} // namespace

TEST_F(EditRightsTest, cli_data_import_into_a_team_whose_work_arrived_from_its_bundle_is_refused_naming_the_team) {
    const QString path = workspaceWith(QStringLiteral("organizer.pdsa"), {kTeam});
    const QByteArray before = test::fileBytes(path);
    const test::CliRun run = importData(path, kTeam);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Alder County (demo)'s work came from their bundle: it is read-only "
                                                "here, and changes come with their next bundle. Nothing was "
                                                "changed.")))
        << run.err.toStdString();
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST_F(EditRightsTest, a_repository_write_of_their_work_is_refused_too_whatever_code_does_it) {
    const QString path = workspaceWith(QStringLiteral("organizer.pdsa"), {kTeam});
    const QByteArray before = test::fileBytes(path);
    {
        auto ws = test::openOrFail(path);
        const Team team = ws->teams.lookup(kTeam).value();
        auto cycles = ws->cycles.cycles.forTeam(team.meta.id);
        ASSERT_TRUE(cycles.ok() && !cycles->empty());
        PdsaCycle cycle = cycles->front();
        cycle.title = QStringLiteral("Changed behind the app's back");
        auto saved = ws->cycles.cycles.save(cycle, kStamp);
        ASSERT_FALSE(saved.ok());
        EXPECT_EQ(saved.error().code, ErrorCode::NotYours);
        EXPECT_TRUE(saved.error().message.startsWith(QStringLiteral("Alder County (demo)'s work came from their bundle")))
            << saved.error().message.toStdString();
        EXPECT_FALSE(ws->cycles.cycles.remove(cycle.meta.id, kStamp).ok());
        EXPECT_FALSE(ws->transact([&]() -> Status {
                           auto removed = ws->cycles.cycles.remove(cycle.meta.id, kStamp);
                           return removed ? Status{} : Status{removed.error()};
                       })
                         .ok());
        EXPECT_TRUE(ws->rights().isTheirs(team.meta.id));
    }
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST_F(EditRightsTest, a_workspace_without_an_owner_keeps_editing_the_teams_made_in_it) {
    const test::CliRun run = importData(source, kTeam);
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
}

TEST_F(EditRightsTest, a_teams_workspace_writes_its_own_data_and_refuses_another_teams_naming_both) {
    const QString other = otherTeam();
    const QString path = workspaceWith(QStringLiteral("team.pdsa"), {kTeam, other}, QStringLiteral("team:") + kTeam);
    const test::CliRun own = importData(path, kTeam);
    EXPECT_EQ(own.code, 0) << own.err.toStdString();

    const QByteArray before = test::fileBytes(path);
    const test::CliRun theirs = importData(path, other);
    EXPECT_EQ(theirs.code, 1);
    EXPECT_TRUE(theirs.err.contains(QStringLiteral("This is team Alder County (demo)'s workspace: %1's work is changed "
                                                   "only in %1's own workspace")
                                        .arg(other)))
        << theirs.err.toStdString();
    EXPECT_EQ(test::fileBytes(path), before);

    auto ws = test::openOrFail(path);
    // The team's id is kept with its name once its record is here.
    WorkspaceOwner expected = WorkspaceOwner::team(kTeam);
    expected.teamId = ws->teams.lookup(kTeam)->meta.id;
    EXPECT_EQ(ws->rights().owner(), expected);
    EXPECT_EQ(ws->rights().ownTeam(), expected.teamId);
    // The organizer's shared records are the organizer's.
    Collaborative collaborative = *ws->collaborative.current();
    collaborative.topic = QStringLiteral("Ours now");
    auto saved = ws->collaborative.collaboratives.save(collaborative, kStamp);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("belong to the organizer")));

    // Renaming the team keeps the workspace its own: the team's id was kept once it arrived.
    Team team = ws->teams.lookup(kTeam).value();
    team.name = QStringLiteral("Alder County");
    ASSERT_TRUE(ws->teams.teams.save(team, kStamp).ok());
    ws.reset();
    ws = test::openOrFail(path);
    EXPECT_EQ(ws->rights().ownTeam(), team.meta.id);
    EXPECT_TRUE(ws->rights().mayWrite(Owner::ofTeam(team.meta.id)).ok());
}

TEST_F(EditRightsTest, a_coachs_workspace_refuses_a_teams_data_naming_the_team) {
    const QString path = workspaceWith(QStringLiteral("coach.pdsa"), {kTeam}, QStringLiteral("coach:Maria Lopez"));
    const QByteArray before = test::fileBytes(path);
    const test::CliRun run = importData(path, kTeam);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("This is coach Maria Lopez's workspace: a coach comments on and "
                                                "scores Alder County (demo)'s work but does not change it")))
        << run.err.toStdString();
    EXPECT_EQ(test::fileBytes(path), before);
}

TEST_F(EditRightsTest, init_records_the_owner_and_refuses_an_owner_it_cannot_read) {
    const QString path = dir.path(QStringLiteral("coach.pdsa"));
    const test::CliRun made =
        test::runPdsa({QStringLiteral("init"), QStringLiteral("--out"), path, QStringLiteral("--as"),
                       QStringLiteral("coach: Maria Lopez ")});
    EXPECT_EQ(made.code, 0) << made.err.toStdString();
    EXPECT_TRUE(made.out.contains(QStringLiteral("for coach Maria Lopez"))) << made.out.toStdString();
    EXPECT_EQ(test::openOrFail(path)->rights().owner(), WorkspaceOwner::coach(QStringLiteral("Maria Lopez")));

    for (const char* wrong : {"boss", "team:", "teacher:Ann", ""}) {
        const QString bad = dir.path(QStringLiteral("bad.pdsa"));
        const test::CliRun refused = test::runPdsa(
            {QStringLiteral("init"), QStringLiteral("--out"), bad, QStringLiteral("--as"), QString::fromLatin1(wrong)});
        EXPECT_EQ(refused.code, 2) << wrong;
        EXPECT_TRUE(refused.err.contains(QStringLiteral("expected organizer, team:NAME or coach:NAME")))
            << refused.err.toStdString();
        EXPECT_FALSE(QFile::exists(bad)) << wrong;
    }
}

TEST(WorkspaceOwnerText, reads_and_writes_the_three_forms) {
    EXPECT_EQ(WorkspaceOwner::parse(QStringLiteral("organizer")).value(), WorkspaceOwner::organizer());
    EXPECT_EQ(WorkspaceOwner::parse(QStringLiteral("team:Alder County")).value(),
              WorkspaceOwner::team(QStringLiteral("Alder County")));
    EXPECT_EQ(WorkspaceOwner::parse(QStringLiteral(" coach : Ann ")).value(), WorkspaceOwner::coach(QStringLiteral("Ann")));
    EXPECT_EQ(WorkspaceOwner::team(QStringLiteral("Alder: North")).toText(), QStringLiteral("team:Alder: North"));
    EXPECT_EQ(WorkspaceOwner::parse(QStringLiteral("team:Alder: North")).value().name, QStringLiteral("Alder: North"));
    EXPECT_FALSE(WorkspaceOwner::parse(QStringLiteral("team:") + QString(201, u'x')).ok());
}

TEST_F(EditRightsTest, a_teams_new_workspace_creates_its_team_and_keeps_it_as_its_own) {
    const QString path = workspaceWith(QStringLiteral("new-team.pdsa"), {}, QStringLiteral("team:Pine Valley"));
    auto ws = test::openOrFail(path);
    EXPECT_TRUE(ws->rights().ownTeam().isNull());
    Team team;
    team.meta.owner = Owner::ofTeam(team.meta.id);
    team.meta.updatedAt = kStamp;
    team.collaborativeId = ws->collaborative.current()->meta.id;
    team.name = QStringLiteral("Pine Valley County"); // not quite the name given to pdsa init
    TeamMember lead;
    lead.meta.owner = team.meta.owner;
    lead.teamId = team.meta.id;
    lead.name = QStringLiteral("Dana Reyes");
    // The team and its first member in one write: the member is the new team's too.
    ASSERT_TRUE(ws->transact([&]() -> Status {
                      PDSA_TRY(ws->teams.teams.save(team, kStamp));
                      PDSA_TRY(ws->teams.members.save(lead, kStamp));
                      return {};
                  })
                    .ok());
    EXPECT_EQ(ws->rights().ownTeam(), team.meta.id);
    ws.reset();
    ws = test::openOrFail(path);
    EXPECT_EQ(ws->rights().ownTeam(), team.meta.id);
    EXPECT_EQ(ws->rights().owner()->teamId, team.meta.id);

    // A second team is someone else's.
    Team other;
    other.meta.owner = Owner::ofTeam(other.meta.id);
    other.collaborativeId = team.collaborativeId;
    other.name = QStringLiteral("Elsewhere");
    auto refused = ws->teams.teams.save(other, kStamp);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotYours);
}
