#pragma once

#include "common/Result.h"
#include "http/ServeOptions.h"
#include "intake/ApiCaller.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTextStream>

/// `channeldesk serve`: opens the workspace (a file or a team server), runs the intake service
/// until SIGTERM or SIGINT, then answers the requests in flight and exits 0. One line per request
/// on out; what happens to the service on err. Needs a QCoreApplication.
class ServeCommand {
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    static int run(const QString& workspacePath, const ServeOptions& options, QTextStream& out,
                   QTextStream& err);
    /// Who a bearer token acts for: its API key (ApiKeyService::authenticate).
    static Result<ApiCaller> authenticate(const QSqlDatabase& database, const QString& token);
};
