#include "app/ApiKeyCommand.h"

#include "accounts/UserRole.h"
#include "app/StartupWorkspace.h"
#include "integrations/ApiKeyService.h"
#include "session/ActingChoice.h"
#include "storage/Workspace.h"

#include <QDateTime>

namespace {

QString isoTime(std::optional<qint64> msecsSinceEpoch)
{
    if (!msecsSinceEpoch)
        return QStringLiteral("-");
    return QDateTime::fromMSecsSinceEpoch(*msecsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

int failed(QTextStream& err, const QString& message)
{
    err << "channeldesk: " << message << Qt::endl;
    return CommandLine::exitFailed;
}

} // namespace

int ApiKeyCommand::run(const CommandLineRequest& request, QTextStream& out, QTextStream& err)
{
    using Action = CommandLineRequest::Action;
    const bool writes = request.action != Action::ApiKeyList;
    auto workspace = writes ? Workspace::open(request.workspacePath)
                            : StartupWorkspace::openForReading(request.workspacePath);
    if (!workspace)
        return failed(err, workspace.error().message);
    if (writes)
        if (auto checked = workspace.value()->waitForCheck(); !checked)
            return failed(err, checked.error().message);
    const QSqlDatabase database = workspace.value()->database();
    auto acting = ActingChoice::resolve(database, request.actingUser, request.actingAccount);
    if (!acting)
        return failed(err, acting.error().message);

    if (request.action == Action::ApiKeyCreate) {
        auto created = ApiKeyService::create(database, acting.value(), request.apiKeyName);
        if (!created)
            return failed(err, created.error().message);
        const ApiKey& key = created->key;
        err << tr("Created API key %1 \u201c%2\u201d: it acts as %3 (%4) in %5. The key follows "
                  "on standard output; keep it secret, it is not shown again.")
                   .arg(key.id, key.name, acting->userName, userRoles.label(key.role),
                        acting->accountName)
            << Qt::endl;
        out << created->token << Qt::endl;
        return CommandLine::exitOk;
    }
    if (request.action == Action::ApiKeyRevoke) {
        auto revoked = ApiKeyService::revoke(database, acting.value(), request.apiKeyId);
        if (!revoked)
            return failed(err, revoked.error().message);
        out << tr("Revoked API key %1 \u201c%2\u201d: it no longer works.")
                   .arg(revoked->id, revoked->name)
            << Qt::endl;
        return CommandLine::exitOk;
    }
    auto keys = ApiKeyService::list(database, acting.value());
    if (!keys)
        return failed(err, keys.error().message);
    out << "id\tname\tprefix\tcreated\tlast_used\trevoked" << Qt::endl;
    for (const ApiKey& key : keys.value())
        out << key.id << '\t' << key.name << '\t' << key.tokenPrefix << '\t'
            << isoTime(key.createdAt) << '\t' << isoTime(key.lastUsedAt) << '\t'
            << isoTime(key.revokedAt) << Qt::endl;
    // Counted outside tr(): lupdate 6.4 hangs on a template argument inside it.
    const int count = int(keys->size());
    err << tr("%n API key(s) of %1", nullptr, count).arg(acting->accountName) << Qt::endl;
    return CommandLine::exitOk;
}
