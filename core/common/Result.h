#pragma once

#include <QString>

#include <optional>
#include <utility>

/// What went wrong, as a category the caller can branch on and a translated sentence for people.
enum class ErrorCode {
    NotFound,
    AlreadyExists,
    NotADatabase,
    Corrupt,
    NewerSchema,
    Locked,
    ReadOnly,
    CannotCreate,
    Storage,
    Invalid,
    PermissionDenied,
};

struct Error {
    ErrorCode code = ErrorCode::Storage;
    QString message;
};

/// A value or an Error; core functions return this instead of throwing.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};
