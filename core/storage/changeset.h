// SPDX-License-Identifier: Apache-2.0
#pragma once
// Row-level records of what a piece of work changed, from SQLite's session extension: a
// changeset holds, for every row inserted, updated or deleted, its values before and after. Its
// inverse undoes the work exactly (an undoable bundle import is one changeset), and applying it
// again redoes it. Applying refuses, changing nothing, when the database no longer holds what the
// changeset expects (a row changed since).

#include "storage/database.h"

#include <QByteArray>

#include <memory>

namespace pdsa::storage {

class ChangeRecorder {
public:
    // Starts recording every change made through `db` to the tables of its main database.
    static Result<ChangeRecorder> start(Database& db);
    ChangeRecorder(ChangeRecorder&&) noexcept;
    ChangeRecorder& operator=(ChangeRecorder&&) noexcept;
    ~ChangeRecorder();

    // What was recorded so far (empty when nothing changed).
    Result<QByteArray> changeset();
    // Adds the changes that would turn each table of the attached database `from` into the same
    // table of main (tables of identical schema): recorded without writing anything.
    Status differenceFrom(const QString& from);

private:
    struct Handle;
    explicit ChangeRecorder(std::unique_ptr<Handle> handle);
    std::unique_ptr<Handle> m_handle;
};

Result<QByteArray> invertChangeset(const QByteArray& changeset);
// The changes of `first` followed by those of `second`, as one changeset.
Result<QByteArray> concatChangesets(const QByteArray& first, const QByteArray& second);
// Writes `changeset` to `db` (inside the caller's transaction, if one is open). Any row that is not
// as the changeset expects refuses the whole of it: ErrorCode::Conflict, and nothing is written
// when the caller's transaction rolls back.
Status applyChangeset(Database& db, const QByteArray& changeset);

} // namespace pdsa::storage
