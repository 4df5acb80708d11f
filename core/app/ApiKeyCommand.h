#pragma once

#include "app/CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

/// The console commands `api-key create|list|revoke` (CommandLine parses them): opens the
/// workspace file or team server of --workspace, acts as --as in --account, and calls
/// ApiKeyService. create writes only the new key on out (so `KEY=$(channeldesk api-key create
/// …)` captures it) and everything else on err; list writes a tab-separated table with a header
/// (ID, name, prefix, created, last used, revoked; times in ISO 8601 UTC, "-" for none).
class ApiKeyCommand {
    Q_DECLARE_TR_FUNCTIONS(ApiKeyCommand)

public:
    /// Runs request; returns the exit code (CommandLine::exitOk or exitFailed).
    static int run(const CommandLineRequest& request, QTextStream& out, QTextStream& err);
};
