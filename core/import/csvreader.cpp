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

namespace {

// Reads CSV text character by character into a table: the first record that is not blank is the
// header; records are padded to the header's width, and refused when wider.
class CsvParser {
public:
    CsvParser(QChar separator, const QString& source)
        : m_separator(separator)
        , m_source(source)
    {
    }

    // Reads the character at `i` (two for an escaped quote or a CR LF) and moves `i` past it.
    Status read(const QString& text, qsizetype& i);
    // The table, once the text has been read.
    Result<CsvTable> finish();

private:
    void endField()
    {
        m_record.fields << m_field;
        m_field.clear();
        m_afterQuote = false;
    }
    Status endRecord();
    void readQuoted(const QString& text, qsizetype& i);

    const QChar m_separator;
    const QString& m_source;
    CsvTable m_table;
    bool m_haveHeader = false;
    CsvRecord m_record;
    QString m_field;
    int m_row = 1; // of the current record: one per record, however many lines its quoted fields span
    bool m_inQuotes = false;
    bool m_afterQuote = false; // the current field was quoted and its closing quote has been read
    bool m_anyQuoted = false;  // the current record has a quoted field (so it is not blank)
};

Status CsvParser::endRecord()
{
    m_record.row = m_row++;
    if (!isBlank(m_record, m_anyQuoted)) {
        if (!m_haveHeader) {
            m_table.header = m_record;
            m_haveHeader = true;
        } else {
            const auto columns = m_table.header.fields.size();
            if (m_record.fields.size() > columns)
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("%1, row %2: %3 fields, but the header has %4 columns")
                                     .arg(m_source)
                                     .arg(m_record.row)
                                     .arg(m_record.fields.size())
                                     .arg(columns));
            while (m_record.fields.size() < columns)
                m_record.fields << QString();
            m_table.records.push_back(m_record);
        }
    }
    m_record = CsvRecord{};
    m_anyQuoted = false;
    return {};
}

// Inside quotes: a doubled quote is one quote, a single one closes the field.
void CsvParser::readQuoted(const QString& text, qsizetype& i)
{
    const QChar c = text.at(i);
    if (c == u'"') {
        if (i + 1 < text.size() && text.at(i + 1) == u'"') {
            m_field += u'"';
            i += 2;
        } else {
            m_inQuotes = false;
            m_afterQuote = true;
            ++i;
        }
        return;
    }
    m_field += c;
    ++i;
}

Status CsvParser::read(const QString& text, qsizetype& i)
{
    const qsizetype length = text.size();
    const QChar c = text.at(i);
    if (m_inQuotes) {
        readQuoted(text, i);
        return {};
    }
    if (c == m_separator) {
        endField();
        ++i;
        return {};
    }
    if (c == u'\r' || c == u'\n') {
        endField();
        i += (c == u'\r' && i + 1 < length && text.at(i + 1) == u'\n') ? 2 : 1;
        return endRecord();
    }
    if (m_afterQuote) {
        if (c == u' ' || c == u'\t') { // spaces after a closing quote are harmless
            ++i;
            return {};
        }
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1, row %2, field %3: text after the closing quote of a quoted field")
                             .arg(m_source)
                             .arg(m_row)
                             .arg(m_record.fields.size() + 1));
    }
    if (c == u'"' && m_field.trimmed().isEmpty()) {
        m_field.clear(); // spaces before an opening quote are not part of the field
        m_inQuotes = true;
        m_anyQuoted = true;
        ++i;
        return {};
    }
    m_field += c;
    ++i;
    return {};
}

Result<CsvTable> CsvParser::finish()
{
    if (m_inQuotes)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1, row %2: a quoted field is not closed").arg(m_source).arg(m_row));
    if (!m_field.isEmpty() || !m_record.fields.isEmpty() || m_afterQuote || m_anyQuoted) {
        endField();
        PDSA_TRY(endRecord());
    }
    if (!m_haveHeader)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1: the file is empty (expected a header row)").arg(m_source));
    return m_table;
}

} // namespace

Result<CsvTable> readCsvText(const QString& text, QChar separator, const QString& source)
{
    CsvParser parser(separator, source);
    for (qsizetype i = 0; i < text.size();)
        PDSA_TRY(parser.read(text, i));
    return parser.finish();
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
