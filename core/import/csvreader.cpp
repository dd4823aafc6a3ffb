// SPDX-License-Identifier: Apache-2.0
#include "import/csvreader.h"

#include <QByteArray>
#include <QStringDecoder>

namespace pdsa::import {

namespace {

bool isBlank(const CsvRecord& record, bool quoted)
{
    return !quoted && record.fields.size() == 1 && record.fields.first().isEmpty();
}

} // namespace

Result<CsvTable> readCsv(QIODevice& device, const QString& source)
{
    auto bytes = readAllBytes(device, source);
    if (!bytes)
        return bytes.error();
    QByteArray& data = *bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1: not UTF-8 text (save it as \"CSV UTF-8\")").arg(source));
    return readCsvText(text, u',', source);
}

Result<CsvTable> readCsvText(const QString& text, QChar separator, const QString& source)
{
    CsvTable table;
    bool haveHeader = false;
    CsvRecord record;
    QString field;
    int row = 1; // of the current record: one per record, however many lines its quoted fields span
    bool inQuotes = false;
    bool afterQuote = false; // the current field was quoted and its closing quote has been read
    bool anyQuoted = false;  // the current record has a quoted field (so it is not blank)

    auto endField = [&] {
        record.fields << field;
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&]() -> Status {
        record.row = row++;
        if (!isBlank(record, anyQuoted)) {
            if (!haveHeader) {
                table.header = record;
                haveHeader = true;
            } else {
                const auto columns = table.header.fields.size();
                if (record.fields.size() > columns)
                    return makeError(ErrorCode::Invalid,
                                     QStringLiteral("%1, row %2: %3 fields, but the header has %4 columns")
                                         .arg(source)
                                         .arg(record.row)
                                         .arg(record.fields.size())
                                         .arg(columns));
                while (record.fields.size() < columns)
                    record.fields << QString();
                table.records.push_back(record);
            }
        }
        record = CsvRecord{};
        anyQuoted = false;
        return {};
    };

    const qsizetype length = text.size();
    for (qsizetype i = 0; i < length;) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < length && text.at(i + 1) == u'"') {
                    field += u'"';
                    i += 2;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                    ++i;
                }
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == separator) {
            endField();
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            endField();
            i += (c == u'\r' && i + 1 < length && text.at(i + 1) == u'\n') ? 2 : 1;
            PDSA_TRY(endRecord());
            continue;
        }
        if (afterQuote) {
            if (c == u' ' || c == u'\t') { // spaces after a closing quote are harmless
                ++i;
                continue;
            }
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("%1, row %2, field %3: text after the closing quote of a quoted field")
                                 .arg(source)
                                 .arg(row)
                                 .arg(record.fields.size() + 1));
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear(); // spaces before an opening quote are not part of the field
            inQuotes = true;
            anyQuoted = true;
            ++i;
            continue;
        }
        field += c;
        ++i;
    }
    if (inQuotes)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1, row %2: a quoted field is not closed").arg(source).arg(row));
    if (!field.isEmpty() || !record.fields.isEmpty() || afterQuote || anyQuoted) {
        endField();
        PDSA_TRY(endRecord());
    }
    if (!haveHeader)
        return makeError(ErrorCode::Invalid, QStringLiteral("%1: the file is empty (expected a header row)").arg(source));
    return table;
}

Result<QByteArray> readAllBytes(QIODevice& device, const QString& source)
{
    if (!device.isReadable())
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot read it (not open for reading)").arg(source));
    QByteArray bytes;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 got = device.read(buffer, sizeof buffer);
        if (got < 0)
            return makeError(ErrorCode::Io, QStringLiteral("%1: cannot read it (%2)").arg(source, device.errorString()));
        if (got == 0)
            break;
        bytes.append(buffer, got);
    }
    return bytes;
}

} // namespace pdsa::import
