#include "ServiceClient.h"
#include "TestWorkspace.h"

#include "http/ApiRoutes.h"
#include "http/IntakeServer.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

namespace {

QJsonObject document()
{
    QFile file(QStringLiteral(CHANNELDESK_OPENAPI_FILE));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(json.isObject());
    return json.object();
}

} // namespace

TEST_CASE("The OpenAPI document describes exactly the service's routes", "[service][openapi]")
{
    const QJsonObject openApi = document();
    CHECK(openApi.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.")));
    QSet<QString> documented;
    const QJsonObject paths = openApi.value(QStringLiteral("paths")).toObject();
    for (auto path = paths.constBegin(); path != paths.constEnd(); ++path)
        for (const QString& method : path.value().toObject().keys())
            if (method != QLatin1String("parameters")) // shared by the path's operations
                documented << method.toUpper() + QLatin1Char(' ') + path.key();
    QSet<QString> served;
    for (const ApiRoute& route : ApiRoutes::all())
        served << route.method + QLatin1Char(' ') + route.path;
    CHECK(documented == served);
    // each operation says how it fails when it needs a key
    for (const ApiRoute& route : ApiRoutes::all()) {
        const QJsonObject responses = paths.value(route.path)
                                          .toObject()
                                          .value(route.method.toLower())
                                          .toObject()
                                          .value(QStringLiteral("responses"))
                                          .toObject();
        INFO((route.method + QLatin1Char(' ') + route.path).toStdString());
        CHECK(responses.contains(QStringLiteral("401")) == route.needsKey);
    }
}

TEST_CASE("The service serves its OpenAPI document and answers every documented route",
          "[service][openapi]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    IntakeServer server(
        workspace->database(), [](const QSqlDatabase&, const QString&) -> Result<ApiCaller> {
            return Error{ErrorCode::PermissionDenied, QStringLiteral("no keys here")};
        });
    ServeOptions options;
    options.port = 0;
    auto port = server.start(options);
    REQUIRE(port);
    ServiceClient client(port.value());
    const ServiceReply served = client.send("GET", QStringLiteral("/api/v1/openapi.json"));
    REQUIRE(served.status == 200);
    CHECK(served.header("Content-Type") == "application/json");
    CHECK(QJsonDocument::fromJson(served.body).object() == document());
    for (const ApiRoute& route : ApiRoutes::all()) {
        QString path = route.path;
        path.replace(QStringLiteral("{id}"), QStringLiteral("LD-000-000-000"));
        // No form is published in a new demo workspace.
        const bool webForm = path.contains(QStringLiteral("{formId}"));
        path.replace(QStringLiteral("{formId}"), QStringLiteral("LDF-000-000-000"));
        const ServiceReply answer = client.send(route.method.toLatin1(), path, "{}",
                                                {{"Content-Type", "application/json"}});
        INFO((route.method + QLatin1Char(' ') + path).toStdString());
        CHECK(answer.status == (route.needsKey ? 401 : webForm ? 404 : 200));
    }
}

TEST_CASE("Given a certificate and its key, the service speaks HTTPS only", "[service][tls]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString certificate = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate,
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-days"), QStringLiteral("1")});
    REQUIRE(openssl.waitForFinished(30'000));
    REQUIRE(openssl.exitCode() == 0);

    TestWorkspace workspaceDir;
    auto workspace = workspaceDir.createDemo();
    IntakeServer server(
        workspace->database(), [](const QSqlDatabase&, const QString&) -> Result<ApiCaller> {
            return Error{ErrorCode::PermissionDenied, QStringLiteral("no keys here")};
        });
    ServeOptions options;
    options.port = 0;
    options.tlsCertificate = certificate;
    options.tlsKey = key;
    auto port = server.start(options);
    REQUIRE(port);
    ServiceClient https(port.value(), QStringLiteral("https"));
    const ServiceReply secure = https.send("GET", QStringLiteral("/api/v1/openapi.json"));
    INFO(secure.networkError.toStdString());
    CHECK(secure.status == 200);
    ServiceClient plain(port.value());
    CHECK(plain.send("GET", QStringLiteral("/api/v1/openapi.json")).status != 200);

    ServeOptions missing = options;
    missing.tlsKey = dir.filePath(QStringLiteral("none.pem"));
    IntakeServer refused(QSqlDatabase(), {});
    CHECK_FALSE(refused.start(missing));
}
