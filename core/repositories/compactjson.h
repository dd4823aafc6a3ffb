// SPDX-License-Identifier: Apache-2.0
#pragma once
// Compact JSON written straight from values, byte for byte what QJsonDocument::toJson(Compact)
// writes for the same QJsonValue: the content hash of a record (bundle/merge.h) is the SHA-256 of
// that text, and building a QJsonObject per record only to print it was most of an import's time.
// tests/core/compactjson_test.cpp holds the two writers to the same bytes.

#include <QByteArray>
#include <QStringView>

namespace pdsa::repo::compactjson {

// A JSON string: quoted, with '"', '\\' and control characters escaped as Qt escapes them
// (\b \f \n \r \t, else \u00XX), other characters in UTF-8, a lone surrogate as \uXXXX.
void writeString(QByteArray& out, QStringView text);
// A number as QJsonValue(double) holds it: an integral value as an integer ("8", not "8.0"
// or "8e+00"), any other finite value in its shortest round-trip form, a non-finite one as null.
void writeNumber(QByteArray& out, double value);
void writeInteger(QByteArray& out, qint64 value);

} // namespace pdsa::repo::compactjson
