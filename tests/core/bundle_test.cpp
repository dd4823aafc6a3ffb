// SPDX-License-Identifier: Apache-2.0
// Bundles: export, and reading a bundle back with every check (docs/bundle-format.md).
#include "bundle/bundle.h"
#include "bundle/ziparchive.h"
#include "support/testsupport.h"
#include "workspace/workspace.h"

#include <QBuffer>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

#include <gtest/gtest.h>

using namespace pdsa;
using namespace pdsa::bundle;

namespace {

class Bundle : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.path(QStringLiteral("demo.pdsa"));
        test::writeDemo(path);
        ws = test::openOrFail(path);
        ASSERT_TRUE(ws);
        auto teams = ws->teams.teams.all();
        ASSERT_TRUE(teams.ok() && !teams->empty());
        teamId = teams->front().meta.id;
    }

    Exported exportTeam(bool withoutNotes = false) {
        ExportRequest request{BundleKind::Team, teamId, withoutNotes,
                              QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC)};
        auto exported = exportBundle(*ws, request);
        EXPECT_TRUE(exported.ok()) << exported.error().message.toStdString();
        return exported.ok() ? *exported : Exported{};
    }

    Result<ReadBundle> read(QByteArray bytes) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return readBundle(buffer, QStringLiteral("team.pdsabundle"));
    }

    test::TempDir dir;
    QString path;
    std::unique_ptr<Workspace> ws;
    QUuid teamId;
};

// A stream without a size, as a pipe is, that hands out a few bytes at a time and remembers the
// most it was asked for at once.
class Trickle : public QIODevice {
public:
    explicit Trickle(QByteArray bytes)
        : m_bytes(std::move(bytes)) {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 largestRequest() const { return m_largestRequest; }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        m_largestRequest = qMax(m_largestRequest, maxSize);
        const qint64 n = std::min({maxSize, qint64(1000), qint64(m_bytes.size()) - m_at});
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
    qint64 m_largestRequest = 0;
};

} // namespace

TEST_F(Bundle, a_team_bundle_carries_every_record_the_team_owns_and_reads_back) {
    const Exported exported = exportTeam();
    auto back = read(exported.bytes);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->manifest.contentSha256, exported.manifest.contentSha256);
    EXPECT_EQ(back->manifest.files, exported.manifest.files);
    EXPECT_EQ(back->manifest.owner, Owner::ofTeam(teamId));
    EXPECT_EQ(back->records(QStringLiteral("pdsa_cycle")).value().size(), ws->cycles.cycles.forTeam(teamId)->size());
}

TEST_F(Bundle, exporting_the_same_content_twice_gives_the_same_content_hash_and_record_bytes) {
    const Exported first = exportTeam();
    ExportRequest later{BundleKind::Team, teamId, false, QDateTime(QDate(2027, 5, 6), QTime(7, 8), Qt::UTC)};
    const Exported second = *exportBundle(*ws, later);
    EXPECT_EQ(first.manifest.contentSha256, second.manifest.contentSha256);
    EXPECT_EQ(first.manifest.contentSha256.size(), 64);
    EXPECT_NE(first.bytes, second.bytes) << "only the manifest's created_at differs";
}

TEST_F(Bundle, a_bundle_without_notes_holds_no_free_text) {
    const Exported bare = exportTeam(true);
    auto back = read(bare.bytes);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_TRUE(back->manifest.withoutNotes);
    for (const repo::RecordKind& kind : repo::recordKinds())
        for (const QJsonObject& record : back->records(QString::fromLatin1(kind.table)).value())
            for (const char* key : {"note", "observations", "learned", "text", "rationale", "progress"})
                ASSERT_FALSE(record.contains(QLatin1String(key))) << kind.table << " " << key;
    EXPECT_NE(bare.manifest.contentSha256, exportTeam(false).manifest.contentSha256);
}

TEST_F(Bundle, damaged_and_hostile_files_are_refused_with_what_is_wrong) {
    const QByteArray good = exportTeam().bytes;
    EXPECT_EQ(read(QByteArray()).error().message,
              QStringLiteral("team.pdsabundle: the file is empty, not a bundle"));
    EXPECT_TRUE(read(QByteArray("period,value\n2025-01,3\n"))
                    .error()
                    .message.startsWith(
                        QStringLiteral("team.pdsabundle: not a PDSA Tracker bundle, or a damaged one: "
                                       "it is not a readable ZIP archive")));
    EXPECT_FALSE(read(good.left(good.size() / 2)).ok());
    EXPECT_FALSE(read(good.left(good.size() - 1)).ok());

    // A path that would escape a folder, in an otherwise valid archive.
    auto traversal = writeZip({{QStringLiteral("manifest.json"), QByteArray("{}")},
                               {QStringLiteral("../../evil.txt"), QByteArray("x")}});
    ASSERT_TRUE(traversal.ok());
    EXPECT_EQ(
        read(*traversal).error().message,
        QStringLiteral("team.pdsabundle: unexpected entry \"../../evil.txt\" in the archive (not part of the "
                       "bundle format)"));
    auto foreign = writeZip({{QStringLiteral("manifest.json"), QByteArray("{\"format\": \"other\"}")}});
    EXPECT_EQ(
        read(*foreign).error().message,
        QStringLiteral("team.pdsabundle: not a PDSA Tracker bundle (its manifest does not say \"format\": "
                       "\"pdsa-tracker-bundle\")"));
}

// Found by the fuzzer (tests/fuzz): the reader asked the device for its 512 MB cap in one read,
// which allocates all of it for every bundle, however small.
TEST_F(Bundle, a_bundle_read_from_a_stream_arrives_whole_without_reserving_the_size_cap) {
    const Exported exported = exportTeam();
    Trickle stream(exported.bytes);
    auto back = readBundle(stream, QStringLiteral("team.pdsabundle"));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->manifest.contentSha256, exported.manifest.contentSha256);
    EXPECT_LE(stream.largestRequest(), qint64(1) << 20);
}

TEST_F(Bundle, a_bundle_from_a_newer_format_is_refused_as_too_new) {
    auto manifest = QJsonDocument::fromJson(R"({"format": "pdsa-tracker-bundle", "format_version": 3})");
    auto newer = writeZip({{QStringLiteral("manifest.json"), manifest.toJson()}});
    auto refused = read(*newer);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::TooNew);
    EXPECT_EQ(refused.error().message,
              QStringLiteral(
                  "team.pdsabundle: made by a newer version of PDSA Tracker (bundle format 3; this version "
                  "reads formats up to 2). Update PDSA Tracker to import it."));
}

TEST_F(Bundle, a_changed_record_fails_the_checksum) {
    const QByteArray good = exportTeam().bytes;
    auto entries = readZip(good, {64, 1 << 30, qint64(2) << 30, [](const QString&) { return true; }, {}},
                           QStringLiteral("x"));
    ASSERT_TRUE(entries.ok());
    for (ZipEntry& entry : *entries)
        if (entry.name == QStringLiteral("records/pdsa_cycle.jsonl"))
            entry.data.replace("adopt", "adapt");
    auto altered = read(*writeZip(*entries));
    EXPECT_EQ(
        altered.error().message,
        QStringLiteral("team.pdsabundle: records/pdsa_cycle.jsonl does not match its checksum (damaged or "
                       "altered)"));
}

TEST_F(Bundle, the_cli_exports_each_kind_and_verify_prints_the_same_content_hash) {
    ws.reset(); // the CLI opens the file itself
    const QString team = dir.path(QStringLiteral("team.pdsabundle"));
    const auto exported =
        test::runPdsa({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--workspace"),
                       path, QStringLiteral("--team"), teamId.toString(), QStringLiteral("--out"), team});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    const QString hash = exported.out.section(QStringLiteral("content sha256   "), 1).left(64);
    ASSERT_EQ(hash.size(), 64) << exported.out.toStdString();
    const auto verified = test::runPdsa({QStringLiteral("bundle"), QStringLiteral("verify"), team});
    ASSERT_EQ(verified.code, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(hash));
    EXPECT_TRUE(verified.out.contains(QStringLiteral("team bundle of")));

    for (const char* kind : {"--template", "--feedback"}) {
        const QString out = dir.path(QStringLiteral("other.pdsabundle"));
        QStringList args{QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--workspace"),
                         path, QLatin1String(kind), QStringLiteral("--out"), out};
        if (QLatin1String(kind) == QLatin1String("--feedback"))
            args << QStringLiteral("--coach") << test::kDemoCoach;
        const auto other = test::runPdsa(args);
        EXPECT_EQ(other.code, 0) << kind << other.err.toStdString();
        EXPECT_EQ(test::runPdsa({QStringLiteral("bundle"), QStringLiteral("verify"), out}).code, 0) << kind;
    }
}

TEST_F(Bundle, the_cli_refuses_a_damaged_bundle_and_wrong_usage) {
    ws.reset();
    const QString bad = dir.path(QStringLiteral("bad.pdsabundle"));
    test::writeBytes(bad, QByteArray("not a zip at all"));
    const auto refused = test::runPdsa({QStringLiteral("bundle"), QStringLiteral("verify"), bad});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.startsWith(QStringLiteral("pdsa: bad.pdsabundle: not a PDSA Tracker bundle")))
        << refused.err.toStdString();
    const auto both = test::runPdsa({QStringLiteral("bundle"), QStringLiteral("export"),
                                     QStringLiteral("--workspace"), path, QStringLiteral("--template"),
                                     QStringLiteral("--feedback"), QStringLiteral("--out"), bad});
    EXPECT_EQ(both.code, 2);
    EXPECT_TRUE(both.err.contains(QStringLiteral("choose one of --team T, --template and --feedback")));
    EXPECT_EQ(test::runPdsa({QStringLiteral("bundle"), QStringLiteral("export"),
                             QStringLiteral("--workspace"), path, QStringLiteral("--team"),
                             QStringLiteral("Nobody"), QStringLiteral("--out"), bad})
                  .code,
              1);
}
