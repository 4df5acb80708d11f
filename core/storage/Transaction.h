#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

/// One write transaction (BEGIN IMMEDIATE); rolled back unless commit() succeeds. Not begun when
/// the workspace admits no writes (read-only, being checked for damage, or damaged).
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();

    /// Whether BEGIN succeeded; if not, error() says why.
    bool isOpen() const { return m_open; }
    Error error() const { return m_error; }
    Result<void> commit();

private:
    QSqlDatabase m_database;
    bool m_open = false;
    Error m_error;
};
