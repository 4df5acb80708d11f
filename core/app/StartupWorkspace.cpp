#include "app/StartupWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "storage/ServerAddress.h"

#include <QDir>
#include <QFileInfo>

Result<QString> StartupWorkspace::choose(const QString& explicitPath, const QString& lastPath,
                                         const QString& defaultPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    if (!lastPath.isEmpty() &&
        (ServerAddress::isServerUrl(lastPath) || QFileInfo::exists(lastPath)))
        return lastPath;
    return ensureDefault(defaultPath);
}

Result<QString> StartupWorkspace::ensureDefault(const QString& defaultPath)
{
    const QFileInfo info(defaultPath);
    if (info.exists())
        return defaultPath;
    if (!QDir().mkpath(info.absolutePath()))
        return Error{ErrorCode::CannotCreate,
                     tr("The folder %1 for the default workspace cannot be created.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    if (auto created = DemoWorkspace::create(defaultPath); !created)
        return created.error();
    return defaultPath;
}

Result<std::unique_ptr<Workspace>> StartupWorkspace::openForReading(const QString& path)
{
    Workspace::Options options;
    if (Workspace::isReadOnlyLocation(path))
        options.access = Workspace::Access::ReadOnly;
    return Workspace::open(path, options);
}
