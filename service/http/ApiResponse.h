#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

/// One HTTP response of the service: status, a strict content type, headers and body. Errors
/// are RFC 9457 problem documents (application/problem+json) with a title, the status, a detail
/// in words and, for a refused lead, the reason for each field ("errors").
struct ApiResponse {
    using Status = QHttpServerResponder::StatusCode;

    Status status = Status::Ok;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static ApiResponse json(const QJsonObject& object, Status status = Status::Ok);
    /// A problem document; fields (key → reason) when the request's fields were refused.
    static ApiResponse problem(Status status, const QString& detail,
                               const QJsonObject& fields = {});
    static ApiResponse html(const QByteArray& page, Status status = Status::Ok);

    int statusCode() const { return int(status); }
    ApiResponse& withHeader(const QByteArray& name, const QByteArray& value);
    /// The value of the header name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray& name) const;
    /// Writes the response, with the headers every response carries.
    void write(QHttpServerResponder&& responder) const;
};
