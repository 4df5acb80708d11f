#include "partners/ContractService.h"

#include "history/EventLog.h"
#include "history/RecordVersion.h"
#include "partners/AgreementType.h"
#include "partners/ContractStatus.h"
#include "partners/ContractWriter.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

#include <optional>

namespace {

/// Which party of a contract may take a step.
enum class Side { Issuer, Partner, Either };

/// One step of a status flow: from the current status, action by side leads to target
/// (std::nullopt: the contract is deleted).
struct Step {
    ContractAction action;
    Side side;
    std::optional<ContractStatus> target;
};

/// The steps the flow of type allows from status, whoever takes them.
QList<Step> stepsFrom(AgreementType type, ContractStatus status)
{
    using A = ContractAction;
    using S = ContractStatus;
    if (status == S::Active)
        return {{A::Terminate, Side::Either, S::Terminated}};
    switch (type) {
    case AgreementType::Program:
    case AgreementType::Service:
    case AgreementType::Referral:
        if (status == S::Pending)
            return {{A::Sign, Side::Partner, S::Active},
                    {A::Reject, Side::Partner, S::Rejected},
                    {A::Delete, Side::Issuer, std::nullopt}};
        break;
    case AgreementType::Distribution:
        if (status == S::Enrolling)
            return {{A::Enroll, Side::Partner, S::Pending}};
        if (status == S::Pending)
            return {{A::Approve, Side::Issuer, S::Active},
                    {A::Reject, Side::Issuer, S::Rejected},
                    {A::Refine, Side::Issuer, S::Enrolling}};
        break;
    case AgreementType::Syndication:
        if (status == S::Enrolling)
            return {{A::Enroll, Side::Partner, S::Pending}};
        if (status == S::Pending)
            return {{A::Approve, Side::Issuer, S::Active}, {A::Reject, Side::Issuer, S::Rejected}};
        break;
    }
    return {};
}

struct ContractRow {
    QString id;
    AgreementType type = AgreementType::Program;
    ContractStatus status = ContractStatus::Pending;
    QString issuerAccountId;
    QString partnerAccountId;
};

Error notFound(const QString& contractId)
{
    return {ErrorCode::NotFound,
            ContractService::tr("The contract %1 does not exist.").arg(contractId)};
}

/// The contract, if acting's account is one of its parties; others learn nothing about it.
Result<ContractRow> loadForParty(const QSqlDatabase& database, const ActingContext& acting,
                                 const QString& contractId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT type, status, issuer_account_id, partner_account_id "
                                 "FROM contracts WHERE id = ?"));
    query.addBindValue(contractId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return notFound(contractId);
    ContractRow row;
    row.id = contractId;
    row.issuerAccountId = query.value(2).toString();
    row.partnerAccountId = query.value(3).toString();
    if (acting.accountId.isEmpty() ||
        (acting.accountId != row.issuerAccountId && acting.accountId != row.partnerAccountId))
        return notFound(contractId);
    const auto type = agreementTypes.fromKey(query.value(0).toString());
    const auto status = contractStatuses.fromKey(query.value(1).toString());
    if (!type || !status)
        return Error{
            ErrorCode::Corrupt,
            ContractService::tr("The contract %1 has an unknown type or status.").arg(contractId)};
    row.type = *type;
    row.status = *status;
    return row;
}

VersionedRow versionedContract(const QString& contractId)
{
    return {QStringLiteral("contracts"),
            {QStringLiteral("id")},
            {contractId},
            QStringLiteral("contract"),
            contractId,
            ContractService::tr("Contract %1").arg(contractId)};
}

bool sideMatches(Side side, const ContractRow& contract, const QString& accountId)
{
    switch (side) {
    case Side::Issuer:
        return accountId == contract.issuerAccountId;
    case Side::Partner:
        return accountId == contract.partnerAccountId;
    case Side::Either:
        break;
    }
    return true;
}

QList<ContractAction> allowedFor(const ContractRow& contract, const ActingContext& acting)
{
    QList<ContractAction> actions;
    if (!acting.canManagePartners())
        return actions;
    for (const Step& step : stepsFrom(contract.type, contract.status))
        if (sideMatches(step.side, contract, acting.accountId))
            actions << step.action;
    return actions;
}

/// The step acting may take, or why not.
Result<Step> checkStep(const ContractRow& contract, const ActingContext& acting,
                       ContractAction action)
{
    if (!acting.canManagePartners())
        return Error{ErrorCode::PermissionDenied,
                     ContractService::tr("Only a CRM admin or CRM manager may act on contracts.")};
    for (const Step& step : stepsFrom(contract.type, contract.status)) {
        if (step.action != action)
            continue;
        if (!sideMatches(step.side, contract, acting.accountId))
            return Error{ErrorCode::PermissionDenied,
                         step.side == Side::Issuer
                             ? ContractService::tr(
                                   "Only the issuer of the contract %1 can choose \u201c%2\u201d.")
                                   .arg(contract.id, contractActions.label(action))
                             : ContractService::tr(
                                   "Only the partner of the contract %1 can choose \u201c%2\u201d.")
                                   .arg(contract.id, contractActions.label(action))};
        return step;
    }
    return Error{ErrorCode::Invalid,
                 ContractService::tr(
                     "The \u201c%1\u201d contract %2 is %3: \u201c%4\u201d cannot change it.")
                     .arg(agreementTypes.label(contract.type), contract.id,
                          contractStatuses.label(contract.status), contractActions.label(action))};
}

QString pastTense(ContractAction action)
{
    switch (action) {
    case ContractAction::Sign:
        return QStringLiteral("signed");
    case ContractAction::Reject:
        return QStringLiteral("rejected");
    case ContractAction::Delete:
        return QStringLiteral("deleted");
    case ContractAction::Enroll:
        return QStringLiteral("enrolled");
    case ContractAction::Approve:
        return QStringLiteral("approved");
    case ContractAction::Refine:
        return QStringLiteral("refined");
    case ContractAction::Terminate:
        break;
    }
    return QStringLiteral("terminated");
}

Result<void> run(const QSqlDatabase& database, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(database);
    return SqlError::exec(query, sql, values);
}

/// Activates the 'invited' partnership of contract's issuer and partner, logging the change.
Result<void> activatePartnership(const QSqlDatabase& database, const ActingContext& acting,
                                 const ContractRow& contract, qint64 now)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE partnerships SET status = 'active', updated_at = ? "
                                 "WHERE owner_account_id = ? AND partner_account_id = ? "
                                 "AND status = 'invited'"));
    query.addBindValue(now);
    query.addBindValue(contract.issuerAccountId);
    query.addBindValue(contract.partnerAccountId);
    if (auto done = SqlError::exec(query); !done)
        return done;
    if (query.numRowsAffected() <= 0)
        return {};
    return EventLog::record(database, {now,
                                       acting.userId,
                                       acting.accountId,
                                       QStringLiteral("partner"),
                                       contract.partnerAccountId,
                                       QStringLiteral("activated"),
                                       {{QStringLiteral("from"), QStringLiteral("invited")},
                                        {QStringLiteral("to"), QStringLiteral("active")},
                                        {QStringLiteral("contract"), contract.id}}});
}

} // namespace

Result<QList<ContractAction>> ContractService::allowedActions(const QSqlDatabase& database,
                                                              const ActingContext& acting,
                                                              const QString& contractId)
{
    auto contract = loadForParty(database, acting, contractId);
    if (!contract)
        return contract.error();
    return allowedFor(contract.value(), acting);
}

Result<void> ContractService::perform(const QSqlDatabase& database, const ActingContext& acting,
                                      const QString& contractId, ContractAction action,
                                      const QString& note, std::optional<qint64> readVersion)
{
    const QString trimmedNote = note.trimmed();
    const bool takesNote = action == ContractAction::Reject || action == ContractAction::Terminate;
    if (takesNote && trimmedNote.size() > maxNoteLength)
        return Error{ErrorCode::Invalid,
                     tr("The note may have at most %1 characters.").arg(maxNoteLength)};

    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto contract = loadForParty(database, acting, contractId);
    if (!contract)
        return RecordVersion::unlessDeleted(database, versionedContract(contractId), readVersion,
                                            contract.error());
    if (!acting.canManagePartners()) // a user without the role hears that first
        return checkStep(contract.value(), acting, action).error();
    if (auto claimed = RecordVersion::claim(database, versionedContract(contractId), readVersion);
        !claimed)
        return claimed;
    auto step = checkStep(contract.value(), acting, action);
    if (!step)
        return step.error();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString from = contractStatuses.key(contract->status);
    QJsonObject changes{{QStringLiteral("from"), from}};
    if (!step->target) {
        if (auto done = ContractWriter::remove(database, contractId); !done)
            return done;
        changes.insert(QStringLiteral("to"), QJsonValue::Null);
    } else {
        const QString to = contractStatuses.key(*step->target);
        changes.insert(QStringLiteral("to"), to);
        const bool signs = action == ContractAction::Sign || action == ContractAction::Approve;
        const bool writesNote = takesNote && !trimmedNote.isEmpty();
        if (writesNote)
            changes.insert(QStringLiteral("note"), trimmedNote);
        if (auto done =
                run(database,
                    QStringLiteral("UPDATE contracts SET status = ?, updated_at = ?, "
                                   "signed_at = CASE WHEN ? = 1 THEN ? ELSE signed_at END, "
                                   "status_note = CASE WHEN ? = 1 THEN ? ELSE status_note END "
                                   "WHERE id = ?"),
                    {to, now, signs ? 1 : 0, now, writesNote ? 1 : 0,
                     writesNote ? trimmedNote : QStringLiteral(""), contractId});
            !done)
            return done;
        const bool activatesPartner =
            *step->target == ContractStatus::Active &&
            (contract->type == AgreementType::Program || contract->type == AgreementType::Service);
        if (activatesPartner)
            if (auto done = activatePartnership(database, acting, contract.value(), now); !done)
                return done;
    }
    if (auto logged = EventLog::record(database, {now, acting.userId, acting.accountId,
                                                  QStringLiteral("contract"), contractId,
                                                  pastTense(action), changes});
        !logged)
        return logged;
    return transaction.commit();
}

Result<int> ContractService::signUpdatedVersion(const QSqlDatabase& database,
                                                const ActingContext& acting,
                                                const QString& contractId,
                                                std::optional<qint64> readVersion)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    QSqlQuery query(database);
    query.prepare(
        QStringLiteral("SELECT c.status, used.version, active.id, active.version FROM contracts c "
                       "JOIN agreement_versions used ON used.id = c.agreement_version_id "
                       "JOIN agreement_versions active ON active.agreement_id = c.agreement_id AND "
                       "active.active = 1 "
                       "WHERE c.id = ? AND (c.issuer_account_id = ? OR c.partner_account_id = ?)"));
    query.addBindValue(contractId);
    query.addBindValue(acting.accountId);
    query.addBindValue(acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return RecordVersion::unlessDeleted(
            database, versionedContract(contractId), readVersion,
            {ErrorCode::NotFound, tr("The contract %1 does not exist.").arg(contractId)});
    if (!acting.canManagePartners())
        return Error{ErrorCode::PermissionDenied,
                     tr("Signing agreements needs the CRM admin or manager role.")};
    if (auto claimed = RecordVersion::claim(database, versionedContract(contractId), readVersion);
        !claimed)
        return claimed.error();
    const QString status = query.value(0).toString();
    const int used = query.value(1).toInt();
    const qint64 activeId = query.value(2).toLongLong();
    const int active = query.value(3).toInt();
    if (status != QLatin1String("active"))
        return Error{ErrorCode::Invalid,
                     tr("Only an active contract moves to an updated agreement "
                        "version; %1 is %2.")
                         .arg(contractId, contractStatuses.labelForKey(status))};
    if (used == active)
        return Error{ErrorCode::Invalid,
                     tr("The contract %1 already uses version %2, the active one.")
                         .arg(contractId)
                         .arg(active)};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE contracts SET agreement_version_id = ?, signed_at = ?, "
                                  "updated_at = ? WHERE id = ?"));
    update.addBindValue(activeId);
    update.addBindValue(now);
    update.addBindValue(now);
    update.addBindValue(contractId);
    if (auto done = SqlError::exec(update); !done)
        return done.error();
    if (auto logged = EventLog::record(
            database,
            {now, acting.userId, acting.accountId, QStringLiteral("contract"), contractId,
             QStringLiteral("version_signed"),
             QJsonObject{{QStringLiteral("from"), used}, {QStringLiteral("to"), active}}});
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return active;
}
