#include "ServerThread.h"

#include "http/IntakeServer.h"
#include "integrations/ApiKeyService.h"
#include "storage/Workspace.h"

#include <QDateTime>

ServerThread::ServerThread(const Workspace& workspace, ServeOptions options)
    : m_workspace(workspace)
    , m_options(std::move(options))
{
}

ServerThread::~ServerThread()
{
    quit();
    wait();
}

Result<quint16> ServerThread::listen()
{
    auto listening = m_listening.get_future();
    start();
    return listening.get();
}

void ServerThread::run()
{
    IntakeServer server(
        m_workspace.connection(),
        [](const QSqlDatabase& database, const QString& token) -> Result<ApiCaller> {
            auto identity =
                ApiKeyService::authenticate(database, token, QDateTime::currentMSecsSinceEpoch());
            if (!identity)
                return identity.error();
            return ApiCaller{identity->keyId, identity->acting};
        },
        RequestLog([](const QString&) {}));
    auto port = server.start(m_options);
    const bool listening = port.ok();
    m_listening.set_value(std::move(port));
    if (listening)
        exec();
}
