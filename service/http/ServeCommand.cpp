#include "http/ServeCommand.h"

#include "app/CommandLine.h"
#include "http/IntakeServer.h"
#include "http/StopSignals.h"
#include "integrations/ApiKeyService.h"
#include "storage/ServerAddress.h"
#include "storage/Workspace.h"

#include <QDateTime>

Result<ApiCaller> ServeCommand::authenticate(const QSqlDatabase& database, const QString& token)
{
    auto identity =
        ApiKeyService::authenticate(database, token, QDateTime::currentMSecsSinceEpoch());
    if (!identity)
        return identity.error();
    return ApiCaller{identity->keyId, identity->acting};
}

int ServeCommand::run(const QString& workspacePath, const ServeOptions& options, QTextStream& out,
                      QTextStream& err)
{
    auto fail = [&err](const QString& message) {
        err << "channeldesk: " << message << Qt::endl;
        return CommandLine::exitFailed;
    };
    auto workspace = Workspace::open(workspacePath);
    if (!workspace)
        return fail(workspace.error().message);
    if (workspace.value()->isChecking())
        err << tr("Checking the workspace for damage before writing to it\u2026") << Qt::endl;
    if (auto checked = workspace.value()->waitForCheck(); !checked)
        return fail(checked.error().message);

    IntakeServer server(workspace.value()->database(), &ServeCommand::authenticate,
                        RequestLog([&out](const QString& line) { out << line << Qt::endl; }));
    auto port = server.start(options);
    if (!port)
        return fail(port.error().message);
    const QString scheme =
        options.tlsCertificate.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    const QString host = options.host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + options.host + QLatin1Char(']')
                             : options.host;
    const QString shownWorkspace = ServerAddress::isServerUrl(workspacePath)
                                       ? ServerAddress::shown(workspacePath)
                                       : workspacePath;
    err << tr("Receiving leads on %1://%2:%3 into %4; stop with Ctrl+C or SIGTERM.")
               .arg(scheme, host)
               .arg(port.value())
               .arg(shownWorkspace)
        << Qt::endl;

    StopSignals signals_;
    QObject::connect(&signals_, &StopSignals::stopRequested, &server, [&server, &err](int) {
        err << tr("Stopping: answering the requests in flight\u2026") << Qt::endl;
        server.stop([] { QCoreApplication::quit(); });
    });
    QCoreApplication::exec();
    err << tr("Stopped.") << Qt::endl;
    return CommandLine::exitOk;
}
