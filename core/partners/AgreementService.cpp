#include "partners/AgreementService.h"

#include "common/IdGenerator.h"
#include "history/EventLog.h"
#include "partners/AgreementWriter.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Error denied()
{
    return {ErrorCode::PermissionDenied,
            AgreementService::tr("Only a CRM admin or manager of the agreement's owner may "
                                 "change its agreements.")};
}

Error notFound(const QString& agreementId)
{
    return {ErrorCode::NotFound,
            AgreementService::tr("There is no agreement %1.").arg(agreementId)};
}

/// The agreement's owner must be the acting account (NotFound when it does not exist).
Result<void> checkOwner(const QSqlDatabase& database, const ActingContext& acting,
                        const QString& agreementId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT owner_account_id FROM agreements WHERE id = ?"));
    query.addBindValue(agreementId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return notFound(agreementId);
    if (query.value(0).toString() != acting.accountId)
        return Error{
            ErrorCode::PermissionDenied,
            AgreementService::tr("The agreement %1 belongs to another account.").arg(agreementId)};
    return {};
}

Result<void> checkManager(const QSqlDatabase& database, const ActingContext& acting,
                          const QString& agreementId)
{
    if (auto owned = checkOwner(database, acting, agreementId); !owned)
        return owned;
    if (!acting.canManagePartners())
        return denied();
    return {};
}

Result<void> record(const QSqlDatabase& database, const ActingContext& acting,
                    const QString& agreementId, const QString& action, const QJsonObject& changes,
                    qint64 at)
{
    Event event;
    event.at = at;
    event.userId = acting.userId;
    event.accountId = acting.accountId;
    event.objectType = QStringLiteral("agreement");
    event.objectId = agreementId;
    event.action = action;
    event.changes = changes;
    return EventLog::record(database, event);
}

Result<void> touch(const QSqlDatabase& database, const QString& agreementId, qint64 at)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE agreements SET updated_at = ? WHERE id = ?"));
    query.addBindValue(at);
    query.addBindValue(agreementId);
    return SqlError::exec(query);
}

Result<QList<AgreementVersionRow>> readVersions(const QSqlDatabase& database,
                                                const QString& agreementId, bool activeOnly)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT v.version, v.active, v.description, v.document_source, v.document_url,
               coalesce(f.name, ''),
               (SELECT count(*) FROM contracts c WHERE c.agreement_version_id = v.id),
               v.created_at
          FROM agreement_versions v
          LEFT JOIN stored_files f ON f.id = v.file_id
         WHERE v.agreement_id = ? AND (v.active = 1 OR ? = 0)
         ORDER BY v.version DESC)"));
    query.addBindValue(agreementId);
    query.addBindValue(activeOnly ? 1 : 0);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<AgreementVersionRow> rows;
    while (query.next()) {
        AgreementVersionRow row;
        row.version = query.value(0).toInt();
        row.active = query.value(1).toInt() == 1;
        row.descriptionHtml = query.value(2).toString();
        row.source =
            documentSources.fromKey(query.value(3).toString()).value_or(DocumentSource::None);
        row.documentUrl = query.value(4).toString();
        row.fileName = query.value(5).toString();
        row.contracts = query.value(6).toInt();
        row.createdAt = query.value(7).toLongLong();
        rows << row;
    }
    return rows;
}

} // namespace

Result<QString> AgreementService::create(const QSqlDatabase& database, const ActingContext& acting,
                                         const AgreementInput& input)
{
    if (!acting.canManagePartners())
        return denied();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    IdGenerator ids(database);
    auto written = AgreementWriter::insert(database, ids, input, acting.accountId, acting, now());
    if (!written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return written->agreementId;
}

Result<void> AgreementService::rename(const QSqlDatabase& database, const ActingContext& acting,
                                      const QString& agreementId, const QString& name)
{
    AgreementInput input;
    input.name = name;
    if (const QString reason = AgreementWriter::validate(input).value(QStringLiteral("name"));
        !reason.isEmpty())
        return Error{ErrorCode::Invalid, reason};
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto allowed = checkManager(database, acting, agreementId); !allowed)
        return allowed;
    const qint64 at = now();
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE agreements SET name = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(name.trimmed());
    query.addBindValue(at);
    query.addBindValue(agreementId);
    if (auto done = SqlError::exec(query); !done)
        return done;
    if (auto recorded = record(database, acting, agreementId, QStringLiteral("renamed"),
                               {{QStringLiteral("name"), name.trimmed()}}, at);
        !recorded)
        return recorded;
    return transaction.commit();
}

Result<int> AgreementService::addVersion(const QSqlDatabase& database, const ActingContext& acting,
                                         const QString& agreementId, const AgreementInput& content)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto allowed = checkManager(database, acting, agreementId); !allowed)
        return allowed.error();
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "SELECT coalesce(max(version), 0) + 1 FROM agreement_versions WHERE agreement_id = ?"));
    query.addBindValue(agreementId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    const int version = query.next() ? query.value(0).toInt() : 1;
    const qint64 at = now();
    auto inserted =
        AgreementWriter::insertVersion(database, agreementId, version, false, content, at);
    if (!inserted)
        return inserted.error();
    if (auto touched = touch(database, agreementId, at); !touched)
        return touched.error();
    if (auto recorded =
            record(database, acting, agreementId, QStringLiteral("version_added"),
                   {{QStringLiteral("version"), version},
                    {QStringLiteral("document_source"), documentSources.key(content.source)}},
                   at);
        !recorded)
        return recorded.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return version;
}

Result<void> AgreementService::activateVersion(const QSqlDatabase& database,
                                               const ActingContext& acting,
                                               const QString& agreementId, int version)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto allowed = checkManager(database, acting, agreementId); !allowed)
        return allowed;
    auto all = readVersions(database, agreementId, false);
    if (!all)
        return all.error();
    int previous = 0;
    bool found = false;
    for (const AgreementVersionRow& row : all.value()) {
        if (row.active)
            previous = row.version;
        found = found || row.version == version;
    }
    if (!found)
        return Error{ErrorCode::NotFound,
                     tr("The agreement %1 has no version %2.").arg(agreementId).arg(version)};
    if (previous == version)
        return {};
    QSqlQuery deactivate(database);
    deactivate.prepare(QStringLiteral(
        "UPDATE agreement_versions SET active = 0 WHERE agreement_id = ? AND active = 1"));
    deactivate.addBindValue(agreementId);
    if (auto done = SqlError::exec(deactivate); !done)
        return done;
    QSqlQuery activate(database);
    activate.prepare(QStringLiteral(
        "UPDATE agreement_versions SET active = 1 WHERE agreement_id = ? AND version = ?"));
    activate.addBindValue(agreementId);
    activate.addBindValue(version);
    if (auto done = SqlError::exec(activate); !done)
        return done;
    const qint64 at = now();
    if (auto touched = touch(database, agreementId, at); !touched)
        return touched;
    if (auto recorded = record(
            database, acting, agreementId, QStringLiteral("version_activated"),
            {{QStringLiteral("version"), version}, {QStringLiteral("previous_version"), previous}},
            at);
        !recorded)
        return recorded;
    return transaction.commit();
}

QString AgreementService::deleteRefusal(const QList<AgreementVersionRow>& versions, int version)
{
    for (const AgreementVersionRow& row : versions) {
        if (row.version != version)
            continue;
        if (versions.size() == 1)
            return tr("Version %1 is the agreement's only version; an agreement keeps at least "
                      "one.")
                .arg(version);
        if (row.active)
            return tr("Version %1 is the active version. Activate another version first.")
                .arg(version);
        if (row.contracts > 0)
            return row.contracts == 1
                       ? tr("Version %1 is used by a contract.").arg(version)
                       : tr("Version %1 is used by %2 contracts.").arg(version).arg(row.contracts);
        return {};
    }
    return tr("There is no version %1.").arg(version);
}

Result<void> AgreementService::deleteVersion(const QSqlDatabase& database,
                                             const ActingContext& acting,
                                             const QString& agreementId, int version)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto allowed = checkManager(database, acting, agreementId); !allowed)
        return allowed;
    auto all = readVersions(database, agreementId, false);
    if (!all)
        return all.error();
    if (const QString refusal = deleteRefusal(all.value(), version); !refusal.isEmpty()) {
        const bool exists = std::any_of(all->cbegin(), all->cend(), [version](const auto& row) {
            return row.version == version;
        });
        return Error{exists ? ErrorCode::Invalid : ErrorCode::NotFound, refusal};
    }
    QSqlQuery file(database);
    file.prepare(QStringLiteral(
        "SELECT file_id FROM agreement_versions WHERE agreement_id = ? AND version = ?"));
    file.addBindValue(agreementId);
    file.addBindValue(version);
    if (auto done = SqlError::exec(file); !done)
        return done;
    const QVariant fileId = file.next() ? file.value(0) : QVariant();
    file.finish();
    QSqlQuery remove(database);
    remove.prepare(
        QStringLiteral("DELETE FROM agreement_versions WHERE agreement_id = ? AND version = ?"));
    remove.addBindValue(agreementId);
    remove.addBindValue(version);
    if (auto done = SqlError::exec(remove); !done)
        return done;
    if (!fileId.isNull()) {
        QSqlQuery removeFile(database);
        removeFile.prepare(QStringLiteral("DELETE FROM stored_files WHERE id = ? AND NOT EXISTS "
                                          "(SELECT 1 FROM agreement_versions WHERE file_id = ?)"));
        removeFile.addBindValue(fileId);
        removeFile.addBindValue(fileId);
        if (auto done = SqlError::exec(removeFile); !done)
            return done;
    }
    const qint64 at = now();
    if (auto touched = touch(database, agreementId, at); !touched)
        return touched;
    if (auto recorded = record(database, acting, agreementId, QStringLiteral("version_deleted"),
                               {{QStringLiteral("version"), version}}, at);
        !recorded)
        return recorded;
    return transaction.commit();
}

Result<QList<AgreementVersionRow>> AgreementService::versions(const QSqlDatabase& database,
                                                              const ActingContext& acting,
                                                              const QString& agreementId)
{
    if (auto owned = checkOwner(database, acting, agreementId); !owned)
        return owned.error();
    return readVersions(database, agreementId, false);
}

Result<AgreementDetails> AgreementService::details(const QSqlDatabase& database,
                                                   const ActingContext& acting,
                                                   const QString& agreementId)
{
    if (auto owned = checkOwner(database, acting, agreementId); !owned)
        return owned.error();
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "SELECT type, name, coalesce(parent_agreement_id, ''), coalesce(marketplace_id, ''), "
        "coalesce(sourcing_agreement_id, '') FROM agreements WHERE id = ?"));
    query.addBindValue(agreementId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return notFound(agreementId);
    AgreementDetails result;
    result.id = agreementId;
    result.type =
        agreementTypes.fromKey(query.value(0).toString()).value_or(AgreementType::Program);
    result.name = query.value(1).toString();
    result.parentAgreementId = query.value(2).toString();
    result.marketplaceId = query.value(3).toString();
    result.sourcingAgreementId = query.value(4).toString();
    auto active = readVersions(database, agreementId, true);
    if (!active)
        return active.error();
    if (!active->isEmpty())
        result.activeVersion = active->first();
    return result;
}

Result<AgreementChoices> AgreementService::choices(const QSqlDatabase& database,
                                                   const ActingContext& acting)
{
    AgreementChoices result;
    QSqlQuery agreements(database);
    agreements.setForwardOnly(true);
    agreements.prepare(
        QStringLiteral("SELECT id, name, type FROM agreements WHERE owner_account_id = ? "
                       "AND type IN ('program', 'syndication') ORDER BY name COLLATE NOCASE, id"));
    agreements.addBindValue(acting.accountId);
    if (auto done = SqlError::exec(agreements); !done)
        return done.error();
    while (agreements.next()) {
        AgreementChoice choice{agreements.value(0).toString(), agreements.value(1).toString(), {}};
        if (agreements.value(2).toString() == agreementTypes.key(AgreementType::Program))
            result.programs << choice;
        else
            result.syndications << choice;
    }
    QSqlQuery marketplaces(database);
    marketplaces.setForwardOnly(true);
    marketplaces.prepare(QStringLiteral(R"(
        SELECT m.id, m.name, d.id, d.name
          FROM marketplaces m
          LEFT JOIN agreements d ON d.marketplace_id = m.id AND d.type = 'distribution'
         WHERE m.owner_account_id = ?
         ORDER BY m.name COLLATE NOCASE, m.id)"));
    marketplaces.addBindValue(acting.accountId);
    if (auto done = SqlError::exec(marketplaces); !done)
        return done.error();
    while (marketplaces.next()) {
        AgreementChoice choice{
            marketplaces.value(0).toString(), marketplaces.value(1).toString(), {}};
        if (!marketplaces.isNull(2))
            choice.unavailableReason =
                tr("Already has a distribution agreement: %1 (%2).")
                    .arg(marketplaces.value(3).toString(), marketplaces.value(2).toString());
        result.marketplaces << choice;
    }
    return result;
}
