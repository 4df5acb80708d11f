#pragma once

#include "common/Result.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

/// Decides which workspace the window opens at start-up.
class StartupWorkspace {
    Q_DECLARE_TR_FUNCTIONS(StartupWorkspace)

public:
    /// explicitPath (--workspace) if given; else lastPath if it is a team server or that file
    /// still exists; else defaultPath, which is created with the demo data when it does not
    /// exist yet.
    static Result<QString> choose(const QString& explicitPath, const QString& lastPath,
                                  const QString& defaultPath);
    /// defaultPath, created with the demo data when missing (its folder too).
    static Result<QString> ensureDefault(const QString& defaultPath);
    /// Opens path for a command that only reads (export): read-only when the file, its folder or
    /// its disk cannot be written, so that such a workspace can still be exported; else as usual.
    static Result<std::unique_ptr<Workspace>> openForReading(const QString& path);
};
