// SPDX-License-Identifier: Apache-2.0
// The `pdsa` command's contract: exit 0 on success, 1 on bad input or data with one line naming
// the file and the problem, 2 on wrong usage; and what `demo` and `check` print.

#include "cli/cli.h"
#include "storage/schema.h"
#include "support/testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace pdsa;

TEST(Cli, version_names_the_app_and_workspace_format)
{
    const test::CliRun r = test::runPdsa({QStringLiteral("--version")});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out, QStringLiteral("pdsa %1 (workspace format %2)\n")
                         .arg(QStringLiteral(PDSA_VERSION))
                         .arg(storage::currentSchemaVersion()));
}

TEST(Cli, help_lists_the_commands)
{
    const test::CliRun r = test::runPdsa({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("demo --out FILE")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("check FILE")));
    EXPECT_EQ(test::runPdsa({QStringLiteral("demo"), QStringLiteral("--help")}).code, 0);
}

TEST(Cli, wrong_usage_exits_2_with_a_hint)
{
    for (const QStringList& args : {QStringList{}, QStringList{QStringLiteral("frobnicate")},
                                    QStringList{QStringLiteral("demo")},
                                    QStringList{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("x.pdsa"),
                                                QStringLiteral("--teams"), QStringLiteral("many")},
                                    QStringList{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("x.pdsa"),
                                                QStringLiteral("--months"), QStringLiteral("2")},
                                    QStringList{QStringLiteral("demo"), QStringLiteral("--bogus")},
                                    QStringList{QStringLiteral("check")}}) {
        const test::CliRun r = test::runPdsa(args);
        EXPECT_EQ(r.code, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("pdsa: "))) << r.err.toStdString();
        EXPECT_TRUE(r.err.endsWith(QStringLiteral("Try 'pdsa --help'.\n")));
    }
    EXPECT_EQ(test::runPdsa({QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("x.pdsa"),
                       QStringLiteral("--months"), QStringLiteral("2")})
                  .err,
              QStringLiteral("pdsa: --months must be between 6 and 240 (got 2)\nTry 'pdsa --help'.\n"));
}

TEST(Cli, demo_writes_a_workspace_that_check_accepts_with_its_counts)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("d.pdsa"));
    const test::CliRun demo = test::runPdsa({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--teams"),
                              QStringLiteral("2"), QStringLiteral("--months"), QStringLiteral("12")});
    ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.startsWith(QStringLiteral("Wrote the demo collaborative to %1 (2 teams, 12 months").arg(path)));

    const test::CliRun check = test::runPdsa({QStringLiteral("check"), path});
    ASSERT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.startsWith(path + QStringLiteral(": ok\n")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Timely Permanency through Reunification (demo)")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("    teams                         2         0\n")))
        << check.out.toStdString();

    const test::CliRun json = test::runPdsa({QStringLiteral("check"), path, QStringLiteral("--json")});
    ASSERT_EQ(json.code, 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_TRUE(report[QStringLiteral("ok")].toBool());
    EXPECT_EQ(report[QStringLiteral("schema_version")].toInt(), storage::currentSchemaVersion());
    EXPECT_EQ(report[QStringLiteral("records")][QStringLiteral("pdsa_cycle")][QStringLiteral("live")].toInt(), 24);
    EXPECT_TRUE(report[QStringLiteral("owner")].isNull()) << "the demo is nobody's in particular";
}

TEST(Cli, check_says_whose_workspace_it_is)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("pine.pdsa"));
    ASSERT_EQ(test::runPdsa({QStringLiteral("init"), QStringLiteral("--out"), path, QStringLiteral("--as"),
                             QStringLiteral("team:Pine Valley")})
                  .code,
              0);
    const test::CliRun check = test::runPdsa({QStringLiteral("check"), path});
    ASSERT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("\n  whose             team Pine Valley\n"))) << check.out.toStdString();
    const test::CliRun json = test::runPdsa({QStringLiteral("check"), path, QStringLiteral("--json")});
    ASSERT_EQ(json.code, 0);
    EXPECT_EQ(QJsonDocument::fromJson(json.out.toUtf8()).object()[QStringLiteral("owner")].toString(),
              QStringLiteral("team:Pine Valley"));
}

TEST(Cli, demo_refuses_to_replace_a_file_unless_forced)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("d.pdsa"));
    test::writeBytes(path, "keep me");
    const test::CliRun r = test::runPdsa({QStringLiteral("demo"), QStringLiteral("--out"), path});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, QStringLiteral("pdsa: %1 already exists (use --force to replace it)\n").arg(path));
    EXPECT_EQ(test::fileBytes(path), QByteArray("keep me"));
    EXPECT_EQ(test::runPdsa({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--force"),
                       QStringLiteral("--teams"), QStringLiteral("1"), QStringLiteral("--months"), QStringLiteral("6")})
                  .code,
              0);
    EXPECT_EQ(test::runPdsa({QStringLiteral("check"), path}).code, 0);
}

TEST(Cli, demo_into_a_missing_folder_fails_cleanly)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("no/such/folder/d.pdsa"));
    const test::CliRun r = test::runPdsa({QStringLiteral("demo"), QStringLiteral("--out"), path});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r.err.toStdString();
    EXPECT_EQ(QDir(dir.root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 0);
}

TEST(Cli, check_refuses_bad_files_with_exit_1_and_a_line_naming_the_file)
{
    test::TempDir dir;
    const QString text = dir.path(QStringLiteral("text.pdsa"));
    test::writeBytes(text, "just some text\n");
    const test::CliRun r = test::runPdsa({QStringLiteral("check"), text});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, QStringLiteral("pdsa: %1 is not a PDSA Tracker workspace (it is not an SQLite database)\n").arg(text));
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);

    const QString newer = dir.path(QStringLiteral("newer.pdsa"));
    test::writeDemo(newer, [] {
        auto o = test::smallDemo();
        o.teams = 1;
        o.months = 6;
        return o;
    }());
    {
        auto db = storage::Database::open(newer, storage::Database::Mode::ReadWrite);
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA user_version = 9999")).ok());
    }
    const test::CliRun n = test::runPdsa({QStringLiteral("check"), newer});
    EXPECT_EQ(n.code, 1);
    EXPECT_TRUE(n.err.contains(QStringLiteral("newer version of PDSA Tracker"))) << n.err.toStdString();
}
