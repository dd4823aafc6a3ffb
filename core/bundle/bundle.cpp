// SPDX-License-Identifier: Apache-2.0
#include "bundle/bundle.h"

#include "bundle/recordsets.h"
#include "bundle/ziparchive.h"
#include "repositories/inventory.h"
#include "util/displaytext.h"
#include "util/jsonkeys.h"
#include "util/sha256.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <tuple>

namespace pdsa::bundle {

namespace {

const QString kManifest = QStringLiteral("manifest.json");

QString recordsFile(const std::string& table) {
    return QStringLiteral("records/%1.jsonl").arg(QString::fromStdString(table));
}

QString hex(const QByteArray& bytes) {
    return util::Sha256::hex(bytes);
}

// The record file of one table: the records `owner` owns, tombstones included, ordered by id.
template <typename T>
Result<QByteArray> recordLines(repo::RecordTable<T>& table, const ExportRequest& request, const Owner& owner,
                               qint64& count) {
    auto records = ownedRecords(table, owner);
    if (!records)
        return records.error();
    const auto chosen = [&](const T& record) {
        if constexpr (requires { record.teamId; })
            return request.feedbackTeams.empty() ||
                   std::find(request.feedbackTeams.begin(), request.feedbackTeams.end(), record.teamId) !=
                       request.feedbackTeams.end();
        return true;
    };
    const bool withoutNotes = request.withoutNotes;
    std::vector<std::pair<QString, const T*>> ordered;
    ordered.reserve(records->size());
    for (const T& record : *records)
        if (chosen(record))
            ordered.emplace_back(record.meta.id.toString(QUuid::WithoutBraces), &record);
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray lines;
    for (const auto& [id, record] : ordered) {
        lines += QJsonDocument(table.toJson(*record, withoutNotes)).toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    count = qint64(ordered.size());
    return lines;
}

} // namespace

Owner ownerOf(const ExportRequest& request) {
    switch (request.kind) {
    case BundleKind::Team:
        return Owner::ofTeam(request.teamId);
    case BundleKind::Template:
        return Owner::organizer();
    case BundleKind::Feedback:
        return Owner::ofCoach(request.coach);
    }
    return Owner::organizer();
}

QString contentHash(const std::vector<std::pair<QString, QByteArray>>& files) {
    util::Sha256 hash;
    for (const auto& [name, data] : files) {
        hash.addData(name.toUtf8() + '\n' + QByteArray::number(data.size()) + '\n');
        hash.addData(data);
    }
    return hash.hexResult();
}

QJsonObject manifestToJson(const Manifest& m) {
    QJsonArray files;
    for (const BundleFile& f : m.files)
        files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("records"), f.records},
                                 {QStringLiteral("bytes"), f.bytes},
                                 {QStringLiteral("sha256"), f.sha256}});
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kFormatName)},
        {QStringLiteral("format_version"), m.formatVersion},
        {QStringLiteral("app_version"), m.appVersion},
        {QStringLiteral("kind"), toText(m.kind)},
        {QStringLiteral("owner"), QJsonObject{{QStringLiteral("role"), toText(m.owner.role)},
                                              {QStringLiteral("team_id"), repo::toJsonValue(m.owner.team)},
                                              {QStringLiteral("name"), m.ownerName}}},
        {QStringLiteral("collaborative"),
         QJsonObject{{QStringLiteral("id"), repo::toJsonValue(m.collaborativeId)},
                     {QStringLiteral("name"), m.collaborativeName}}},
        {QStringLiteral("created_at"), repo::toJsonValue(m.createdAt)},
        {QStringLiteral("without_notes"), m.withoutNotes},
        {QStringLiteral("content_sha256"), m.contentSha256},
        {QStringLiteral("files"), files},
    };
}

Result<Exported> exportBundle(Workspace& workspace, const ExportRequest& request) {
    Exported exported;
    Manifest& m = exported.manifest;
    m.appVersion = QStringLiteral(PDSA_VERSION);
    m.kind = request.kind;
    m.owner = ownerOf(request);
    m.withoutNotes = request.withoutNotes;
    m.createdAt = request.createdAt.isValid() ? request.createdAt : workspace.now();
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    m.collaborativeId = collaborative->meta.id;
    m.collaborativeName = collaborative->name;
    if (request.kind == BundleKind::Team) {
        auto team = workspace.teams.teams.find(request.teamId);
        if (!team)
            return team.error();
        if (!*team)
            return makeError(ErrorCode::NotFound, QStringLiteral("no team with id %1 in this workspace")
                                                      .arg(request.teamId.toString(QUuid::WithoutBraces)));
        m.ownerName = (*team)->name;
    } else if (request.kind == BundleKind::Feedback) {
        if (m.owner.coach.isEmpty())
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("a feedback bundle is one coach's: name the coach whose comments and "
                                            "scores it carries"));
        m.ownerName = m.owner.coach;
    } else {
        m.ownerName = toText(m.owner.role);
    }

    std::vector<ZipEntry> entries{{kManifest, {}}};
    std::vector<std::pair<QString, QByteArray>> files;
    PDSA_TRY(forEachTable(workspace, [&](auto& table) -> Status {
        qint64 count = 0;
        auto lines = recordLines(table, request, m.owner, count);
        if (!lines)
            return lines.error();
        if (count == 0)
            return {};
        const QString name = recordsFile(table.table());
        m.files.push_back({name, count, lines->size(), hex(*lines)});
        files.emplace_back(name, *lines);
        entries.push_back({name, std::move(*lines)});
        return {};
    }));
    m.contentSha256 = contentHash(files);
    entries.front().data = QJsonDocument(manifestToJson(m)).toJson(QJsonDocument::Indented);
    auto bytes = writeZip(entries);
    if (!bytes)
        return bytes.error();
    exported.bytes = std::move(*bytes);
    return exported;
}

Result<Manifest> exportBundleFile(Workspace& workspace, const ExportRequest& request, const QString& path) {
    auto exported = exportBundle(workspace, request);
    if (!exported)
        return exported.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    if (file.write(exported->bytes) != exported->bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return exported->manifest;
}

// ---- Reading -------------------------------------------------------------------------------------

namespace {

Error badManifest(const QString& source, const QString& what) {
    return makeError(ErrorCode::Invalid, QStringLiteral("%1: manifest.json: %2").arg(source, what));
}

// Reads one field into `into`; the error names the field and what it should have been.
template <typename T>
std::optional<Error> readField(const QJsonValue& value, T& into, const QString& name, const QString& source) {
    if (auto why = repo::fromJsonValue(value, into))
        return badManifest(source, QStringLiteral("field \"%1\": expected %2").arg(name, *why));
    return std::nullopt;
}

// The manifest's JSON object, when it is one and says it is a bundle's.
Result<QJsonObject> manifestObject(const QByteArray& bytes, const QString& source) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return badManifest(source, QStringLiteral("not a JSON object (%1 at byte %2)")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset));
    const QJsonObject json = document.object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return makeError(
            ErrorCode::NotWorkspace,
            QStringLiteral("%1: not a PDSA Tracker bundle (its manifest does not say \"format\": \"%2\")")
                .arg(source, QLatin1String(kFormatName)));
    if (auto key = util::repeatedJsonKey(bytes))
        return badManifest(source, QStringLiteral("the field \"%1\" appears twice").arg(shownText(*key)));
    return json;
}

// The format version (a newer one than this version reads is refused), then exactly the known
// fields.
std::optional<Error> checkVersionAndFields(const QJsonObject& json, Manifest& m, const QString& source) {
    if (repo::fromJsonValue(json.value(QStringLiteral("format_version")), m.formatVersion) ||
        m.formatVersion < 1)
        return badManifest(source, QStringLiteral("\"format_version\" is not a version number"));
    if (m.formatVersion > kFormatVersion)
        return makeError(
            ErrorCode::TooNew,
            QStringLiteral("%1: made by a newer version of PDSA Tracker (bundle format %2; this version "
                           "reads formats up to %3). Update PDSA Tracker to import it.")
                .arg(source)
                .arg(m.formatVersion)
                .arg(kFormatVersion));
    const QStringList known{QStringLiteral("format"),         QStringLiteral("format_version"),
                            QStringLiteral("app_version"),    QStringLiteral("kind"),
                            QStringLiteral("owner"),          QStringLiteral("collaborative"),
                            QStringLiteral("created_at"),     QStringLiteral("without_notes"),
                            QStringLiteral("content_sha256"), QStringLiteral("files")};
    for (const QString& key : json.keys())
        if (!known.contains(key))
            return badManifest(source, QStringLiteral("unknown field \"%1\"").arg(shownText(key)));
    for (const QString& key : known)
        if (!json.contains(key))
            return badManifest(source, QStringLiteral("missing field \"%1\"").arg(key));
    return std::nullopt;
}

// The owner: role, team and name, the role the bundle's kind calls for.
std::optional<Error> readOwner(const QJsonObject& json, Manifest& m, const QString& source) {
    const QJsonObject owner = json.value(QStringLiteral("owner")).toObject();
    if (owner.size() != 3)
        return badManifest(source, QStringLiteral("field \"owner\": expected role, team_id and name"));
    if (auto e = readField(owner.value(QStringLiteral("role")), m.owner.role, QStringLiteral("owner.role"),
                           source))
        return e;
    if (auto e = readField(owner.value(QStringLiteral("team_id")), m.owner.team,
                           QStringLiteral("owner.team_id"), source))
        return e;
    if (auto e =
            readField(owner.value(QStringLiteral("name")), m.ownerName, QStringLiteral("owner.name"), source))
        return e;
    const OwnerRole expectedRole = m.kind == BundleKind::Team       ? OwnerRole::Team
                                   : m.kind == BundleKind::Template ? OwnerRole::Organizer
                                                                    : OwnerRole::Coach;
    if (m.owner.role != expectedRole || (expectedRole == OwnerRole::Team) == m.owner.team.isNull())
        return badManifest(
            source,
            QStringLiteral("a %1 bundle must be owned by the %2").arg(toText(m.kind), toText(expectedRole)));
    // From format 2 a feedback bundle is one named coach's, and so are its records; format 1's
    // were the unnamed coach's.
    if (expectedRole == OwnerRole::Coach && m.formatVersion >= 2) {
        if (m.ownerName.trimmed().isEmpty() || m.ownerName != m.ownerName.trimmed())
            return badManifest(source, QStringLiteral("field \"owner.name\": expected the coach's name"));
        m.owner.coach = m.ownerName;
    }
    return std::nullopt;
}

std::optional<Error> readCollaborative(const QJsonObject& json, Manifest& m, const QString& source) {
    const QJsonObject collaborative = json.value(QStringLiteral("collaborative")).toObject();
    if (collaborative.size() != 2)
        return badManifest(source, QStringLiteral("field \"collaborative\": expected id and name"));
    if (auto e = readField(collaborative.value(QStringLiteral("id")), m.collaborativeId,
                           QStringLiteral("collaborative.id"), source))
        return e;
    if (m.collaborativeId.isNull())
        return badManifest(source, QStringLiteral("field \"collaborative.id\": expected an id"));
    if (auto e = readField(collaborative.value(QStringLiteral("name")), m.collaborativeName,
                           QStringLiteral("collaborative.name"), source))
        return e;
    return std::nullopt;
}

const QRegularExpression& sha256Pattern() {
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    return sha;
}

// The record files: name, number of records, size and checksum of each.
std::optional<Error> readFiles(const QJsonObject& json, Manifest& m, const QString& source) {
    const QRegularExpression& sha = sha256Pattern();
    const QJsonValue files = json.value(QStringLiteral("files"));
    if (!files.isArray() || files.toArray().size() > int(repo::recordKinds().size()))
        return badManifest(source, QStringLiteral("field \"files\": expected a list of the record files"));
    for (const QJsonValue& item : files.toArray()) {
        const QJsonObject f = item.toObject();
        BundleFile file;
        double records = -1, size = -1;
        if (f.size() != 4 || repo::fromJsonValue(f.value(QStringLiteral("name")), file.name) ||
            repo::fromJsonValue(f.value(QStringLiteral("records")), records) ||
            repo::fromJsonValue(f.value(QStringLiteral("bytes")), size) || records < 0 || size < 0 ||
            records != std::floor(records) || size != std::floor(size) || // counts, not fractions
            records > kMaxRecords || !sha.match(f.value(QStringLiteral("sha256")).toString()).hasMatch())
            return badManifest(
                source,
                QStringLiteral("field \"files\": expected name, records, bytes and sha256 for each file"));
        file.records = qint64(records);
        file.bytes = qint64(size);
        file.sha256 = f.value(QStringLiteral("sha256")).toString();
        m.files.push_back(file);
    }
    return std::nullopt;
}

// Reads the manifest strictly: every field present, known and of its type.
Result<Manifest> parseManifest(const QByteArray& bytes, const QString& source) {
    auto json = manifestObject(bytes, source);
    if (!json)
        return json.error();
    Manifest m;
    if (auto e = checkVersionAndFields(*json, m, source))
        return *e;
    if (auto e = readField(json->value(QStringLiteral("app_version")), m.appVersion,
                           QStringLiteral("app_version"), source))
        return *e;
    if (auto e = readField(json->value(QStringLiteral("kind")), m.kind, QStringLiteral("kind"), source))
        return *e;
    if (auto e = readOwner(*json, m, source))
        return *e;
    if (auto e = readCollaborative(*json, m, source))
        return *e;
    if (auto e = readField(json->value(QStringLiteral("created_at")), m.createdAt,
                           QStringLiteral("created_at"), source))
        return *e;
    if (auto e = readField(json->value(QStringLiteral("without_notes")), m.withoutNotes,
                           QStringLiteral("without_notes"), source))
        return *e;
    m.contentSha256 = json->value(QStringLiteral("content_sha256")).toString();
    if (!sha256Pattern().match(m.contentSha256).hasMatch())
        return badManifest(source,
                           QStringLiteral("field \"content_sha256\": expected 64 hexadecimal digits"));
    if (auto e = readFiles(*json, m, source))
        return *e;
    return m;
}

} // namespace

namespace {

// A record's line is at most this long (16 MiB): far more than any record the format allows
// needs, and little enough that reading one line cannot take much memory.
constexpr qsizetype kMaxLineBytes = qsizetype(16) << 20;

Error tooLarge(const QString& source, qint64 size) {
    return makeError(ErrorCode::Invalid, QStringLiteral("%1: %2 MB is too large for a bundle (at most %3 MB)")
                                             .arg(source)
                                             .arg(size >> 20)
                                             .arg(kMaxBundleSize >> 20));
}

Error emptyFile(const QString& source) {
    return makeError(ErrorCode::NotWorkspace, QStringLiteral("%1: the file is empty, not a bundle").arg(source));
}

// The bytes of a bundle file, within the size cap.
Result<QByteArray> readBundleBytes(QIODevice& device, const QString& source) {
    if (device.size() > kMaxBundleSize)
        return tooLarge(source, device.size());
    // Read in pieces: QIODevice::read(n) allocates all n bytes first, and n is the cap (512 MB).
    QByteArray bytes;
    while (bytes.size() <= kMaxBundleSize) {
        const QByteArray piece = device.read(qMin(qint64(1) << 20, kMaxBundleSize + 1 - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    if (bytes.size() > kMaxBundleSize)
        return makeError(ErrorCode::Invalid, QStringLiteral("%1: too large for a bundle (at most %2 MB)")
                                                 .arg(source)
                                                 .arg(kMaxBundleSize >> 20));
    if (bytes.isEmpty())
        return emptyFile(source);
    return bytes;
}

// Only the entries the format has: the manifest and the record file of each table.
ZipLimits bundleLimits() {
    ZipLimits limits;
    limits.expected = [](const QString& name) {
        if (name == kManifest)
            return true;
        const auto& kinds = repo::recordKinds();
        return std::any_of(kinds.begin(), kinds.end(),
                           [&](const repo::RecordKind& kind) { return name == recordsFile(kind.table); });
    };
    return limits;
}

// The archive's manifest, checked.
Result<Manifest> manifestOf(const ZipReader& zip, const QString& source) {
    const std::vector<QString> names = zip.names();
    if (std::find(names.begin(), names.end(), kManifest) == names.end())
        return makeError(ErrorCode::NotWorkspace,
                         QStringLiteral("%1: not a PDSA Tracker bundle (no manifest.json)").arg(source));
    // A manifest names at most one file per table: a few kilobytes. One far larger is not read.
    constexpr qsizetype kMaxManifestBytes = qsizetype(1) << 20;
    QByteArray bytes;
    PDSA_TRY(zip.stream(kManifest, [&](QByteArrayView piece) -> Status {
        if (bytes.size() + piece.size() > kMaxManifestBytes)
            return badManifest(source, QStringLiteral("larger than %1 MB (a manifest is a few kilobytes)")
                                           .arg(kMaxManifestBytes >> 20));
        bytes.append(piece);
        return {};
    }));
    return parseManifest(bytes, source);
}

// Each line of the record file `name` in order, with its number, to `line`; every byte also to
// `hash` when given. Only the line being read is held, never the whole file.
Status forEachLine(const ZipReader& zip, const QString& name, const QString& source, util::Sha256* hash,
                   const std::function<Status(QByteArrayView line, int number)>& line) {
    QByteArray pending; // the start of a line that runs into the next piece
    int number = 0;
    const auto tooLong = [&] {
        return makeError(ErrorCode::Invalid, QStringLiteral("%1, %2, line %3: longer than %4 MB (no record is)")
                                                 .arg(source, name)
                                                 .arg(number + 1)
                                                 .arg(kMaxLineBytes >> 20));
    };
    PDSA_TRY(zip.stream(name, [&](QByteArrayView piece) -> Status {
        if (hash)
            hash->addData(piece);
        qsizetype start = 0;
        while (start < piece.size()) {
            const char* at = static_cast<const char*>(std::memchr(piece.data() + start, '\n', size_t(piece.size() - start)));
            if (!at) {
                if (pending.size() + (piece.size() - start) > kMaxLineBytes)
                    return tooLong();
                pending.append(piece.sliced(start));
                break;
            }
            const qsizetype end = at - piece.data();
            if (pending.size() + (end - start) > kMaxLineBytes)
                return tooLong();
            ++number;
            if (pending.isEmpty()) {
                PDSA_TRY(line(piece.sliced(start, end - start), number));
            } else {
                pending.append(piece.sliced(start, end - start));
                PDSA_TRY(line(pending, number));
                pending.clear();
            }
            start = end + 1;
        }
        return {};
    }));
    if (!pending.isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("%1, %2: the last line is not complete").arg(source, name));
    return {};
}

// The record files are exactly the files the manifest lists, each of the size and checksum it
// states, together of its content checksum. Read a piece at a time.
Status checkFiles(const ZipReader& zip, const Manifest& manifest, const QString& source) {
    std::set<QString> unlisted;
    for (const QString& name : zip.names())
        if (name != kManifest)
            unlisted.insert(name);
    util::Sha256 content;
    for (const BundleFile& file : manifest.files) {
        if (!unlisted.erase(file.name))
            return makeError(
                ErrorCode::Invalid,
                QStringLiteral("%1: the manifest lists %2, which the archive does not hold (truncated or "
                               "damaged)")
                    .arg(source, shownText(file.name)));
        util::Sha256 own;
        qint64 size = 0;
        content.addData(file.name.toUtf8() + '\n' + QByteArray::number(file.bytes) + '\n');
        PDSA_TRY(zip.stream(file.name, [&](QByteArrayView piece) -> Status {
            own.addData(piece);
            content.addData(piece);
            size += piece.size();
            return {};
        }));
        if (size != file.bytes || own.hexResult() != file.sha256)
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("%1: %2 does not match its checksum (damaged or altered)")
                                 .arg(source, shownText(file.name)));
    }
    if (!unlisted.empty())
        return makeError(ErrorCode::Invalid, QStringLiteral("%1: %2 is in the archive but not in the manifest")
                                                 .arg(source, shownText(*unlisted.begin())));
    if (content.hexResult() != manifest.contentSha256)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("%1: the content does not match the manifest's checksum (damaged or altered)")
                .arg(source));
    return {};
}

const BundleFile* statedFile(const Manifest& manifest, const QString& name) {
    const auto it = std::find_if(manifest.files.begin(), manifest.files.end(),
                                 [&](const BundleFile& f) { return f.name == name; });
    return it == manifest.files.end() ? nullptr : &*it;
}

int tableIndex(const QString& table) {
    const auto& kinds = repo::recordKinds();
    for (size_t i = 0; i < kinds.size(); ++i)
        if (table == QLatin1String(kinds[i].table))
            return int(i);
    return -1;
}

// The bundle in `zip`, its manifest and checksums checked.
Result<ReadBundle> opened(std::unique_ptr<ZipReader> zip, const QString& source) {
    auto manifest = manifestOf(*zip, source);
    if (!manifest)
        return manifest.error();
    PDSA_TRY(checkFiles(*zip, *manifest, source));
    ReadBundle read;
    read.manifest = std::move(*manifest);
    read.source = source;
    read.archive = std::move(zip);
    return read;
}

// The bundle in `zip` read and checked whole. Memory holds one line at a time and an id per
// record, however large the bundle.
Result<ReadBundle> readChecked(std::unique_ptr<ZipReader> zip, const QString& source) {
    auto read = opened(std::move(zip), source);
    if (!read)
        return read.error();
    auto codecs = RecordCodecs::make();
    if (!codecs)
        return codecs.error();
    PDSA_TRY(walkRecords(*read, **codecs, [](auto&, auto&&, const QJsonObject&, int) { return Status{}; }));
    return read;
}

Result<std::unique_ptr<ZipReader>> openZipFile(const QString& path, const QString& source) {
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::NotWorkspace, QStringLiteral("%1: a folder, not a bundle").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() > kMaxBundleSize)
        return tooLarge(source, file.size());
    if (file.size() == 0)
        return emptyFile(source);
    return ZipReader::fromFile(path, bundleLimits(), source);
}

} // namespace

void RecordIds::reserveFor(const Manifest& manifest) {
    qint64 stated = 0;
    for (const BundleFile& file : manifest.files)
        stated += file.records;
    m_ids.reserve(size_t(qMin(stated, kMaxRecords)));
}

Status RecordIds::checkOnce(const QString& source) {
    std::sort(m_ids.begin(), m_ids.end(), [](const Seen& a, const Seen& b) {
        return std::tie(a.id, a.table, a.line) < std::tie(b.id, b.table, b.line);
    });
    const Seen* first = nullptr;  // the earlier use of the repeat reported
    const Seen* repeat = nullptr; // the repeat reported: the first in the bundle's order
    for (size_t i = 1; i < m_ids.size(); ++i) {
        if (m_ids[i].id != m_ids[i - 1].id || (i >= 2 && m_ids[i - 2].id == m_ids[i].id))
            continue; // only each id's second use is a candidate
        if (!repeat || std::tie(m_ids[i].table, m_ids[i].line) < std::tie(repeat->table, repeat->line)) {
            repeat = &m_ids[i];
            first = &m_ids[i - 1];
        }
    }
    if (!repeat)
        return {};
    const auto& kinds = repo::recordKinds();
    const QString name = recordsFile(kinds[size_t(repeat->table)].table);
    const QString id = repeat->id.toString(QUuid::WithoutBraces);
    const QString what =
        first->table == repeat->table
            ? QStringLiteral("record %1 appears twice (also on line %2)").arg(id).arg(first->line)
            : QStringLiteral("the id %1 is also that of a %2 record (line %3 of its file); every record has an "
                             "id of its own")
                  .arg(id, QLatin1String(kinds[size_t(first->table)].table))
                  .arg(first->line);
    return makeError(ErrorCode::Invalid,
                     QStringLiteral("%1, %2, line %3: %4").arg(source, name).arg(repeat->line).arg(what));
}

bool ReadBundle::holds(const QString& table) const {
    return statedFile(manifest, recordsFile(table.toStdString())) != nullptr;
}

Error ReadBundle::lineError(const QString& table, int line, const QString& what) const {
    return makeError(ErrorCode::Invalid, QStringLiteral("%1, %2, line %3: %4")
                                             .arg(source, recordsFile(table.toStdString()))
                                             .arg(line)
                                             .arg(what));
}

Status ReadBundle::forEachRecord(const QString& table, const std::function<Status(const QJsonObject&, int)>& record,
                                 RecordIds& ids) const {
    const QString name = recordsFile(table.toStdString());
    const BundleFile* stated = statedFile(manifest, name);
    if (!stated)
        return {};
    const int index = tableIndex(table);
    util::Sha256 hash;
    qint64 count = 0;
    PDSA_TRY(forEachLine(*archive, name, source, &hash, [&](QByteArrayView text, int line) -> Status {
        if (ids.count() >= kMaxRecords)
            return lineError(table, line, QStringLiteral("more than %1 records in one bundle").arg(kMaxRecords));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return lineError(table, line, QStringLiteral("not a JSON object"));
        if (auto key = util::repeatedJsonKey(text))
            return lineError(table, line, QStringLiteral("the field \"%1\" appears twice").arg(shownText(*key)));
        const QJsonObject json = document.object();
        PDSA_TRY(record(json, line));
        ids.add(QUuid::fromString(json.value(QStringLiteral("id")).toString()), index, line);
        ++count;
        return {};
    }));
    if (hash.hexResult() != stated->sha256)
        return makeError(ErrorCode::Invalid, QStringLiteral("%1: %2 changed after it was checked; nothing was imported, "
                                                            "import it again to see what it holds now")
                                                 .arg(source, name));
    if (count != stated->records)
        return makeError(ErrorCode::Invalid, QStringLiteral("%1, %2: %3 records, but the manifest says %4")
                                                 .arg(source, name)
                                                 .arg(count)
                                                 .arg(stated->records));
    return {};
}

Result<std::vector<QJsonObject>> ReadBundle::records(const QString& table) const {
    std::vector<QJsonObject> all;
    RecordIds ids;
    PDSA_TRY(forEachRecord(
        table,
        [&](const QJsonObject& record, int) -> Status {
            all.push_back(record);
            return {};
        },
        ids));
    return all;
}

Result<ReadBundle> readBundle(QIODevice& device, const QString& source) {
    auto bytes = readBundleBytes(device, source);
    if (!bytes)
        return bytes.error();
    auto zip = ZipReader::fromBytes(std::move(*bytes), bundleLimits(), source);
    if (!zip)
        return zip.error();
    return readChecked(std::move(*zip), source);
}

namespace {

// `then(zip, source)` on the archive of the bundle file at `path`, once it is open.
template <typename F> auto withBundleFile(const QString& path, F&& then) -> decltype(then(nullptr, QString())) {
    const QString source = QFileInfo(path).fileName();
    auto zip = openZipFile(path, source);
    if (!zip)
        return zip.error();
    return then(std::move(*zip), source);
}

} // namespace

Result<ReadBundle> readBundleFile(const QString& path) {
    return withBundleFile(path, [](std::unique_ptr<ZipReader> zip, const QString& source) {
        return readChecked(std::move(zip), source);
    });
}

Result<ReadBundle> openBundleFile(const QString& path) {
    return withBundleFile(path, [](std::unique_ptr<ZipReader> zip, const QString& source) {
        return opened(std::move(zip), source);
    });
}

Result<Manifest> readBundleManifest(const QString& path) {
    return withBundleFile(path, [](std::unique_ptr<ZipReader> zip, const QString& source) {
        return manifestOf(*zip, source);
    });
}

} // namespace pdsa::bundle
