#pragma once

#include <QString>
#include <QtGlobal>

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
    /// Another user changed or deleted the record since it was read (optimistic concurrency).
    Conflict,
};

struct Error {
    ErrorCode code = ErrorCode::Storage;
    QString message;
};

/// A value or an Error; core functions return this instead of throwing. Reading the value of an
/// Error stops the program with the error's message, in every build (a bug, never a user's
/// mistake: check ok() first).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return checked(); }
    T& value() & { return checked(); }
    T&& value() && { return std::move(checked()); }
    const T* operator->() const { return &checked(); }
    T* operator->() { return &checked(); }
    const Error& error() const { return m_error; }

private:
    void requireValue() const
    {
        if (Q_UNLIKELY(!m_value))
            qFatal("Result: the value of an error was read: %s", qUtf8Printable(m_error.message));
    }
    T& checked()
    {
        requireValue();
        return *m_value;
    }
    const T& checked() const
    {
        requireValue();
        return *m_value;
    }

    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};
