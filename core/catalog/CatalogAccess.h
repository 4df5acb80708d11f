#pragma once

#include "common/PlainText.h"
#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QVariantList>

/// What the catalog services share: who may change which catalog objects (SPEC 1 and 8), the
/// events they record, and the checks of typed text.
class CatalogAccess {
    Q_DECLARE_TR_FUNCTIONS(CatalogAccess)

public:
    /// crm_admin or crm_manager of the acting account.
    static bool isManager(const ActingContext& acting);
    /// Products and listing requests: a manager of a vendor account.
    static bool canManageProducts(const ActingContext& acting);
    /// Marketplaces, product groups, listing and unlisting: a manager of a distributor or
    /// reseller account.
    static bool canManageMarketplaces(const ActingContext& acting);
    static Error productsDenied();
    static Error marketplacesDenied();

    static qint64 now();
    /// An event by the acting user and account, in the caller's transaction.
    static Result<void> record(const QSqlDatabase& database, const ActingContext& acting,
                               const QString& objectType, const QString& objectId,
                               const QString& action, const QJsonObject& changes, qint64 at);
    /// The first column of the first row of a query as a number.
    static Result<int> count(const QSqlDatabase& database, const QString& sql,
                             const QVariantList& values);
    /// Why text is refused as a field called what: empty when required, longer than
    /// maxLength, or holding control characters; an empty string when it is fine.
    static QString textProblem(const QString& text, int maxLength, bool required,
                               PlainText::Lines lines = PlainText::Lines::Single);
    /// text trimmed, never a null string (a null string binds as SQL NULL).
    static QString trimmed(const QString& text);
    /// reasonIfTaken (with %1 for the name) when table has another row (not exceptId) of
    /// ownerId whose ownerColumn name equals name in any case; else an empty string. table and
    /// ownerColumn are fixed names from code.
    static QString nameTaken(const QSqlDatabase& database, const QString& table,
                             const QString& ownerColumn, const QString& ownerId,
                             const QString& name, const QString& exceptId,
                             const QString& reasonIfTaken);
    /// Runs one write (sql with values) and records its event, in the caller's transaction.
    static Result<void> write(const QSqlDatabase& database, const ActingContext& acting,
                              const QString& sql, const QVariantList& values,
                              const QString& objectType, const QString& objectId,
                              const QString& action, const QJsonObject& changes);
    /// Deletes one record in one transaction: read() finds it (an error otherwise), refusal(row)
    /// says why it must stay (nothing is deleted then), else it is deleted from table (a fixed
    /// name) with an event `action` carrying changes(row).
    template <typename Read, typename Refusal, typename Changes>
    static Result<void> removeRecord(const QSqlDatabase& database, const ActingContext& acting,
                                     const QString& table, const QString& objectType,
                                     const QString& id, const QString& action, Read read,
                                     Refusal refusal, Changes changes)
    {
        Transaction transaction(database);
        if (!transaction.isOpen())
            return transaction.error();
        auto row = read();
        if (!row)
            return row.error();
        if (const QString refused = refusal(row.value()); !refused.isEmpty())
            return Error{ErrorCode::Invalid, refused};
        if (auto written =
                write(database, acting, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table),
                      {id}, objectType, id, action, changes(row.value()));
            !written)
            return written;
        return transaction.commit();
    }
    /// The only row of rows, or NotFound with notFoundMessage.
    template <typename Row>
    static Result<Row> single(const Result<QList<Row>>& rows, const QString& notFoundMessage)
    {
        if (!rows)
            return rows.error();
        if (rows.value().isEmpty())
            return Error{ErrorCode::NotFound, notFoundMessage};
        return rows.value().first();
    }
    /// An Invalid error with the first of reasons (by key order of fields, else any).
    static Error invalid(const QMap<QString, QString>& reasons, const QStringList& fields);
};
