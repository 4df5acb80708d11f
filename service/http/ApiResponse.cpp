#include "http/ApiResponse.h"

#include <QJsonDocument>

namespace {

/// The reason phrase of the statuses the service answers with (RFC 9110), for problem titles.
QString titleOf(ApiResponse::Status status)
{
    switch (int(status)) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Content Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return int(status) >= 500 ? QStringLiteral("Internal Server Error") : QString();
    }
}

} // namespace

ApiResponse ApiResponse::json(const QJsonObject& object, Status status)
{
    return ApiResponse{status,
                       QByteArrayLiteral("application/json"),
                       QJsonDocument(object).toJson(QJsonDocument::Compact),
                       {}};
}

ApiResponse ApiResponse::problem(Status status, const QString& detail, const QJsonObject& fields)
{
    QJsonObject object{{QStringLiteral("title"), titleOf(status)},
                       {QStringLiteral("status"), int(status)},
                       {QStringLiteral("detail"), detail}};
    if (!fields.isEmpty())
        object.insert(QStringLiteral("errors"), fields);
    return ApiResponse{status,
                       QByteArrayLiteral("application/problem+json"),
                       QJsonDocument(object).toJson(QJsonDocument::Compact),
                       {}};
}

ApiResponse ApiResponse::html(const QByteArray& page, Status status)
{
    return ApiResponse{status, QByteArrayLiteral("text/html; charset=utf-8"), page, {}};
}

ApiResponse& ApiResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

QByteArray ApiResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

void ApiResponse::write(QHttpServerResponder&& responder) const
{
    responder.writeStatusLine(status);
    if (!contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeHeader(QByteArrayLiteral("X-Content-Type-Options"),
                          QByteArrayLiteral("nosniff"));
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    responder.writeHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    // A page sets its own policy when other sites may embed it (a published web form).
    if (contentType.startsWith("text/html") && header("Content-Security-Policy").isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Security-Policy"),
                              QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; "
                                                "form-action 'self'; frame-ancestors 'none'"));
    for (const auto& [name, value] : headers)
        responder.writeHeader(name, value);
    responder.writeBody(body);
}
