// SPDX-License-Identifier: Apache-2.0
// Fuzz target: bundles that get past the container. Random bytes rarely make a ZIP archive whose
// checksums hold, so this target builds a valid archive from text and hands it to the reader,
// to reach the manifest and record checks (docs/fuzzing.md describes the input):
//
//   team|template|feedback [without_notes]     first line: the bundle's kind and options
//   == <table>                                 a record file, records/<table>.jsonl, whose bytes
//   <record lines>                             run to the next "== " line or the end
//
// The manifest is made to match (sizes, record counts, checksums). A first line "manifest"
// instead makes the rest of the input the manifest.json of an archive without record files.

#include "bundle/bundle.h"
#include "bundle/ziparchive.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {

using namespace pdsa;
using namespace pdsa::bundle;

const QUuid kTeam = QUuid(QStringLiteral("9f890f74-bbd3-571b-9820-4279376089c3"));          // the seeds' team
const QUuid kCollaborative = QUuid(QStringLiteral("64fbd510-a389-5805-b500-72724fe7ea6f")); // and theirs

// The record files of `text`: each "== <table>" line starts one, its bytes run to the next.
std::vector<std::pair<QString, QByteArray>> recordFiles(const QByteArray& text) {
    std::vector<std::pair<QString, QByteArray>> files;
    const QByteArray marker = QByteArrayLiteral("\n== ");
    qsizetype at = text.startsWith("== ") ? 0 : text.indexOf(marker);
    if (at > 0)
        ++at;
    while (at >= 0 && at < text.size()) {
        qsizetype nameEnd = text.indexOf('\n', at);
        if (nameEnd < 0)
            nameEnd = text.size();
        const QString table = QString::fromUtf8(text.mid(at + 3, nameEnd - at - 3));
        const qsizetype start = qMin(nameEnd + 1, text.size());
        const qsizetype next = text.indexOf(marker, start - 1);
        const qsizetype end = next < 0 ? text.size() : next + 1;
        files.emplace_back(QStringLiteral("records/%1.jsonl").arg(table), text.mid(start, end - start));
        at = next < 0 ? -1 : next + 1;
    }
    return files;
}

QByteArray bundleOf(const QByteArray& input) {
    const qsizetype lineEnd = input.indexOf('\n');
    const QByteArray header = input.left(lineEnd < 0 ? input.size() : lineEnd);
    const QByteArray rest = lineEnd < 0 ? QByteArray() : input.mid(lineEnd + 1);
    std::vector<ZipEntry> entries;
    if (header == "manifest") {
        entries.push_back({QStringLiteral("manifest.json"), rest});
    } else {
        const QList<QByteArray> words = header.split(' ');
        Manifest m;
        m.appVersion = QStringLiteral("0.1.0");
        if (words.first() == "template") {
            m.kind = BundleKind::Template;
            m.owner = Owner::organizer();
            m.ownerName = QStringLiteral("organizer");
        } else if (words.first() == "feedback") {
            m.kind = BundleKind::Feedback;
            m.owner = Owner{OwnerRole::Coach, {}, {}}; // the unnamed coach of format 1, as the seeds' records
            m.ownerName = QStringLiteral("coach");
        } else {
            m.kind = BundleKind::Team;
            m.owner = Owner::ofTeam(kTeam);
            m.ownerName = QStringLiteral("Alder County (demo)");
        }
        m.withoutNotes = words.contains("without_notes");
        m.collaborativeId = kCollaborative;
        m.collaborativeName = QStringLiteral("Fuzz");
        m.createdAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        const auto files = recordFiles(rest);
        for (const auto& [name, data] : files) {
            const qint64 lines = data.count('\n') + (data.isEmpty() || data.endsWith('\n') ? 0 : 1);
            m.files.push_back(
                {name, lines, data.size(),
                 QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())});
        }
        m.contentSha256 = contentHash(files);
        entries.push_back({QStringLiteral("manifest.json"),
                           QJsonDocument(manifestToJson(m)).toJson(QJsonDocument::Compact)});
        for (const auto& [name, data] : files)
            entries.push_back({name, data});
    }
    auto zipped = writeZip(entries);
    return zipped ? *zipped : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    QByteArray bytes = bundleOf(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (bytes.isEmpty())
        return -1; // not an archive (a duplicate record file, say): not worth keeping in the corpus
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    (void)readBundle(device, QStringLiteral("fuzz.pdsabundle"));
    return 0;
}
