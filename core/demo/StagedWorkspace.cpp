#include "demo/StagedWorkspace.h"

#include "storage/ServerAddress.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace {

/// The temporary workspace and every file SQLite may have put beside it.
void removeStaging(const QString& staging)
{
    Workspace::removeFiles(staging);
    QFile::remove(staging + QStringLiteral("-journal"));
}

bool stagingLeft(const QString& staging)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (QFileInfo::exists(staging + suffix))
            return true;
    return false;
}

/// Writes the temporary workspace and closes it; the caller removes it on failure.
Result<void> writeStaging(const QString& staging, const StagedWorkspace::Fill& fill)
{
    auto opened = Workspace::open(staging, Workspace::Mode::CreateNew);
    if (!opened)
        return opened.error();
    if (auto filled = fill(opened.value()->database()); !filled)
        return filled;
    opened.value().reset(); // the last connection checkpoints the WAL and removes it
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(staging + suffix))
            return Error{ErrorCode::Storage,
                         StagedWorkspace::tr("The workspace %1 could not be closed completely.")
                             .arg(QDir::toNativeSeparators(staging))};
    return {};
}

} // namespace

QString StagedWorkspace::stagingPath(const QString& path)
{
    return path + QStringLiteral(".partial");
}

QString StagedWorkspace::lockPath(const QString& path)
{
    return stagingPath(path) + QStringLiteral(".lock");
}

Result<void> StagedWorkspace::create(const QString& path, const Fill& fill)
{
    if (path.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, tr("No workspace file was given.")};
    if (ServerAddress::isServerUrl(path)) {
        // A server has no file to stage: the schema goes into the empty database, then fill
        // writes in its one transaction (a failed fill leaves an empty team workspace).
        auto opened = Workspace::open(path, Workspace::Mode::CreateNew);
        if (!opened)
            return opened.error();
        return fill(opened.value()->database());
    }
    const QFileInfo info(path);
    const QString target = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(target);
    if (info.exists() || info.isSymLink())
        return Error{
            ErrorCode::AlreadyExists,
            tr("%1 already exists; choose another name for the new workspace.").arg(shown)};
    if (!info.dir().exists())
        return Error{ErrorCode::CannotCreate,
                     tr("The workspace %1 cannot be created: the folder %2 does not exist.")
                         .arg(shown, QDir::toNativeSeparators(info.absolutePath()))};

    const QString staging = stagingPath(target);
    QLockFile lock(lockPath(target));
    lock.setStaleLockTime(0); // stale only when its process is gone, however long a run takes
    const bool killedRunLeftLock = QFileInfo::exists(lockPath(target));
    if (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::LockFailedError)
            return Error{ErrorCode::Locked,
                         tr("Another ChannelDesk is writing the workspace %1 now.").arg(shown)};
        return Error{ErrorCode::CannotCreate,
                     tr("The workspace %1 cannot be created: the folder %2 is not writable.")
                         .arg(shown, QDir::toNativeSeparators(info.absolutePath()))};
    }
    if (killedRunLeftLock)
        removeStaging(staging); // what the killed run left, ours since its lock was
    else if (stagingLeft(staging))
        return Error{ErrorCode::AlreadyExists,
                     tr("%1 is in the way of writing the workspace %2, and ChannelDesk did not "
                        "leave it there. Move it away and try again.")
                         .arg(QDir::toNativeSeparators(staging), shown)};

    if (auto written = writeStaging(staging, fill); !written) {
        removeStaging(staging);
        return written;
    }
    if (!QFile::rename(staging, target)) {
        removeStaging(staging);
        if (QFileInfo::exists(target))
            return Error{
                ErrorCode::AlreadyExists,
                tr("%1 already exists; choose another name for the new workspace.").arg(shown)};
        return Error{ErrorCode::CannotCreate,
                     tr("The workspace %1 cannot be created here.").arg(shown)};
    }
    return {};
}
