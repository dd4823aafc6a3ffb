// SPDX-License-Identifier: Apache-2.0
#pragma once
// Team bundles, collaborative templates and feedback bundles: export and checking
// (docs/bundle-format.md is the specification; docs/bundle-format-changelog.md its history).
//
// A bundle is a ZIP archive holding manifest.json and one JSON Lines file per record table,
// records/<table>.jsonl, one record per line in the form RecordTable::toJson() gives. What a
// bundle holds is decided by ownership alone: a team bundle carries every record the team owns
// (tombstones included, so deletions travel), a template every record the organizer owns, a
// feedback bundle every record one coach owns (about the teams the coach chose).
//
// Export is deterministic: the same records give the same record files and so the same content
// hash, whenever and wherever they are exported (only the manifest's created_at differs).

#include "domain/enumtext.h"
#include "domain/record.h"
#include "util/result.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <vector>

namespace pdsa {
class Workspace;

namespace bundle {
enum class BundleKind { Team, Template, Feedback };
}
PDSA_ENUM_NAMES(bundle::BundleKind, {bundle::BundleKind::Team, "team"},
                {bundle::BundleKind::Template, "template"}, {bundle::BundleKind::Feedback, "feedback"});

namespace bundle {

inline constexpr int kFormatVersion = 2;
inline constexpr char kFormatName[] = "pdsa-tracker-bundle";
inline constexpr char kSuffix[] = ".pdsabundle";
inline constexpr qint64 kMaxBundleSize = qint64(512) << 20; // bytes on disk
inline constexpr qint64 kMaxRecords = 5'000'000;            // per bundle

struct BundleFile {
    QString name; // "records/pdsa_cycle.jsonl"
    qint64 records = 0;
    qint64 bytes = 0;
    QString sha256; // hex
    bool operator==(const BundleFile&) const = default;
};

struct Manifest {
    int formatVersion = kFormatVersion;
    QString appVersion;
    BundleKind kind = BundleKind::Team;
    Owner owner;
    QString ownerName; // the team's or the coach's name; "organizer" for a template (and "coach" for
                       // a feedback bundle of format 1, from before coaches were named)
    QUuid collaborativeId;
    QString collaborativeName;
    QDateTime createdAt;
    bool withoutNotes = false;
    QString contentSha256; // hex, over the record files (see docs/bundle-format.md)
    std::vector<BundleFile> files;
};

struct ExportRequest {
    BundleKind kind = BundleKind::Team;
    QUuid teamId; // a team bundle's team
    bool withoutNotes = false;
    QDateTime createdAt; // stamped in the manifest; now if invalid
    QString coach = {};  // a feedback bundle's coach
    // A feedback bundle's teams: the coach's records about these teams only (all when empty).
    std::vector<QUuid> feedbackTeams = {};
};

struct Exported {
    Manifest manifest;
    QByteArray bytes;
};

// The owner whose records a bundle of `request` carries.
Owner ownerOf(const ExportRequest& request);

// The bundle of `request` from `workspace`; reads only.
Result<Exported> exportBundle(Workspace& workspace, const ExportRequest& request);
// The same, written to `path` through QSaveFile (the file is whole or not there).
Result<Manifest> exportBundleFile(Workspace& workspace, const ExportRequest& request, const QString& path);

class ZipReader;

// The ids of the records walked so far: every record has an id of its own, used once in a bundle
// by one record of one kind. 24 bytes a record.
class RecordIds {
public:
    // Room for the records `manifest` states (at most the format's limit), so that the list is
    // never copied while it grows.
    void reserveFor(const Manifest& manifest);
    void add(const QUuid& id, int table, int line) { m_ids.push_back({id, table, line}); }
    qint64 count() const { return qint64(m_ids.size()); }
    // Refuses the first id used twice, in the bundle's order (tables in repo::recordKinds() order,
    // then lines), naming both places.
    Status checkOnce(const QString& source);

private:
    struct Seen {
        QUuid id;
        int table = 0; // in repo::recordKinds() order
        int line = 0;
    };
    std::vector<Seen> m_ids;
};

// A bundle whose container, manifest and checksums were checked. Its records are not held: they
// are read from the archive (the file stays open) one line at a time, and checked as they are
// read, so that memory does not grow with the bundle.
struct ReadBundle {
    Manifest manifest;
    QString source; // the file's name, as messages give it
    std::shared_ptr<const ZipReader> archive;

    // Whether the bundle has a record file for `table` ("pdsa_cycle").
    bool holds(const QString& table) const;
    // The records of `table` in file order, each to `record` with its line number; the first
    // error stops the walk. Each line is checked first: a JSON object whose keys appear once; its
    // id goes to `ids` once `record` took it. At the end of the file, its count of records and
    // its checksum are checked again (the file may have changed since it was opened). The rest
    // of the checks are walkRecords' (bundle/recordsets.h).
    Status forEachRecord(const QString& table, const std::function<Status(const QJsonObject&, int line)>& record,
                         RecordIds& ids) const;
    // A refusal of line `line` of `table`'s file, naming the file, the record file and the line.
    Error lineError(const QString& table, int line, const QString& what) const;
    // All the records of `table` at once, for a small bundle.
    Result<std::vector<QJsonObject>> records(const QString& table) const;
};

// Reads and checks a whole bundle without a workspace: the container, the manifest, both
// checksums, and every record's fields, owner, what it says and id (each used once in the
// bundle). `source` names the file in messages. A bundle from a newer format version is refused
// with ErrorCode::TooNew.
Result<ReadBundle> readBundle(QIODevice& device, const QString& source);
Result<ReadBundle> readBundleFile(const QString& path);
// Only the container, the manifest and the checksums of the bundle at `path`: its records are
// checked as they are walked (ReadBundle::forEachRecord), which the import does as it merges
// them, so that a bundle is not read twice.
Result<ReadBundle> openBundleFile(const QString& path);
// Only the container and the manifest of the bundle at `path`, without inflating or checking
// the record files (readBundleFile does that): enough to order files by kind and show what they
// are before they are read whole.
Result<Manifest> readBundleManifest(const QString& path);

// The manifest as JSON, and the SHA-256 (hex) of bundle content the way the manifest states it.
QJsonObject manifestToJson(const Manifest& manifest);
QString contentHash(const std::vector<std::pair<QString, QByteArray>>& files);

} // namespace bundle
} // namespace pdsa
