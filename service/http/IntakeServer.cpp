#include "http/IntakeServer.h"

#include "http/ApiRoutes.h"
#include "http/GuardedTcpServer.h"
#include "http/RequestSizeGuard.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>

namespace {

/// The OpenAPI document of the service, as built into it from docs/api/openapi.json.
ApiResponse openApiDocument()
{
    QFile file(QStringLiteral(":/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return ApiResponse::problem(ApiResponse::Status::InternalServerError,
                                    IntakeServer::tr("The API description is missing."));
    return ApiResponse{
        ApiResponse::Status::Ok, QByteArrayLiteral("application/json"), file.readAll(), {}};
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

/// The value of request's header name (case-insensitive), or an empty array.
QByteArray headerOf(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

ApiResponse methodNotAllowed(const QByteArray& allowed)
{
    return ApiResponse::problem(
               ApiResponse::Status::MethodNotAllowed,
               IntakeServer::tr("This address takes %1.").arg(QString::fromLatin1(allowed)))
        .withHeader(QByteArrayLiteral("Allow"), allowed);
}

Result<QSslConfiguration> tlsConfiguration(const ServeOptions& options)
{
    QFile certificateFile(options.tlsCertificate);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     IntakeServer::tr("Cannot read the certificate %1: %2")
                         .arg(options.tlsCertificate, certificateFile.errorString())};
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certificateFile);
    if (chain.isEmpty())
        return Error{ErrorCode::Invalid,
                     IntakeServer::tr("%1 holds no PEM certificate.").arg(options.tlsCertificate)};
    QFile keyFile(options.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, IntakeServer::tr("Cannot read the key %1: %2")
                                              .arg(options.tlsKey, keyFile.errorString())};
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa})
        if (key = QSslKey(pem, algorithm); !key.isNull())
            break;
    if (key.isNull())
        return Error{
            ErrorCode::Invalid,
            IntakeServer::tr("%1 holds no PEM private key (RSA, EC or DSA, not encrypted).")
                .arg(options.tlsKey)};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace

IntakeServer::IntakeServer(QSqlDatabase database, Authenticator authenticate, RequestLog log,
                           QObject* parent)
    : QAbstractHttpServer(parent)
    , m_database(database)
    , m_authenticate(std::move(authenticate))
    , m_log(std::move(log))
    , m_leads(database)
    , m_webForms(database)
{
    m_clock.start();
}

IntakeServer::~IntakeServer() = default;

Result<quint16> IntakeServer::start(const ServeOptions& options)
{
    QHostAddress address;
    if (options.host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(options.host))
        return Error{ErrorCode::Invalid,
                     IntakeServer::tr("%1 is not an IP address to listen on.").arg(options.host)};
    m_rates = RateLimiter(options.rateBurst, options.ratePerSecond);
    m_guard = new RequestSizeGuard(options.maxRequestBytes, this);
    QTcpServer* listener = nullptr;
    if (!options.tlsCertificate.isEmpty() || !options.tlsKey.isEmpty()) {
        if (options.tlsCertificate.isEmpty() || options.tlsKey.isEmpty())
            return Error{ErrorCode::Invalid,
                         IntakeServer::tr("HTTPS needs both --tls-cert and --tls-key.")};
        auto configuration = tlsConfiguration(options);
        if (!configuration)
            return configuration.error();
        auto* tls = new QSslServer(this);
        tls->setSslConfiguration(configuration.value());
        connect(tls, &QSslServer::startedEncryptionHandshake, m_guard, &RequestSizeGuard::watch);
        listener = tls;
    } else {
        listener = new GuardedTcpServer(m_guard, this);
    }
    if (!listener->listen(address, options.port)) {
        const QString reason = listener->errorString();
        delete listener;
        return Error{ErrorCode::CannotCreate, IntakeServer::tr("Cannot listen on %1:%2: %3")
                                                  .arg(options.host)
                                                  .arg(options.port)
                                                  .arg(reason)};
    }
    bind(listener);
    return listener->serverPort();
}

void IntakeServer::stop(std::function<void()> stopped, int graceMs)
{
    for (QTcpServer* listener : servers())
        listener->close();
    auto* poll = new QTimer(this);
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    connect(poll, &QTimer::timeout, this, [this, poll, waited, graceMs, stopped] {
        if (busy() && waited->elapsed() < graceMs)
            return;
        poll->deleteLater();
        stopped();
    });
    poll->start(20);
}

bool IntakeServer::busy() const
{
    if (m_guard && m_guard->hasPartialRequest())
        return true;
    for (const QPointer<QTcpSocket>& known : m_sockets) {
        const QTcpSocket* socket = known.data();
        if (socket != nullptr && socket->state() == QAbstractSocket::ConnectedState &&
            (socket->bytesToWrite() > 0 || socket->bytesAvailable() > 0))
            return true;
    }
    return false;
}

bool IntakeServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    if (m_guard)
        m_guard->requestRead(socket);
    m_sockets.removeIf([](const QPointer<QTcpSocket>& known) { return known.isNull(); });
    if (!m_sockets.contains(socket))
        m_sockets.append(socket);
    const ApiResponse response = respond(request);
    response.write(makeResponder(request, socket));
    m_log.write(methodName(request.method()), request.url().path(), response.statusCode(),
                double(timer.nsecsElapsed()) / 1e6);
    return true;
}

void IntakeServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest answers every request; this is Qt's fallback should that ever change.
    ApiResponse::problem(ApiResponse::Status::NotFound, IntakeServer::tr("Nothing is here."))
        .write(makeResponder(request, socket));
}

std::variant<ApiCaller, ApiResponse> IntakeServer::caller(const QHttpServerRequest& request)
{
    const QByteArray authorization = headerOf(request, QByteArrayLiteral("Authorization"));
    auto unauthorized = [](const QString& detail) {
        return ApiResponse::problem(ApiResponse::Status::Unauthorized, detail)
            .withHeader(QByteArrayLiteral("WWW-Authenticate"),
                        QByteArrayLiteral("Bearer realm=\"channeldesk\""));
    };
    if (!authorization.startsWith("Bearer ") || authorization.size() > 512)
        return unauthorized(QStringLiteral(
            "Send your API key as the header \u201cAuthorization: Bearer KEY\u201d."));
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    auto found = m_authenticate(m_database, token);
    if (!found)
        return unauthorized(IntakeServer::tr("The API key is unknown or revoked."));
    if (const int wait = m_rates.take(found->keyId, m_clock.elapsed()); wait > 0)
        return ApiResponse::problem(
                   ApiResponse::Status::TooManyRequests,
                   IntakeServer::tr("Too many requests with this key; try again in "
                                    "%1 s.")
                       .arg(wait))
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
    return found.value();
}

ApiResponse IntakeServer::respond(const QHttpServerRequest& request)
{
    const QString path = request.url().path();
    const ApiRouteMatch matched = ApiRoutes::match(path);
    if (matched.routes.isEmpty())
        return ApiResponse::problem(ApiResponse::Status::NotFound,
                                    IntakeServer::tr("Nothing is at %1.").arg(path.left(200)));
    const QString method = methodName(request.method());
    const auto route = std::find_if(matched.routes.cbegin(), matched.routes.cend(),
                                    [&method](const ApiRoute& r) { return r.method == method; });
    if (route == matched.routes.cend()) {
        QStringList allowed;
        for (const ApiRoute& r : matched.routes)
            allowed << r.method;
        return methodNotAllowed(allowed.join(QStringLiteral(", ")).toLatin1());
    }
    if (!route->needsKey) {
        switch (route->id) {
        case ApiRouteId::OpenApi:
            return openApiDocument();
        case ApiRouteId::ShowWebForm:
        case ApiRouteId::SubmitWebForm:
        case ApiRouteId::WebFormPreflight:
            return webFormRequest(route->id, matched.arguments.value(0), request);
        default:
            break;
        }
    }
    auto who = caller(request);
    if (auto* refused = std::get_if<ApiResponse>(&who))
        return *refused;
    const ApiCaller& apiCaller = std::get<ApiCaller>(who);
    switch (route->id) {
    case ApiRouteId::ReadLead:
        return m_leads.read(apiCaller, matched.arguments.value(0));
    case ApiRouteId::ListLeads:
        return m_leads.list(apiCaller, request.query());
    case ApiRouteId::CreateLead: {
        const QByteArray contentType = headerOf(request, QByteArrayLiteral("Content-Type"));
        if (!contentType.trimmed().toLower().startsWith("application/json"))
            return ApiResponse::problem(ApiResponse::Status::UnsupportedMediaType,
                                        IntakeServer::tr("Send the lead as application/json."));
        const QByteArray idempotencyKey = headerOf(request, QByteArrayLiteral("Idempotency-Key"));
        return m_leads.create(apiCaller, request.body(),
                              idempotencyKey.isNull() ? QString()
                                                      : QString::fromLatin1(idempotencyKey));
    }
    case ApiRouteId::OpenApi:
    case ApiRouteId::ShowWebForm:
    case ApiRouteId::SubmitWebForm:
    case ApiRouteId::WebFormPreflight:
        break;
    }
    return ApiResponse::problem(ApiResponse::Status::NotFound,
                                IntakeServer::tr("Nothing is at %1.").arg(path.left(200)));
}

ApiResponse IntakeServer::webFormRequest(ApiRouteId route, const QString& formId,
                                         const QHttpServerRequest& request)
{
    const QString visitor = QStringLiteral("visitor:") + request.remoteAddress().toString();
    if (const int wait = m_rates.take(visitor, m_clock.elapsed()); wait > 0)
        return ApiResponse::problem(
                   ApiResponse::Status::TooManyRequests,
                   IntakeServer::tr("Too many requests from your address; try again in %1 s.")
                       .arg(wait))
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
    const QByteArray origin = headerOf(request, QByteArrayLiteral("Origin"));
    switch (route) {
    case ApiRouteId::SubmitWebForm:
        return m_webForms.submit(formId, request.query(), request.body(),
                                 headerOf(request, QByteArrayLiteral("Content-Type")), origin);
    case ApiRouteId::WebFormPreflight:
        return m_webForms.preflight(formId, request.query(), origin);
    default:
        return m_webForms.show(formId, request.query(), origin);
    }
}
