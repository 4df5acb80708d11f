#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// What the REST service answered to a request sent with an `Idempotency-Key` header.
struct IdempotentAnswer {
    QString requestHash; ///< ApiIdempotency::requestHash of the request (method, path, body)
    QString leadId;      ///< the lead the request created, if any
    int status = 0;      ///< the HTTP status sent
    QByteArray response; ///< the body sent (UTF-8 JSON)
    qint64 createdAt = 0;
};

/// The api_idempotency table (migration 16): one answer per key and Idempotency-Key, so that a
/// retried request gets the first answer again instead of creating a second lead. The REST
/// service looks the pair up before it writes, and records the answer in the same transaction
/// as the lead; a concurrent retry then fails on the primary key (AlreadyExists) and looks again.
class ApiIdempotency {
    Q_DECLARE_TR_FUNCTIONS(ApiIdempotency)

public:
    static constexpr int maxKeyLength = 255;

    /// A translated reason why idempotencyKey cannot be used (empty, too long, not printable
    /// ASCII), or an empty string.
    static QString keyProblem(const QString& idempotencyKey);
    /// SHA-256 (hex) of what identifies a request: the same key with another request is an error
    /// for the service to report (422), not a replay.
    static QString requestHash(const QByteArray& method, const QByteArray& path,
                               const QByteArray& body);
    /// The answer recorded for apiKeyId's idempotencyKey, if any.
    static Result<std::optional<IdempotentAnswer>>
    find(const QSqlDatabase& database, const QString& apiKeyId, const QString& idempotencyKey);
    /// Records answer, in the caller's transaction; AlreadyExists when the pair has one already.
    static Result<void> record(const QSqlDatabase& database, const QString& apiKeyId,
                               const QString& idempotencyKey, const IdempotentAnswer& answer);
};
