#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class Workspace;

/// Opens a team workspace's connections anew after the server or the network dropped them
/// (ConnectionLoss), without closing the workspace: what windows hold stays valid.
class Reconnection {
    Q_DECLARE_TR_FUNCTIONS(Reconnection)

public:
    /// On the workspace's own thread: its connection at once (the error when the server is still
    /// unreachable or refuses the login), other threads' on their next Workspace::connection(),
    /// and the change feed listens again. Nothing to do for a file.
    static Result<void> reconnect(const Workspace& workspace);
    /// How many times the workspace whose own connection is named connectionName reconnected.
    static int epoch(const QString& connectionName);
};
