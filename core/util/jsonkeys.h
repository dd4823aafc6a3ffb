// SPDX-License-Identifier: Apache-2.0
#pragma once
// Qt's JSON reader keeps the last of two equal keys in one object without a word, so a file could
// say a field twice and mean whichever its reader picks. Reading strictly means refusing that.

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace pdsa::util {

// The first key that appears twice in one object of `json` (keys compared as the text they
// decode to, so "a" and "\u0061" are the same key), if any. `json` must already have been read
// as valid JSON: this only walks its tokens.
std::optional<QString> repeatedJsonKey(QByteArrayView json);

} // namespace pdsa::util
