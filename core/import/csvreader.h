// SPDX-License-Identifier: Apache-2.0
#pragma once
// A small, strict CSV reader (RFC 4180) for the files `pdsa chart` reads: UTF-8 with or without a
// byte-order mark; comma-separated; fields may be quoted, a quoted field may hold commas, line
// breaks and doubled quotes (""); records end with CRLF, LF or CR; blank lines are skipped.
// It reads a QIODevice, never a file name, so tests can give it a buffer or a failing device.
//
// Row numbers are the ones a spreadsheet shows for the file: the first line is row 1 (normally
// the header), blank lines count, and a record whose quoted field spans several lines is one row.
// (The CSV import of measure data, measurecsv.h, decodes Windows-1252 and picks the separator
// itself, then parses with readCsvText.)
//
// It lives in core/import rather than core/analysis because it reads files: the chart engine
// stays free of I/O, and analysis/chartinput.cpp, which turns a CSV file into subgroups for
// `pdsa chart`, calls it.

#include "util/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <vector>

namespace pdsa::import {

struct CsvRecord {
    int row = 0; // 1-based, as a spreadsheet numbers it
    QStringList fields;
};

struct CsvTable {
    CsvRecord header; // the first record that is not blank
    std::vector<CsvRecord> records;
};

// Errors name `source` and the row: "data.csv, row 4: a quoted field is not closed". A device
// that cannot be read gives ErrorCode::Io; text that is not a CSV file ErrorCode::Invalid. A
// record with more fields than the header is refused; one with fewer is padded with empty fields.
// Every byte a device has to give (both CSV readers start here); the message names `source`.
Result<QByteArray> readAllBytes(QIODevice& device, const QString& source);

Result<CsvTable> readCsv(QIODevice& device, const QString& source);

// The same parser over text already decoded, with another field separator (the measure data
// import reads semicolon-separated files and Windows-1252 text, and decodes them itself).
Result<CsvTable> readCsvText(const QString& text, QChar separator, const QString& source);

} // namespace pdsa::import
