// SPDX-License-Identifier: Apache-2.0
// The CSV reader behind `pdsa chart`: quoted fields, doubled quotes, line breaks inside quotes,
// CRLF, a byte-order mark, blank lines, spreadsheet row numbers, and every refusal's message.

#include "analysistesting.h"

#include "import/csvreader.h"

#include <QBuffer>

using namespace pdsa::import;

namespace {

pdsa::Result<CsvTable> read(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readCsv(buffer, QStringLiteral("data.csv"));
}

// A device that gives `limit` bytes and then fails, like a file on a disk that goes away.
class FailingDevice : public QIODevice {
public:
    explicit FailingDevice(qint64 limit) : m_limit(limit) { open(QIODevice::ReadOnly); }

protected:
    qint64 readData(char* data, qint64 size) override
    {
        if (m_given >= m_limit) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 count = std::min(size, m_limit - m_given);
        for (qint64 i = 0; i < count; ++i)
            data[i] = 'x';
        m_given += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }
    bool isSequential() const override { return true; }

private:
    qint64 m_limit;
    qint64 m_given = 0;
};

} // namespace

TEST(CsvReader, reads_a_header_and_records)
{
    const auto table = read("x,y,n\n1,2,3\n4,5,6\n");
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    EXPECT_EQ(table->header.fields, (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("n")}));
    ASSERT_EQ(table->records.size(), 2u);
    EXPECT_EQ(table->records[0].row, 2);
    EXPECT_EQ(table->records[1].fields.at(2), QStringLiteral("6"));
}

TEST(CsvReader, quoted_fields_hold_commas_doubled_quotes_and_line_breaks)
{
    const auto table = read("x,y,note\r\n1,2,\"a, \"\"quoted\"\" note\"\r\n2,3,\"two\r\nlines\"\r\n3,4,\"\"\r\n");
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    ASSERT_EQ(table->records.size(), 3u);
    EXPECT_EQ(table->records[0].fields.at(2), QStringLiteral("a, \"quoted\" note"));
    EXPECT_EQ(table->records[1].fields.at(2), QStringLiteral("two\r\nlines"));
    EXPECT_EQ(table->records[2].row, 4); // the record with two lines is one row
    EXPECT_EQ(table->records[2].fields.at(2), QString());
}

TEST(CsvReader, accepts_crlf_lf_and_cr_and_a_missing_last_line_break)
{
    for (const QByteArray& bytes : {QByteArray("x,y\r\n1,2\r\n3,4"), QByteArray("x,y\n1,2\n3,4\n"),
                                    QByteArray("x,y\r1,2\r3,4\r")}) {
        const auto table = read(bytes);
        ASSERT_TRUE(table.ok());
        ASSERT_EQ(table->records.size(), 2u);
        EXPECT_EQ(table->records[1].fields, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    }
}

TEST(CsvReader, skips_a_byte_order_mark_and_decodes_utf8)
{
    const auto table = read("\xEF\xBB\xBFx,y,note\n1,2,Malm\xC3\xB6\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->header.fields.first(), QStringLiteral("x"));
    EXPECT_EQ(table->records[0].fields.at(2), QString::fromUtf8("Malm\xC3\xB6"));
}

TEST(CsvReader, skips_blank_lines_but_counts_them_as_rows)
{
    const auto table = read("\nx,y\n1,2\n\n\n3,4\n\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->header.row, 2);
    ASSERT_EQ(table->records.size(), 2u);
    EXPECT_EQ(table->records[1].row, 6);
}

TEST(CsvReader, pads_short_records_and_refuses_long_ones)
{
    const auto table = read("x,y,n\n1,2\n");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->records[0].fields.size(), 3);
    const auto tooLong = read("x,y\n1,2\n3,4,5\n");
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().message, QStringLiteral("data.csv, row 3: 3 fields, but the header has 2 columns"));
}

TEST(CsvReader, refuses_an_unclosed_quote_and_text_after_a_closing_quote)
{
    const auto unclosed = read("x,y\n1,\"2\n3,4\n");
    ASSERT_FALSE(unclosed.ok());
    EXPECT_EQ(unclosed.error().message, QStringLiteral("data.csv, row 2: a quoted field is not closed"));
    const auto after = read("x,y\n1,\"2\"3\n");
    ASSERT_FALSE(after.ok());
    EXPECT_EQ(after.error().message,
              QStringLiteral("data.csv, row 2, field 2: text after the closing quote of a quoted field"));
    EXPECT_TRUE(read("x,y\n1, \"2\" \n").ok()); // spaces around quotes are harmless
}

TEST(CsvReader, refuses_an_empty_file_and_text_that_is_not_utf8)
{
    EXPECT_EQ(read("").error().message, QStringLiteral("data.csv: the file is empty (expected a header row)"));
    EXPECT_EQ(read("\n\n").error().message, QStringLiteral("data.csv: the file is empty (expected a header row)"));
    const auto latin1 = read("x,y,note\n1,2,Malm\xF6\n");
    ASSERT_FALSE(latin1.ok());
    EXPECT_EQ(latin1.error().message, QStringLiteral("data.csv: not UTF-8 text (save it as \"CSV UTF-8\")"));
}

TEST(CsvReader, reports_a_device_that_fails_while_reading)
{
    FailingDevice device(10);
    const auto table = readCsv(device, QStringLiteral("data.csv"));
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().code, pdsa::ErrorCode::Io);
    EXPECT_EQ(table.error().message, QStringLiteral("data.csv: cannot read it (Input/output error)"));
}
