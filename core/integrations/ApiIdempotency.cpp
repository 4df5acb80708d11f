#include "integrations/ApiIdempotency.h"

#include "storage/SqlError.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <algorithm>

QString ApiIdempotency::keyProblem(const QString& idempotencyKey)
{
    if (idempotencyKey.isEmpty())
        return tr("The Idempotency-Key header is empty.");
    if (idempotencyKey.size() > maxKeyLength)
        return tr("The Idempotency-Key header has at most %1 characters.").arg(maxKeyLength);
    if (!std::all_of(idempotencyKey.cbegin(), idempotencyKey.cend(),
                     [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; }))
        return tr("The Idempotency-Key header takes printable ASCII characters without spaces.");
    return {};
}

QString ApiIdempotency::requestHash(const QByteArray& method, const QByteArray& path,
                                    const QByteArray& body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Lengths first, so that no two different requests give the same bytes.
    for (const QByteArray& part : {method, path, body}) {
        hash.addData(QByteArray::number(part.size()) + ':');
        hash.addData(part);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<std::optional<IdempotentAnswer>> ApiIdempotency::find(const QSqlDatabase& database,
                                                             const QString& apiKeyId,
                                                             const QString& idempotencyKey)
{
    auto query = SqlError::select(
        database,
        QStringLiteral("SELECT request_hash, lead_id, status, response, created_at "
                       "FROM api_idempotency WHERE key_id = ? AND idempotency_key = ?"),
        {apiKeyId, idempotencyKey});
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = SqlError::readToEnd(query.value()); !read)
            return read.error();
        return std::optional<IdempotentAnswer>();
    }
    IdempotentAnswer answer;
    answer.requestHash = query->value(0).toString();
    answer.leadId = query->value(1).toString();
    answer.status = query->value(2).toInt();
    answer.response = query->value(3).toString().toUtf8();
    answer.createdAt = query->value(4).toLongLong();
    return std::optional(answer);
}

Result<void> ApiIdempotency::record(const QSqlDatabase& database, const QString& apiKeyId,
                                    const QString& idempotencyKey, const IdempotentAnswer& answer)
{
    if (auto existing = find(database, apiKeyId, idempotencyKey); !existing)
        return existing.error();
    else if (existing->has_value())
        return Error{ErrorCode::AlreadyExists,
                     tr("A request with this Idempotency-Key was answered already.")};
    return SqlError::run(
        database,
        QStringLiteral("INSERT INTO api_idempotency(key_id, idempotency_key, request_hash, "
                       "lead_id, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {apiKeyId, idempotencyKey, answer.requestHash,
         answer.leadId.isEmpty() ? QVariant() : QVariant(answer.leadId), answer.status,
         QString::fromUtf8(answer.response), answer.createdAt});
}
