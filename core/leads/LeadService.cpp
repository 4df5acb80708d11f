#include "leads/LeadService.h"

#include "common/IdGenerator.h"
#include "common/WebsiteUrl.h"
#include "history/EventLog.h"
#include "history/RecordVersion.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadValidator.h"
#include "leads/LeadWriter.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

Error invalid(const QString& message)
{
    return {ErrorCode::Invalid, message};
}

struct LeadRow {
    QString listingId;
    QString formId;
    QString vendorAccountId;
    QString distributorAccountId;
    QString statusKey;
    QString companyId;
    QString contactId;
    QString productId;
    QString marketplaceId;
    QString ownerUserId;
};

Result<LeadRow> loadLead(const QSqlDatabase& database, const QString& leadId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "SELECT listing_id, coalesce(form_id, ''), vendor_account_id, distributor_account_id, "
        "status, company_id, contact_id, product_id, marketplace_id, coalesce(owner_user_id, '') "
        "FROM leads WHERE id = ?"));
    query.addBindValue(leadId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     LeadService::tr("The lead %1 does not exist.").arg(leadId)};
    return LeadRow{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                   query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                   query.value(6).toString(), query.value(7).toString(), query.value(8).toString(),
                   query.value(9).toString()};
}

VersionedRow versionedLead(const QString& leadId)
{
    return {QStringLiteral("leads"),
            {QStringLiteral("id")},
            {leadId},
            QStringLiteral("lead"),
            leadId,
            LeadService::tr("Lead %1").arg(leadId)};
}

/// Loads a lead the acting vendor may decide on: visible, its product's vendor, not changed
/// since readVersion, still New.
Result<LeadRow> leadForDecision(const QSqlDatabase& database, const ActingContext& acting,
                                const QString& leadId, std::optional<qint64> readVersion)
{
    auto lead = loadLead(database, leadId);
    if (!lead)
        return RecordVersion::unlessDeleted(database, versionedLead(leadId), readVersion,
                                            lead.error());
    // Accounts outside the lead learn nothing about it, not even that it exists.
    if (lead->vendorAccountId != acting.accountId && lead->distributorAccountId != acting.accountId)
        return Error{ErrorCode::NotFound,
                     LeadService::tr("The lead %1 does not exist.").arg(leadId)};
    if (lead->vendorAccountId != acting.accountId || acting.userRole == UserRole::Viewer)
        return Error{ErrorCode::PermissionDenied,
                     LeadService::tr("Only the vendor that owns the product may qualify or "
                                     "disqualify a lead.")};
    if (auto claimed = RecordVersion::claim(database, versionedLead(leadId), readVersion); !claimed)
        return claimed.error();
    if (lead->statusKey != QLatin1String("new"))
        return Error{ErrorCode::Invalid,
                     LeadService::tr("The lead %1 has already been decided.").arg(leadId)};
    return lead;
}

} // namespace

Result<QString> LeadService::create(const QSqlDatabase& database, const ActingContext& acting,
                                    const LeadDraft& draft, LeadValidation* validation)
{
    if (!acting.canCreateLeads())
        return Error{ErrorCode::PermissionDenied,
                     tr("Creating leads needs a CRM role in a distributor or reseller account.")};
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    LeadWriter writer(database, acting);
    auto leadId = writer.create(draft, validation, QDateTime::currentMSecsSinceEpoch());
    if (!leadId)
        return leadId.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return leadId.value();
}

Result<void> LeadService::update(const QSqlDatabase& database, const ActingContext& acting,
                                 const QString& leadId, const LeadDraft& draft,
                                 LeadValidation* validation, std::optional<qint64> readVersion)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto current = loadLead(database, leadId);
    if (!current)
        return RecordVersion::unlessDeleted(database, versionedLead(leadId), readVersion,
                                            current.error());
    if (current->vendorAccountId != acting.accountId &&
        current->distributorAccountId != acting.accountId)
        return Error{ErrorCode::NotFound, tr("The lead %1 does not exist.").arg(leadId)};
    if (current->distributorAccountId != acting.accountId || !acting.canCreateLeads())
        return Error{ErrorCode::PermissionDenied,
                     tr("Only the distributor that created the lead may edit it.")};
    if (auto claimed = RecordVersion::claim(database, versionedLead(leadId), readVersion); !claimed)
        return claimed;
    if (current->statusKey != QLatin1String("new"))
        return invalid(tr("Only New leads can be edited; %1 has been decided.").arg(leadId));
    if (draft.listingId != current->listingId || draft.formId != current->formId)
        return invalid(tr("The product, marketplace and form of a lead cannot be changed."));
    // The lead keeps the form it was created with, even if the vendor has changed it since.
    auto stored = LeadCatalog::leadForEdit(database, acting, leadId);
    if (!stored)
        return stored.error();
    const ListingContext& listing = stored->listing;
    LeadWriter writer(database, acting);
    LeadValidation result = LeadValidator::validate(draft, listing.schema, listing.phoneRegion());
    if (auto checked = writer.checkReferences(draft, result, &stored->draft); !checked)
        return checked.error();
    if (validation)
        *validation = result;
    if (!result.isValid())
        return invalid(tr("Some fields need attention: %1").arg(result.first()));
    const LeadDraft lead = LeadValidator::normalized(draft, listing.schema, listing.phoneRegion());

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto parties = writer.writeCompanyAndContact(lead, now);
    if (!parties)
        return parties.error();

    const QStringList draftColumns = LeadWriter::draftColumns();
    QSqlQuery before(database);
    before.prepare(QStringLiteral("SELECT %1 FROM leads WHERE id = ?")
                       .arg(draftColumns.join(QStringLiteral(", "))));
    before.addBindValue(leadId);
    if (auto done = SqlError::exec(before); !done || !before.next())
        return done ? Error{ErrorCode::NotFound, tr("The lead %1 does not exist.").arg(leadId)}
                    : done.error();
    const QVariantList values = LeadWriter::draftValues(lead, parties->first, parties->second);
    QJsonObject changes;
    for (int i = 0; i < draftColumns.size(); ++i)
        if (before.value(i).toString() != values.at(i).toString())
            changes.insert(
                draftColumns.at(i),
                QJsonObject{{QStringLiteral("from"), QJsonValue::fromVariant(before.value(i))},
                            {QStringLiteral("to"), QJsonValue::fromVariant(values.at(i))}});
    if (changes.isEmpty())
        return {};

    QStringList assignments;
    for (const QString& column : draftColumns)
        assignments << column + QStringLiteral(" = ?");
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE leads SET %1, updated_by = ?, updated_at = ? WHERE id = ?")
                      .arg(assignments.join(QStringLiteral(", "))));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(acting.userId);
    query.addBindValue(now);
    query.addBindValue(leadId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (auto logged = EventLog::record(database, {now, acting.userId, acting.accountId,
                                                  QStringLiteral("lead"), leadId,
                                                  QStringLiteral("updated"), changes});
        !logged)
        return logged.error();
    return transaction.commit();
}

Result<QList<DuplicateHint>> LeadService::possibleDuplicates(const QSqlDatabase& database,
                                                             const LeadDraft& draft)
{
    struct Probe {
        QString reason;
        QString type;
        QString sql;
        QString value;
    };
    QList<Probe> probes;
    if (draft.newCompany && !draft.companyTin.trimmed().isEmpty())
        probes.append({tr("Same TIN"), QStringLiteral("company"),
                       QStringLiteral("SELECT id, name FROM companies WHERE tin = ? LIMIT 10"),
                       draft.companyTin.trimmed()});
    if (const QString domain = WebsiteUrl::domain(draft.companyWebsite);
        draft.newCompany && !domain.isEmpty())
        probes.append(
            {tr("Same website domain"), QStringLiteral("company"),
             QStringLiteral("SELECT id, name FROM companies WHERE website_domain = ? LIMIT 10"),
             domain});
    if (draft.newContact && !draft.contactEmail.trimmed().isEmpty())
        probes.append(
            {tr("Same contact e-mail"), QStringLiteral("contact"),
             QStringLiteral("SELECT id, trim(first_name || ' ' || last_name) FROM contacts "
                            "WHERE email = ? COLLATE NOCASE LIMIT 10"),
             draft.contactEmail.trimmed()});
    QList<DuplicateHint> hints;
    for (const Probe& probe : std::as_const(probes)) {
        QSqlQuery query(database);
        query.prepare(probe.sql);
        query.addBindValue(probe.value);
        if (auto done = SqlError::exec(query); !done)
            return done.error();
        while (query.next())
            hints << DuplicateHint{probe.reason, probe.type, query.value(0).toString(),
                                   query.value(1).toString()};
    }
    return hints;
}

Result<QString> LeadService::qualify(const QSqlDatabase& database, const ActingContext& acting,
                                     const QString& leadId, std::optional<qint64> readVersion)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto lead = leadForDecision(database, acting, leadId, readVersion);
    if (!lead)
        return lead.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto opportunityId = IdGenerator(database).next(IdKind::Opportunity);
    if (!opportunityId)
        return opportunityId.error();
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "INSERT INTO opportunities(id, lead_id, company_id, contact_id, product_id, "
        "marketplace_id, owner_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(opportunityId.value()), QVariant(leadId), QVariant(lead->companyId),
          QVariant(lead->contactId), QVariant(lead->productId), QVariant(lead->marketplaceId),
          QVariant(acting.userId), QVariant(now)})
        query.addBindValue(value);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    query.prepare(QStringLiteral("UPDATE leads SET status = 'qualified', updated_by = ?, "
                                 "updated_at = ? WHERE id = ?"));
    query.addBindValue(acting.userId);
    query.addBindValue(now);
    query.addBindValue(leadId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    for (const Event& event :
         {Event{now, acting.userId, acting.accountId, QStringLiteral("lead"), leadId,
                QStringLiteral("qualified"),
                QJsonObject{{QStringLiteral("status"), QStringLiteral("qualified")},
                            {QStringLiteral("opportunity_id"), opportunityId.value()}}},
          Event{now, acting.userId, acting.accountId, QStringLiteral("opportunity"),
                opportunityId.value(), QStringLiteral("created"),
                QJsonObject{{QStringLiteral("lead_id"), leadId}}}})
        if (auto logged = EventLog::record(database, event); !logged)
            return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return opportunityId.value();
}

Result<void> LeadService::disqualify(const QSqlDatabase& database, const ActingContext& acting,
                                     const QString& leadId, const QString& note,
                                     std::optional<qint64> readVersion)
{
    const QString reason = note.trimmed();
    if (reason.isEmpty())
        return invalid(tr("Say why the lead is disqualified."));
    if (reason.size() > maxNoteLength)
        return invalid(tr("The reason has at most %1 characters (now %2).")
                           .arg(maxNoteLength)
                           .arg(reason.size()));
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto lead = leadForDecision(database, acting, leadId, readVersion);
    if (!lead)
        return lead.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE leads SET status = 'disqualified', status_note = ?, "
                                 "updated_by = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(reason);
    query.addBindValue(acting.userId);
    query.addBindValue(now);
    query.addBindValue(leadId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (auto logged = EventLog::record(
            database, {now, acting.userId, acting.accountId, QStringLiteral("lead"), leadId,
                       QStringLiteral("disqualified"),
                       QJsonObject{{QStringLiteral("status"), QStringLiteral("disqualified")},
                                   {QStringLiteral("status_note"), reason}}});
        !logged)
        return logged.error();
    return transaction.commit();
}
