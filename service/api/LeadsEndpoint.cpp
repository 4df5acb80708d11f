#include "api/LeadsEndpoint.h"

#include "intake/LeadFeed.h"
#include "intake/LeadIntake.h"
#include "integrations/ApiIdempotency.h"
#include "storage/ConnectionLoss.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

LeadsEndpoint::LeadsEndpoint(QSqlDatabase database)
    : m_database(std::move(database))
{
}

ApiResponse LeadsEndpoint::failure(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Invalid:
        return ApiResponse::problem(ApiResponse::Status::UnprocessableEntity, error.message);
    case ErrorCode::NotFound:
        return ApiResponse::problem(ApiResponse::Status::NotFound, error.message);
    case ErrorCode::PermissionDenied:
        return ApiResponse::problem(ApiResponse::Status::Forbidden, error.message);
    case ErrorCode::Conflict:
    case ErrorCode::AlreadyExists:
        return ApiResponse::problem(ApiResponse::Status::Conflict, error.message);
    case ErrorCode::Locked:
    case ErrorCode::ReadOnly:
        return ApiResponse::problem(ApiResponse::Status::ServiceUnavailable, error.message)
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
    default:
        if (ConnectionLoss::isLoss(error))
            return ApiResponse::problem(ApiResponse::Status::ServiceUnavailable, error.message)
                .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5"));
        // Storage errors name tables and statements: the log of the service has them, not the
        // client.
        return ApiResponse::problem(ApiResponse::Status::InternalServerError,
                                    LeadsEndpoint::tr("The lead could not be written or read."));
    }
}

namespace {

/// The answer recorded for a request, sent again.
ApiResponse replayed(const IdempotentAnswer& answer)
{
    ApiResponse response{ApiResponse::Status(answer.status),
                         QByteArrayLiteral("application/json"),
                         answer.response,
                         {}};
    response.withHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
    if (!answer.leadId.isEmpty())
        response.withHeader(QByteArrayLiteral("Location"),
                            QByteArrayLiteral("/api/v1/leads/") + answer.leadId.toUtf8());
    return response;
}

} // namespace

ApiResponse LeadsEndpoint::create(const ApiCaller& caller, const QByteArray& body,
                                  const QString& idempotencyKey) const
{
    QString requestHash;
    if (!idempotencyKey.isNull()) {
        if (const QString problem = ApiIdempotency::keyProblem(idempotencyKey); !problem.isEmpty())
            return ApiResponse::problem(ApiResponse::Status::BadRequest,
                                        tr("Idempotency-Key: %1").arg(problem));
        requestHash = ApiIdempotency::requestHash("POST", "/api/v1/leads", body);
    }
    // The answer to this key's request, if it has one: sent again, or refused when the key
    // came with another request.
    auto earlier = [&]() -> std::optional<ApiResponse> {
        auto found = ApiIdempotency::find(m_database, caller.keyId, idempotencyKey);
        if (!found)
            return failure(found.error());
        if (!found->has_value())
            return std::nullopt;
        if (found->value().requestHash != requestHash)
            return ApiResponse::problem(ApiResponse::Status::UnprocessableEntity,
                                        tr("This Idempotency-Key was used for another request; "
                                           "use a new key for a new lead."));
        return replayed(found->value());
    };
    if (!requestHash.isEmpty())
        if (auto answer = earlier())
            return *answer;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiResponse::problem(ApiResponse::Status::BadRequest,
                                    tr("The body is not JSON: %1 at character %2.")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    if (!document.isObject())
        return ApiResponse::problem(ApiResponse::Status::BadRequest,
                                    tr("The body must be one JSON object: a lead."));
    auto created = [](const QString& leadId) {
        const QString location = QStringLiteral("/api/v1/leads/") + leadId;
        return ApiResponse::json(QJsonObject{{QStringLiteral("id"), leadId},
                                             {QStringLiteral("location"), location}},
                                 ApiResponse::Status::Created)
            .withHeader(QByteArrayLiteral("Location"), location.toUtf8());
    };
    QList<LeadRowProblem> problems;
    auto leadId = LeadIntake::create(m_database, caller.acting, document.object(), &problems,
                                     [&](const QString& newLeadId) -> Result<void> {
                                         if (requestHash.isEmpty())
                                             return {};
                                         const ApiResponse answer = created(newLeadId);
                                         return ApiIdempotency::record(
                                             m_database, caller.keyId, idempotencyKey,
                                             IdempotentAnswer{requestHash, newLeadId,
                                                              answer.statusCode(), answer.body,
                                                              QDateTime::currentMSecsSinceEpoch()});
                                     });
    if (!leadId) {
        // A retry that raced the first request: the first one's answer is there now.
        if (leadId.error().code == ErrorCode::AlreadyExists && !requestHash.isEmpty())
            if (auto answer = earlier())
                return *answer;
        if (leadId.error().code == ErrorCode::Invalid) {
            QJsonObject fields;
            for (const LeadRowProblem& problem : problems)
                fields.insert(problem.field, problem.reason);
            return ApiResponse::problem(ApiResponse::Status::UnprocessableEntity,
                                        leadId.error().message, fields);
        }
        return failure(leadId.error());
    }
    return created(leadId.value());
}

ApiResponse LeadsEndpoint::read(const ApiCaller& caller, const QString& leadId) const
{
    auto lead = LeadFeed::lead(m_database, caller.acting, leadId);
    if (!lead)
        return failure(lead.error());
    return ApiResponse::json(lead.value());
}

ApiResponse LeadsEndpoint::list(const ApiCaller& caller, const QUrlQuery& query) const
{
    LeadFeedQuery feed;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("status")) {
            feed.status = value;
        } else if (key == QLatin1String("cursor")) {
            feed.cursor = value;
        } else if (key == QLatin1String("updated_since")) {
            const QDateTime since = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (!since.isValid())
                return ApiResponse::problem(
                    ApiResponse::Status::BadRequest,
                    LeadsEndpoint::tr("updated_since: give a time in ISO 8601, e.g. "
                                      "2026-12-01T00:00:00Z."));
            feed.updatedSince = since.toMSecsSinceEpoch();
        } else if (key == QLatin1String("limit")) {
            bool ok = false;
            feed.limit = value.toInt(&ok);
            if (!ok)
                feed.limit = 0;
        } else {
            return ApiResponse::problem(
                ApiResponse::Status::BadRequest,
                LeadsEndpoint::tr("Unknown parameter \u201c%1\u201d: give status, updated_since, "
                                  "cursor or limit.")
                    .arg(key.left(50)));
        }
    }
    auto page = LeadFeed::page(m_database, caller.acting, feed);
    if (!page) {
        if (page.error().code == ErrorCode::Invalid)
            return ApiResponse::problem(ApiResponse::Status::BadRequest, page.error().message);
        return failure(page.error());
    }
    QJsonArray leads;
    for (const QJsonObject& lead : std::as_const(page->leads))
        leads.append(lead);
    QJsonObject answer{{QStringLiteral("leads"), leads}};
    answer.insert(QStringLiteral("next_cursor"), page->nextCursor.isEmpty()
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(page->nextCursor));
    return ApiResponse::json(answer);
}
