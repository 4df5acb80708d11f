#pragma once

#include "common/Result.h"
#include "reference/ReferenceKind.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

/// One entry of an account's reference list, with how many leads use it.
struct ReferenceEntry {
    QString id;
    QString name;
    bool retired = false;
    qint64 leads = 0;
};

/// An account's campaigns, selling directions and content distribution channels: add, rename,
/// retire and un-retire, delete while unused. Each write: the acting user must be CRM admin or
/// CRM manager of the acting account (checked against the database), one transaction, one event.
class ReferenceListService {
    Q_DECLARE_TR_FUNCTIONS(ReferenceListService)

public:
    static constexpr int maxNameLength = 100;

    /// Every entry of accountId's list (retired ones too), by name.
    static Result<QList<ReferenceEntry>> entries(const QSqlDatabase& database,
                                                 const QString& accountId, ReferenceKind kind);
    /// Adds name to the acting account's list; returns the new ID.
    static Result<QString> add(const QSqlDatabase& database, const ActingContext& acting,
                               ReferenceKind kind, const QString& name);
    static Result<void> rename(const QSqlDatabase& database, const ActingContext& acting,
                               ReferenceKind kind, const QString& id, const QString& name);
    /// A retired entry stays on the leads that use it and is no longer offered for new ones.
    static Result<void> setRetired(const QSqlDatabase& database, const ActingContext& acting,
                                   ReferenceKind kind, const QString& id, bool retired);
    /// Deletes an entry no lead uses; an entry in use is refused with the reason (retire it).
    static Result<void> remove(const QSqlDatabase& database, const ActingContext& acting,
                               ReferenceKind kind, const QString& id);
    /// The starting selling directions of a new account (SMB, Enterprise, Public sector), inside
    /// the caller's transaction.
    static Result<void> addDefaults(const QSqlDatabase& database, const QString& accountId,
                                    const QString& userId, qint64 now);
    static QStringList defaultSellingDirections();
    /// Whether the acting user's role allows editing the lists.
    static bool mayEdit(const ActingContext& acting);
};
