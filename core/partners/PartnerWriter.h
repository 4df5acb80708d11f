#pragma once

#include "common/IdGenerator.h"
#include "common/Result.h"
#include "partners/PartnerCreation.h"
#include "partners/PartnerDraft.h"
#include "session/ActingContext.h"
#include "storage/StatementCache.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

/// Writes one partner of the Add partner wizard inside the caller's transaction: the partner
/// account and partnership, the new or existing program/service agreement and its contract, the
/// distribution agreements of a new program agreement, the users or the invitation. PartnerService
/// writes one partner through a fresh writer; an import writes many through one writer, which
/// reuses its prepared statements. The caller owns the Transaction, checks
/// PartnerService::canAddPartners() and PartnerService::validate().
class PartnerWriter {
    Q_DECLARE_TR_FUNCTIONS(PartnerWriter)
    Q_DISABLE_COPY_MOVE(PartnerWriter)

public:
    PartnerWriter(QSqlDatabase database, ActingContext acting);
    ~PartnerWriter();

    /// Writes draft (already validated); an existing agreement and the users are checked before
    /// anything is written.
    Result<PartnerCreation> insert(const PartnerDraft& draft, qint64 now);

    /// The draft's new program (vendor) or service (reseller) agreement, with what the wizard's
    /// other steps decide about it.
    static AgreementInput newAgreement(const PartnerDraft& draft);

private:
    Result<void> run(const QString& sql, const QVariantList& values);
    Result<void> event(const QString& type, const QString& id, qint64 now,
                       const QJsonObject& changes = {});

    QSqlDatabase m_database;
    ActingContext m_acting;
    StatementCache m_statements;
    IdGenerator m_ids;
};
