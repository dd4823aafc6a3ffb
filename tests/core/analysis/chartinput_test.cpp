// SPDX-License-Identifier: Apache-2.0
// Reading a chart's x, y, n file: columns by name, every cell checked with its row and column
// named, x ordering, aggregation of repeated x, and the refusals per chart type.

#include "analysistesting.h"

#include "analysis/chartinput.h"

#include <QBuffer>

using namespace pdsa::analysis;
using namespace pdsa::analysis::test;

namespace {

pdsa::Result<ChartData> read(const QByteArray& bytes, ChartType type = ChartType::Run,
                             Aggregation aggregation = Aggregation::Mean)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readChartData(buffer, QStringLiteral("data.csv"), type, aggregation);
}

QString refusal(const QByteArray& bytes, ChartType type = ChartType::Run)
{
    const auto data = read(bytes, type);
    EXPECT_FALSE(data.ok());
    return data.ok() ? QString() : data.error().message;
}

} // namespace

TEST(ChartInput, reads_numbers_in_x_order_with_missing_values)
{
    const auto data = read("x,y\n3,30\n1,10\n2,\n");
    ASSERT_TRUE(data.ok()) << data.error().message.toStdString();
    EXPECT_EQ(data->xKind, XKind::Number);
    ASSERT_EQ(data->x.size(), 3u);
    EXPECT_DOUBLE_EQ(data->x[0].key, 1.0);
    EXPECT_DOUBLE_EQ(data->subgroups[0].y, 10.0);
    EXPECT_TRUE(isNa(data->subgroups[1].y));
    EXPECT_DOUBLE_EQ(data->subgroups[2].y, 30.0);
}

TEST(ChartInput, columns_are_found_by_name_in_any_order_and_case)
{
    const auto data = read("note, N ,Y,X\nhello,50,5,1\n", ChartType::P);
    ASSERT_TRUE(data.ok()) << data.error().message.toStdString();
    EXPECT_TRUE(data->hasDenominator);
    EXPECT_DOUBLE_EQ(data->subgroups[0].y, 0.1);
    EXPECT_DOUBLE_EQ(data->subgroups[0].n, 50.0);
}

TEST(ChartInput, dates_and_months_sort_in_time)
{
    const auto months = read("x,y\n2025-10,3\n2025-02,1\n2024-12,0\n");
    ASSERT_TRUE(months.ok());
    EXPECT_EQ(months->xKind, XKind::Month);
    EXPECT_EQ(months->x[0].text, QStringLiteral("2024-12"));
    EXPECT_EQ(months->x[2].text, QStringLiteral("2025-10"));
    const auto dates = read("x,y\n2025-03-10,3\n2025-03-09,1\n");
    ASSERT_TRUE(dates.ok());
    EXPECT_EQ(dates->xKind, XKind::Date);
    EXPECT_EQ(dates->x[0].text, QStringLiteral("2025-03-09"));
}

TEST(ChartInput, repeated_x_is_aggregated_by_mean_or_median)
{
    const QByteArray csv = "x,y\n1,1\n1,2\n1,9\n2,4\n";
    EXPECT_DOUBLE_EQ(read(csv)->subgroups[0].y, 4.0);
    EXPECT_DOUBLE_EQ(read(csv, ChartType::Run, Aggregation::Median)->subgroups[0].y, 2.0);
    EXPECT_EQ(read(csv, ChartType::Xbar)->subgroups[0].yCount, 3);
    EXPECT_DOUBLE_EQ(read(csv, ChartType::C)->subgroups[0].ySum, 12.0);
}

TEST(ChartInput, with_a_denominator_repeated_x_is_the_ratio_of_sums_over_complete_pairs)
{
    // (3/10, 4/20, missing/30): (3 + 4)/(10 + 20).
    const auto data = read("x,y,n\n1,3,10\n1,4,20\n1,,30\n2,1,10\n", ChartType::U);
    ASSERT_TRUE(data.ok());
    EXPECT_DOUBLE_EQ(data->subgroups[0].y, 7.0 / 30.0);
    EXPECT_DOUBLE_EQ(data->subgroups[0].n, 30.0);
}

TEST(ChartInput, rows_without_x_are_dropped)
{
    const auto data = read("x,y\n1,5\n,99\n2,6\n");
    ASSERT_TRUE(data.ok());
    EXPECT_EQ(data->subgroups.size(), 2u);
}

TEST(ChartInput, c_xbar_and_s_charts_do_not_read_the_n_column)
{
    const auto data = read("x,y,n\n1,3,oops\n1,4,\n", ChartType::C);
    ASSERT_TRUE(data.ok());
    EXPECT_FALSE(data->hasDenominator);
    EXPECT_DOUBLE_EQ(data->subgroups[0].ySum, 7.0);
}

TEST(ChartInput, names_the_row_and_column_of_text_where_a_number_belongs)
{
    EXPECT_EQ(refusal("x,y\n1,2\n2,3\n3,4\n4,5\n5,6\n6,n/a\n"),
              QStringLiteral("data.csv, row 7, column y: expected a number, got \"n/a\""));
    EXPECT_EQ(refusal("x,Y,n\n1,2,ten\n", ChartType::P),
              QStringLiteral("data.csv, row 2, column n: expected a number, got \"ten\""));
    EXPECT_EQ(refusal("x,y\n1,\"1,5\"\n"), QStringLiteral("data.csv, row 2, column y: expected a number, got \"1,5\""));
    EXPECT_EQ(refusal("x,y\n1,inf\n"), QStringLiteral("data.csv, row 2, column y: expected a number, got \"inf\""));
    EXPECT_EQ(refusal("x,y\n1,nan\n"), QStringLiteral("data.csv, row 2, column y: expected a number, got \"nan\""));
}

TEST(ChartInput, names_an_x_that_is_neither_a_number_nor_a_date)
{
    EXPECT_EQ(refusal("x,y\nJanuary,2\n"),
              QStringLiteral("data.csv, row 2, column x: expected a number or a date (YYYY-MM-DD or YYYY-MM), got "
                             "\"January\""));
    EXPECT_EQ(refusal("x,y\n2025-01,2\n2025-02-01,3\n"),
              QStringLiteral("data.csv, row 3, column x: expected a month written YYYY-MM like the rows above, got "
                             "\"2025-02-01\""));
    EXPECT_EQ(refusal("x,y\n2025-13,2\n"),
              QStringLiteral("data.csv, row 2, column x: expected a number or a date (YYYY-MM-DD or YYYY-MM), got "
                             "\"2025-13\""));
}

TEST(ChartInput, refuses_a_missing_column)
{
    EXPECT_EQ(refusal("x,value\n1,2\n"),
              QStringLiteral("data.csv: no column y in the header (its columns are: x, value)"));
    EXPECT_EQ(refusal("x,y\n1,2\n", ChartType::P),
              QStringLiteral("data.csv: no column n in the header; a p chart needs the denominator of each value"));
    EXPECT_EQ(refusal("x,y,X\n1,2,3\n"), QStringLiteral("data.csv, row 1: column x appears twice in the header"));
}

TEST(ChartInput, refuses_a_count_above_its_denominator_for_p)
{
    EXPECT_EQ(refusal("x,y,n\n1,5,10\n2,12,10\n", ChartType::P),
              QStringLiteral("data.csv, row 3, column y: the count 12 is above its denominator 10"));
    EXPECT_EQ(refusal("x,y,n\n1,5,10\n2,-1,10\n", ChartType::PP),
              QStringLiteral("data.csv, row 3, column y: a count cannot be negative, got -1"));
}

TEST(ChartInput, refuses_a_positive_count_over_a_zero_denominator_for_p_and_keeps_zero_over_zero)
{
    EXPECT_EQ(refusal("x,y,n\n1,5,10\n2,3,0\n", ChartType::P),
              QStringLiteral("data.csv, row 3, column y: a count of 3 over a denominator of 0 (only a count of 0 can "
                             "have no denominator)"));
    const auto gap = read("x,y,n\n1,5,10\n2,0,0\n", ChartType::P);
    ASSERT_TRUE(gap.ok());
    EXPECT_TRUE(isNa(gap->subgroups[1].y));
    // For u the same row is a gap: the refusal is for P (docs/chart-rules.md §4).
    const auto u = read("x,y,n\n1,5,10\n2,3,0\n", ChartType::U);
    ASSERT_TRUE(u.ok());
    EXPECT_FALSE(std::isfinite(u->subgroups[1].y));
}

TEST(ChartInput, refuses_negative_denominators_counts_and_times)
{
    EXPECT_EQ(refusal("x,y,n\n1,5,-10\n", ChartType::U),
              QStringLiteral("data.csv, row 2, column n: a denominator cannot be negative, got -10"));
    EXPECT_EQ(refusal("x,y\n1,-2\n", ChartType::C),
              QStringLiteral("data.csv, row 2, column y: a count cannot be negative, got -2"));
    EXPECT_EQ(refusal("x,y\n1,-2\n", ChartType::G),
              QStringLiteral("data.csv, row 2, column y: a number of opportunities between events cannot be negative, "
                             "got -2"));
    EXPECT_EQ(refusal("x,y\n1,4\n2,0\n", ChartType::T),
              QStringLiteral("data.csv, row 3, column y: a time between events must be greater than zero, got 0"));
    EXPECT_TRUE(read("x,y\n1,-2\n", ChartType::I).ok()); // an i chart may go negative
}

TEST(ChartInput, row_numbers_count_the_lines_a_spreadsheet_shows)
{
    // Header on row 1, a blank row 3, a record spanning rows 4–5 (one spreadsheet row: 4), then row 5.
    EXPECT_EQ(refusal("x,y,note\n1,2,a\n\n2,3,\"two\nlines\"\n3,x,\n"),
              QStringLiteral("data.csv, row 5, column y: expected a number, got \"x\""));
}
