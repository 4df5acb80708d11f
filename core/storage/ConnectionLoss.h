#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

/// A connection to the team server that broke under a statement (server down or restarted, the
/// session ended by an administrator, the network cut): SqlError reports it as an Error of this
/// message, the statement's transaction is void on the server (nothing half-written), and the
/// observer (the main window) offers to reconnect (Workspace::reconnect()).
class ConnectionLoss {
    Q_DECLARE_TR_FUNCTIONS(ConnectionLoss)

public:
    /// Whether a PostgreSQL error (SQLSTATE, or libpq's words when it gives none) says the
    /// connection broke.
    static bool isLoss(const QString& sqlState, const QString& message);
    /// Whether error is such a loss, as SqlError made it.
    static bool isLoss(const Error& error);
    /// The error SqlError returns for a loss; calls the observer.
    static Error report(const QString& details);
    /// Called (on the thread that saw it) at every loss; empty for none.
    static void setObserver(std::function<void()> observer);
};
