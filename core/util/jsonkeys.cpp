// SPDX-License-Identifier: Apache-2.0
#include "util/jsonkeys.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <deque>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pdsa::util {

namespace {

// A key as written (between its quotes) in the UTF-8 text it stands for.
QByteArray decodedKey(QByteArrayView raw) {
    if (!raw.contains('\\'))
        return raw.toByteArray();
    const QByteArray quoted = "[\"" + raw.toByteArray() + "\"]";
    return QJsonDocument::fromJson(quoted).array().at(0).toString().toUtf8();
}

// One open object or array; an object's keys so far (views into the text, or into `decoded` for
// the rare key written with escapes).
struct Scope {
    bool object = false;
    std::vector<QByteArrayView> keys;              // a record's few keys: looked through
    std::unordered_set<std::string_view> manyKeys; // past kFewKeys: hashed, so that a line of a
                                                   // million keys is still read in linear time

    static constexpr size_t kFewKeys = 32;

    // Whether `key` was already in the object; adds it.
    bool repeats(QByteArrayView key) {
        if (manyKeys.empty() && keys.size() < kFewKeys) {
            if (std::find(keys.begin(), keys.end(), key) != keys.end())
                return true;
            keys.push_back(key);
            return false;
        }
        if (manyKeys.empty())
            for (QByteArrayView k : keys)
                manyKeys.emplace(k.data(), size_t(k.size()));
        return !manyKeys.emplace(key.data(), size_t(key.size())).second;
    }
};

} // namespace

std::optional<QString> repeatedJsonKey(QByteArrayView json) {
    std::vector<Scope> open;
    std::deque<QByteArray> decoded; // the keys written with escapes, as text
    bool atKey = false;             // the next string is a key
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        switch (c) {
        case '{':
            open.push_back({true, {}, {}});
            atKey = true;
            break;
        case '[':
            open.push_back({false, {}, {}});
            atKey = false;
            break;
        case '}':
        case ']':
            if (!open.empty())
                open.pop_back();
            atKey = false;
            break;
        case ',':
            atKey = !open.empty() && open.back().object;
            break;
        case '"': {
            const qsizetype start = i + 1;
            bool escaped = false;
            for (++i; i < json.size() && json[i] != '"'; ++i)
                if (json[i] == '\\') {
                    escaped = true;
                    ++i;
                }
            if (!atKey || open.empty())
                break;
            atKey = false;
            QByteArrayView key = json.sliced(start, qMin(i, json.size()) - start);
            if (escaped)
                key = decoded.emplace_back(decodedKey(key));
            if (open.back().repeats(key))
                return QString::fromUtf8(key);
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace pdsa::util
