#pragma once

#include "api/LeadsEndpoint.h"
#include "common/Result.h"
#include "forms/WebFormEndpoint.h"
#include "http/ApiResponse.h"
#include "http/ApiRoutes.h"
#include "http/RequestLog.h"
#include "http/ServeOptions.h"
#include "intake/ApiCaller.h"
#include "intake/RateLimiter.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <variant>

class QTcpSocket;
class RequestSizeGuard;

/// The HTTP side of `channeldesk serve`: listens (localhost by default, HTTPS when given a
/// certificate), authenticates each API request by its bearer key, limits each key's rate,
/// dispatches to the endpoints and writes one log line per request. Requests are handled one
/// at a time on the thread of the workspace's connection.
class IntakeServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    /// Who a bearer token acts for; an error (any code) answers 401.
    using Authenticator =
        std::function<Result<ApiCaller>(const QSqlDatabase& database, const QString& token)>;

    IntakeServer(QSqlDatabase database, Authenticator authenticate, RequestLog log = RequestLog(),
                 QObject* parent = nullptr);
    ~IntakeServer() override;

    /// Starts listening as options say; returns the port (the free one chosen for port 0).
    Result<quint16> start(const ServeOptions& options);
    /// Stops taking connections and calls stopped once every request in flight is answered
    /// (or after graceMs).
    void stop(std::function<void()> stopped, int graceMs = 10'000);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    ApiResponse respond(const QHttpServerRequest& request);
    /// The caller of request's bearer key, or the 401/429 to answer.
    std::variant<ApiCaller, ApiResponse> caller(const QHttpServerRequest& request);
    /// A request to a published web form (no key: limited by the visitor's address).
    ApiResponse webFormRequest(ApiRouteId route, const QString& formId,
                               const QHttpServerRequest& request);
    /// Whether a connection still has a request coming in (part of it sent) or an answer going
    /// out.
    bool busy() const;

    QSqlDatabase m_database;
    Authenticator m_authenticate;
    RequestLog m_log;
    LeadsEndpoint m_leads;
    WebFormEndpoint m_webForms;
    RateLimiter m_rates;
    QElapsedTimer m_clock;
    RequestSizeGuard* m_guard = nullptr;
    QList<QPointer<QTcpSocket>> m_sockets; ///< connections that sent a request
};
