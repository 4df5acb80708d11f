#include "DemoLeadJson.h"
#include "ServiceClient.h"
#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "integrations/ApiKeyService.h"

#include <QProcess>
#include <QRegularExpression>

TEST_CASE("channeldesk serve takes leads until SIGTERM, then ends cleanly", "[service][serve]")
{
    TestWorkspace dir;
    QString token;
    QString path;
    {
        std::unique_ptr<Workspace> workspace = dir.createDemo();
        path = workspace->path();
        auto created =
            ApiKeyService::create(workspace->database(),
                                  TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                                        id(DemoWorkspace::homeDistributorId)),
                                  QStringLiteral("serve test"));
        REQUIRE(created);
        token = created->token;
    }
    QProcess serve;
    serve.start(QStringLiteral(CHANNELDESK_BINARY),
                {QStringLiteral("serve"), QStringLiteral("--workspace"), path,
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    REQUIRE(serve.waitForStarted());
    QByteArray err;
    static const QRegularExpression listening(QStringLiteral("http://127\\.0\\.0\\.1:([0-9]+)"));
    QRegularExpressionMatch match;
    for (int i = 0; i < 100 && !match.hasMatch(); ++i) {
        serve.waitForReadyRead(100);
        err += serve.readAllStandardError();
        match = listening.match(QString::fromUtf8(err));
    }
    INFO(err.toStdString());
    REQUIRE(match.hasMatch());
    ServiceClient client(quint16(match.captured(1).toUInt()));
    const ServiceReply created =
        client.post(QStringLiteral("/api/v1/leads"), DemoLeadJson::make(QStringLiteral("Served")),
                    token.toLatin1());
    CHECK(created.status == 201);

    serve.terminate(); // SIGTERM
    REQUIRE(serve.waitForFinished(15'000));
    CHECK(serve.exitStatus() == QProcess::NormalExit);
    CHECK(serve.exitCode() == 0);
    const QString out = QString::fromUtf8(serve.readAllStandardOutput());
    err += serve.readAllStandardError();
    CHECK(out.contains(QStringLiteral(" POST /api/v1/leads 201 ")));
    CHECK_FALSE(out.contains(token));
    CHECK_FALSE(QString::fromUtf8(err).contains(token));
    CHECK(QString::fromUtf8(err).contains(QStringLiteral("Stopped.")));
}

TEST_CASE("channeldesk serve refuses a bad command line or workspace", "[service][serve]")
{
    TestWorkspace dir;
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("serve")},
          QStringList{QStringLiteral("serve"), QStringLiteral("--workspace"),
                      dir.path(QStringLiteral("x.channeldesk")), QStringLiteral("--listen"),
                      QStringLiteral("nowhere")},
          QStringList{QStringLiteral("serve"), QStringLiteral("--workspace"),
                      dir.path(QStringLiteral("x.channeldesk")), QStringLiteral("--tls-cert"),
                      QStringLiteral("c.pem")}}) {
        QProcess serve;
        serve.start(QStringLiteral(CHANNELDESK_BINARY), arguments);
        REQUIRE(serve.waitForFinished(15'000));
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(serve.exitCode() == 2);
    }
    QProcess missing;
    missing.start(QStringLiteral(CHANNELDESK_BINARY),
                  {QStringLiteral("serve"), QStringLiteral("--workspace"),
                   dir.path(QStringLiteral("missing.channeldesk")), QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0")});
    REQUIRE(missing.waitForFinished(15'000));
    CHECK(missing.exitCode() == 1);
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("missing.channeldesk"))));
}
