// SPDX-License-Identifier: Apache-2.0
#include "support/bundlefiles.h"

#include "bundle/bundle.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace pdsa::test {

using namespace pdsa::bundle;

std::vector<ZipEntry> bundleEntries(const QString& path) {
    return readZip(fileBytes(path), {64, 1 << 30, qint64(2) << 30, [](const QString&) { return true; }, {}},
                   QStringLiteral("bundle"))
        .value();
}

void rewriteBundle(const QString& from, const std::function<void(std::vector<ZipEntry>&)>& change, const QString& to) {
    QByteArray bytes = fileBytes(from);
    QBuffer buffer(&bytes);
    EXPECT_TRUE(buffer.open(QIODevice::ReadOnly));
    Manifest manifest = readBundle(buffer, QStringLiteral("bundle")).value().manifest;
    auto entries = bundleEntries(from);
    change(entries);
    manifest.files.clear();
    std::vector<std::pair<QString, QByteArray>> files;
    for (const ZipEntry& entry : entries)
        if (entry.name != QStringLiteral("manifest.json")) {
            manifest.files.push_back({entry.name, entry.data.count('\n'), entry.data.size(),
                                      QString::fromLatin1(QCryptographicHash::hash(entry.data, QCryptographicHash::Sha256).toHex())});
            files.emplace_back(entry.name, entry.data);
        }
    manifest.contentSha256 = contentHash(files);
    for (ZipEntry& entry : entries)
        if (entry.name == QStringLiteral("manifest.json"))
            entry.data = QJsonDocument(manifestToJson(manifest)).toJson();
    writeBytes(to, writeZip(entries).value());
}

QByteArray firstLine(const ZipEntry& entry) {
    return entry.data.left(entry.data.indexOf('\n'));
}

QString alterFirstRecord(const QString& from, const QString& entryName,
                         const std::function<void(QJsonObject&)>& change, const QString& to) {
    QString id;
    rewriteBundle(
        from,
        [&](std::vector<ZipEntry>& entries) {
            for (ZipEntry& entry : entries)
                if (entry.name == entryName) {
                    const QByteArray line = firstLine(entry);
                    QJsonObject record = QJsonDocument::fromJson(line).object();
                    change(record);
                    id = record.value(QStringLiteral("id")).toString();
                    entry.data = QJsonDocument(record).toJson(QJsonDocument::Compact) + entry.data.mid(line.size());
                }
        },
        to);
    return id;
}

} // namespace pdsa::test
