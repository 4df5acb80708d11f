#include "reference/ReferenceListService.h"

#include "common/IdGenerator.h"
#include "history/EventLog.h"
#include "session/Memberships.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

/// The acting user's current role in the acting account (not the one remembered by the window).
Result<void> requireEditor(const QSqlDatabase& database, const ActingContext& acting)
{
    auto member = Memberships::resolve(database, acting.userId, acting.accountId);
    if (!member)
        return member.error();
    if (!ReferenceListService::mayEdit(member.value()))
        return Error{ErrorCode::PermissionDenied,
                     ReferenceListService::tr("Only a CRM admin or CRM manager of %1 may change "
                                              "its reference lists.")
                         .arg(acting.accountName)};
    return {};
}

Result<QString> checkedName(const QString& name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error{ErrorCode::Invalid, ReferenceListService::tr("Enter a name.")};
    if (trimmed.size() > ReferenceListService::maxNameLength)
        return Error{ErrorCode::Invalid, ReferenceListService::tr("At most %1 characters (now %2).")
                                             .arg(ReferenceListService::maxNameLength)
                                             .arg(trimmed.size())};
    return trimmed;
}

/// Refuses a name another entry of the account already has (any case).
Result<void> requireUniqueName(const QSqlDatabase& database, const QString& accountId,
                               ReferenceKind kind, const QString& name, const QString& exceptId)
{
    const auto& info = ReferenceKindInfo::of(kind);
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral(
                "SELECT id, retired FROM %1 WHERE account_id = ? AND name = ? AND id <> ?")
                .arg(info.tableName()),
            {accountId, name,
             exceptId.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(exceptId)});
        !done)
        return done.error();
    if (!query.next())
        return {};
    const bool retired = query.value(1).toBool();
    return Error{ErrorCode::AlreadyExists,
                 retired ? ReferenceListService::tr("A retired %1 named \"%2\" exists already: "
                                                    "un-retire it instead.")
                               .arg(info.singularText(), name)
                         : ReferenceListService::tr("There is already a %1 named \"%2\".")
                               .arg(info.singularText(), name)};
}

struct StoredEntry {
    QString name;
    bool retired = false;
};

/// The entry id of the acting account's list; NotFound for an entry of another account.
Result<StoredEntry> entryOf(const QSqlDatabase& database, const QString& accountId,
                            ReferenceKind kind, const QString& id)
{
    const auto& info = ReferenceKindInfo::of(kind);
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("SELECT name, retired FROM %1 WHERE id = ? AND account_id = ?")
                .arg(info.tableName()),
            {id, accountId});
        !done)
        return done.error();
    if (!query.next())
        return Error{
            ErrorCode::NotFound,
            ReferenceListService::tr("The %1 %2 does not exist.").arg(info.singularText(), id)};
    return StoredEntry{query.value(0).toString(), query.value(1).toBool()};
}

/// The permission check and the entry, for a write on an existing entry (in its transaction).
Result<StoredEntry> editableEntry(const QSqlDatabase& database, const ActingContext& acting,
                                  ReferenceKind kind, const QString& id)
{
    if (auto allowed = requireEditor(database, acting); !allowed)
        return allowed.error();
    return entryOf(database, acting.accountId, kind, id);
}

Result<void> logged(const QSqlDatabase& database, const ActingContext& acting, ReferenceKind kind,
                    const QString& id, const QString& action, const QJsonObject& changes,
                    qint64 now)
{
    return EventLog::record(database, {now, acting.userId, acting.accountId,
                                       ReferenceKindInfo::of(kind).keyName(), id, action, changes});
}

} // namespace

bool ReferenceListService::mayEdit(const ActingContext& acting)
{
    return acting.userRole == UserRole::CrmAdmin || acting.userRole == UserRole::CrmManager;
}

QStringList ReferenceListService::defaultSellingDirections()
{
    return {tr("SMB"), tr("Enterprise"), tr("Public sector")};
}

Result<QList<ReferenceEntry>> ReferenceListService::entries(const QSqlDatabase& database,
                                                            const QString& accountId,
                                                            ReferenceKind kind)
{
    const auto& info = ReferenceKindInfo::of(kind);
    QSqlQuery query(database);
    query.setForwardOnly(true);
    // Counted through the leads(<column>) index of migration 14, one small range per entry.
    if (auto done =
            SqlError::exec(query,
                           QStringLiteral("SELECT r.id, r.name, r.retired, "
                                          "(SELECT count(*) FROM leads l WHERE l.%2 = r.id) "
                                          "FROM %1 r WHERE r.account_id = ? ORDER BY r.name, r.id")
                               .arg(info.tableName(), info.leadColumnName()),
                           {accountId});
        !done)
        return done.error();
    QList<ReferenceEntry> entries;
    while (query.next())
        entries << ReferenceEntry{query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toBool(), query.value(3).toLongLong()};
    if (auto read = SqlError::readToEnd(query); !read)
        return read.error();
    return entries;
}

Result<QString> ReferenceListService::add(const QSqlDatabase& database, const ActingContext& acting,
                                          ReferenceKind kind, const QString& name)
{
    auto checked = checkedName(name);
    if (!checked)
        return checked.error();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto allowed = requireEditor(database, acting); !allowed)
        return allowed.error();
    if (auto unique = requireUniqueName(database, acting.accountId, kind, checked.value(), {});
        !unique)
        return unique.error();
    const auto& info = ReferenceKindInfo::of(kind);
    IdGenerator ids(database);
    auto id = ids.next(info.idKind);
    if (!id)
        return id.error();
    QSqlQuery query(database);
    if (auto done =
            SqlError::exec(query,
                           QStringLiteral("INSERT INTO %1(id, account_id, name) VALUES (?, ?, ?)")
                               .arg(info.tableName()),
                           {id.value(), acting.accountId, checked.value()});
        !done)
        return done.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto done = logged(database, acting, kind, id.value(), QStringLiteral("created"),
                           {{QStringLiteral("name"), checked.value()}}, now);
        !done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> ReferenceListService::rename(const QSqlDatabase& database, const ActingContext& acting,
                                          ReferenceKind kind, const QString& id,
                                          const QString& name)
{
    auto checked = checkedName(name);
    if (!checked)
        return checked.error();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto entry = editableEntry(database, acting, kind, id);
    if (!entry)
        return entry.error();
    if (entry->name == checked.value())
        return {};
    if (auto unique = requireUniqueName(database, acting.accountId, kind, checked.value(), id);
        !unique)
        return unique;
    QSqlQuery query(database);
    if (auto done = SqlError::exec(query,
                                   QStringLiteral("UPDATE %1 SET name = ? WHERE id = ?")
                                       .arg(ReferenceKindInfo::of(kind).tableName()),
                                   {checked.value(), id});
        !done)
        return done;
    if (auto done =
            logged(database, acting, kind, id, QStringLiteral("renamed"),
                   {{QStringLiteral("name"), QJsonObject{{QStringLiteral("from"), entry->name},
                                                         {QStringLiteral("to"), checked.value()}}}},
                   QDateTime::currentMSecsSinceEpoch());
        !done)
        return done;
    return transaction.commit();
}

Result<void> ReferenceListService::setRetired(const QSqlDatabase& database,
                                              const ActingContext& acting, ReferenceKind kind,
                                              const QString& id, bool retired)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto entry = editableEntry(database, acting, kind, id);
    if (!entry)
        return entry.error();
    if (entry->retired == retired)
        return {};
    QSqlQuery query(database);
    if (auto done = SqlError::exec(query,
                                   QStringLiteral("UPDATE %1 SET retired = ? WHERE id = ?")
                                       .arg(ReferenceKindInfo::of(kind).tableName()),
                                   {retired ? 1 : 0, id});
        !done)
        return done;
    if (auto done =
            logged(database, acting, kind, id,
                   retired ? QStringLiteral("retired") : QStringLiteral("unretired"),
                   {{QStringLiteral("name"), entry->name}}, QDateTime::currentMSecsSinceEpoch());
        !done)
        return done;
    return transaction.commit();
}

Result<void> ReferenceListService::remove(const QSqlDatabase& database, const ActingContext& acting,
                                          ReferenceKind kind, const QString& id)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto entry = editableEntry(database, acting, kind, id);
    if (!entry)
        return entry.error();
    const auto& info = ReferenceKindInfo::of(kind);
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("SELECT count(*) FROM leads WHERE %1 = ?").arg(info.leadColumnName()),
            {id});
        !done)
        return done;
    const qint64 leads = query.next() ? query.value(0).toLongLong() : 0;
    if (leads > 0)
        return Error{ErrorCode::Invalid,
                     tr("\"%1\" cannot be deleted: %n lead(s) use it. Retire it instead: it stays "
                        "on those leads and is no longer offered for new ones.",
                        nullptr, int(leads))
                         .arg(entry->name)};
    if (auto done = SqlError::exec(
            query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(info.tableName()), {id});
        !done)
        return done;
    if (auto done =
            logged(database, acting, kind, id, QStringLiteral("deleted"),
                   {{QStringLiteral("name"), entry->name}}, QDateTime::currentMSecsSinceEpoch());
        !done)
        return done;
    return transaction.commit();
}

Result<void> ReferenceListService::addDefaults(const QSqlDatabase& database,
                                               const QString& accountId, const QString& userId,
                                               qint64 now)
{
    const auto& info = ReferenceKindInfo::of(ReferenceKind::SellingDirections);
    IdGenerator ids(database);
    QSqlQuery query(database);
    for (const QString& name : defaultSellingDirections()) {
        auto id = ids.next(info.idKind);
        if (!id)
            return id.error();
        if (auto done = SqlError::exec(
                query,
                QStringLiteral("INSERT INTO %1(id, account_id, name) VALUES (?, ?, ?)")
                    .arg(info.tableName()),
                {id.value(), accountId, name});
            !done)
            return done;
        if (auto done = EventLog::record(database, {now,
                                                    userId,
                                                    accountId,
                                                    info.keyName(),
                                                    id.value(),
                                                    QStringLiteral("created"),
                                                    {{QStringLiteral("name"), name}}});
            !done)
            return done;
    }
    return {};
}
