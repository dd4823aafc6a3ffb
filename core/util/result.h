// SPDX-License-Identifier: Apache-2.0
#pragma once
// Errors as values. Every operation that can fail for reasons outside the programmer's control
// (a file, user input, the disk) returns Result<T>: either a value or an Error whose message is
// written for the person at the keyboard and names the file, record or field concerned.

#include <QString>

#include <utility>
#include <variant>

namespace pdsa {

enum class ErrorCode {
    Io,           // the file system refused (missing file, permissions, disk full)
    NotWorkspace, // the file is not a PDSA Tracker workspace
    Damaged,      // the file is a workspace but fails its integrity check
    TooNew,       // written by a newer version of the app
    Busy,         // open in another PDSA Tracker window or process
    Invalid,      // a value breaks a rule (out of range, missing, inconsistent)
    NotFound,     // no such record
    Storage,      // SQLite reported an error
    Usage,        // the command was called wrongly
    Cancelled,    // the user stopped it; nothing was written
    NotYours,     // the record is someone else's here (the workspace's edit rights); nothing was written
};

struct Error {
    ErrorCode code = ErrorCode::Storage;
    QString message;
};

inline Error makeError(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    // By value, not T&&: `for (auto& x : repo.all().value())` must not bind to a dead temporary.
    T value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

// Propagates an error from an expression returning Result<...> out of the current function. The
// result's name carries the line, so that a PDSA_TRY inside a lambda given to another does not
// shadow the outer one's.
#define PDSA_TRY_NAME_(line) pdsa_try_result_##line
#define PDSA_TRY_AT_(expr, name)                                                                             \
    do {                                                                                                     \
        if (auto name = (expr); !name.ok())                                                                  \
            return name.error();                                                                             \
    } while (false)
#define PDSA_TRY_LINE_(expr, line) PDSA_TRY_AT_(expr, PDSA_TRY_NAME_(line))
#define PDSA_TRY(expr) PDSA_TRY_LINE_(expr, __LINE__)

} // namespace pdsa
