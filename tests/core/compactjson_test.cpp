// SPDX-License-Identifier: Apache-2.0
// The content hash's JSON written straight from a record (RecordTable::contentJson, compactjson.h)
// must be byte for byte what QJsonDocument writes: every stored base hash depends on it.
#include "bundle/merge.h"
#include "bundle/recordsets.h"
#include "bundle/recordstore.h"
#include "repositories/compactjson.h"
#include "support/testsupport.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include <gtest/gtest.h>

using namespace pdsa;

namespace {

QByteArray qtCompact(const QJsonValue& value) {
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // without the brackets
}

QByteArray ourString(const QString& text) {
    QByteArray out;
    repo::compactjson::writeString(out, text);
    return out;
}

QByteArray ourNumber(double value) {
    QByteArray out;
    repo::compactjson::writeNumber(out, value);
    return out;
}

// Text from the characters that need care: controls, quotes, backslash, DEL, two- three- and
// four-byte UTF-8, and surrogates standing alone.
QString awkwardText(std::mt19937& random, int length) {
    static const char16_t pool[] = {u'a',    u'Z',    u' ',    u'"',    u'\\',   u'/',    0x0,     0x1,
                                    0x8,     0x9,     0xa,     0xc,     0xd,     0x1f,    0x7f,    0x80,
                                    0xe9,    0x7ff,   0x800,   0x20ac,  0xfffd,  0xffff,  0xd83d,  0xde00,
                                    0xdbff,  0xdc00,  0x2028,  0x4e2d};
    QString text;
    for (int i = 0; i < length; ++i)
        text += QChar(pool[random() % std::size(pool)]);
    return text;
}

TEST(CompactJson, StringsAreEscapedAsQtEscapesThem) {
    std::mt19937 random(7);
    for (int i = 0; i < 20000; ++i) {
        const QString text = awkwardText(random, int(random() % 12));
        ASSERT_EQ(ourString(text), qtCompact(text)) << "text of " << text.size() << " units, case " << i;
    }
    // A surrogate pair is one four-byte character; a high surrogate at the very end stands alone.
    EXPECT_EQ(ourString(QString::fromUtf16(u"\U0001F600")), QByteArray("\"\xF0\x9F\x98\x80\""));
    EXPECT_EQ(ourString(QString(QChar(0xd83d))), QByteArray("\"\\ud83d\""));
    EXPECT_EQ(ourString(QStringLiteral("a\tb\"c")), QByteArray("\"a\\tb\\\"c\""));
}

TEST(CompactJson, NumbersAreWrittenAsQJsonValueHoldsThem) {
    const double edge[] = {0.0,     -0.0,    1.0,     -1.0,    0.1,    1e12,   -1e12,  1e-7,
                           1e21,    1e22,    123.456, 1e15,    9007199254740992.0, 9007199254740994.0,
                           4.5e15 + 0.5, 1e300, 5e-324, 0.3333333333333333, 2.5, -7.25,
                           std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN(),
                           9.2233720368547758e18, -9.2233720368547758e18};
    for (double value : edge)
        EXPECT_EQ(ourNumber(value), qtCompact(QJsonValue(value))) << value;
    std::mt19937_64 random(11);
    for (int i = 0; i < 20000; ++i) {
        const std::uint64_t bits = random();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        const double values[] = {value, double(std::int64_t(random() % 2000001) - 1000000) / 100.0,
                                 double(random() % 1000000)};
        for (double v : values)
            ASSERT_EQ(ourNumber(v), qtCompact(QJsonValue(v))) << v;
    }
}

// Every record of the demo, as it is, as a tombstone, and with its texts and numbers replaced by
// awkward ones wherever the table accepts them: contentJson() equals QJsonDocument's text of
// toJson() without "revision" and "updated_at", and so the content hash is unchanged.
TEST(CompactJson, ContentJsonOfEveryTableEqualsQJsonDocument) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.pdsa"));
    test::writeDemo(path);
    auto ws = test::openOrFail(path);
    ASSERT_TRUE(ws);
    std::mt19937 random(3);
    int tables = 0;
    const Status walked = bundle::forEachTable(*ws, [&](auto& table) -> Status {
        auto records = table.withTombstones("");
        if (!records)
            return records.error();
        if (records->empty())
            return {};
        ++tables;
        auto expected = [&](const auto& record) {
            QJsonObject json = table.toJson(record, false);
            json.remove(QStringLiteral("revision"));
            json.remove(QStringLiteral("updated_at"));
            return QJsonDocument(json).toJson(QJsonDocument::Compact);
        };
        const QString name = QString::fromStdString(table.table());
        size_t checked = 0;
        for (auto record : *records) {
            if (++checked > 300)
                break;
            EXPECT_EQ(table.contentJson(record), expected(record)) << name.toStdString();
            EXPECT_EQ(bundle::contentHashOf(table, record), bundle::recordContentHash(table.toJson(record, false)));
            auto tombstone = record;
            tombstone.meta.deleted = true;
            EXPECT_EQ(table.contentJson(tombstone), expected(tombstone)) << name.toStdString();
            QJsonObject json = table.toJson(record, false);
            for (const QString& key : json.keys()) {
                QJsonObject changed = json;
                const QJsonValue old = json.value(key);
                if (old.isString())
                    changed.insert(key, awkwardText(random, 1 + int(random() % 20)));
                else if (old.isDouble() || old.isNull())
                    changed.insert(key, double(int(random() % 200001) - 100000) / 64.0);
                else
                    continue;
                auto awkward = table.fromJson(changed, false);
                if (!awkward)
                    continue; // not a value this field takes
                json = changed;
                EXPECT_EQ(table.contentJson(*awkward), expected(*awkward))
                    << name.toStdString() << " field " << key.toStdString();
            }
        }
        return {};
    });
    ASSERT_TRUE(walked.ok()) << walked.error().message.toStdString();
    EXPECT_GE(tables, 15); // the demo holds nearly every kind of record
}

} // namespace
