#include "leads/LeadWriter.h"

#include "history/EventLog.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadService.h"
#include "leads/LeadValidator.h"
#include "reference/ReferenceKind.h"
#include "storage/SqlError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

QVariant orNull(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

/// Text for a NOT NULL column: a null QString would bind as SQL NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

Error invalid(const QString& message)
{
    return {ErrorCode::Invalid, message};
}

QString json(const QVariantMap& values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact));
}

/// The sort keys of a lead (migration 9), each looked up from an ID bound once more after the
/// other values (company, contact, product, marketplace, owner). Written with the row, the
/// database's own check finds them right and need not rewrite the row and its indexes.
const char* const sortKeyColumns[][2] = {
    {"company_sort", "coalesce((SELECT name FROM companies WHERE id = ?), '')"},
    {"contact_sort", "coalesce((SELECT trim(first_name || ' ' || CASE WHEN middle_name <> '' "
                     "THEN middle_name || ' ' ELSE '' END || last_name) FROM contacts "
                     "WHERE id = ?), '')"},
    {"product_sort", "coalesce((SELECT name FROM products WHERE id = ?), '')"},
    {"marketplace_sort", "coalesce((SELECT name FROM marketplaces WHERE id = ?), '')"},
    {"owner_sort", "coalesce((SELECT name FROM users WHERE id = ?), '')"},
};

/// The INSERT of a new lead: the draft's columns, then what the listing and the writer set, then
/// the sort keys.
QString insertLeadSql()
{
    QStringList columns = LeadWriter::draftColumns();
    columns << QStringLiteral("id") << QStringLiteral("listing_id") << QStringLiteral("product_id")
            << QStringLiteral("marketplace_id") << QStringLiteral("vendor_account_id")
            << QStringLiteral("distributor_account_id") << QStringLiteral("form_id")
            << QStringLiteral("created_by") << QStringLiteral("created_at")
            << QStringLiteral("updated_by") << QStringLiteral("updated_at");
    QStringList values(columns.size(), QStringLiteral("?"));
    for (const auto& [column, value] : sortKeyColumns) {
        columns << QString::fromLatin1(column);
        values << QString::fromLatin1(value);
    }
    // Column names and expressions come from the fixed lists above.
    return QStringLiteral("INSERT INTO leads(%1) VALUES (%2)")
        .arg(columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

} // namespace

LeadWriter::LeadWriter(QSqlDatabase database, ActingContext acting)
    : m_database(std::move(database))
    , m_acting(std::move(acting))
    , m_statements(m_database)
    , m_ids(m_database)
{
}

LeadWriter::~LeadWriter() = default;

QStringList LeadWriter::draftColumns()
{
    return {QStringLiteral("name"),
            QStringLiteral("source"),
            QStringLiteral("lead_company_name"),
            QStringLiteral("company_id"),
            QStringLiteral("contact_id"),
            QStringLiteral("campaign_id"),
            QStringLiteral("selling_direction_id"),
            QStringLiteral("service_or_product"),
            QStringLiteral("description"),
            QStringLiteral("owner_user_id"),
            QStringLiteral("city"),
            QStringLiteral("channel_id"),
            QStringLiteral("custom_values")};
}

QVariantList LeadWriter::draftValues(const LeadDraft& lead, const QString& companyId,
                                     const QString& contactId)
{
    return {text(lead.name),
            text(lead.sourceKey),
            text(lead.leadCompanyName),
            companyId,
            contactId,
            orNull(lead.campaignId),
            lead.sellingDirectionId,
            text(lead.serviceOrProduct),
            text(lead.description),
            orNull(lead.ownerUserId),
            text(lead.city),
            orNull(lead.channelId),
            json(lead.customValues)};
}

Result<ListingContext> LeadWriter::listing(const QString& listingId)
{
    if (auto found = m_listings.constFind(listingId); found != m_listings.cend())
        return found.value();
    auto listing = LeadCatalog::listing(m_database, listingId);
    if (!listing)
        return listing.error();
    m_listings.insert(listingId, listing.value());
    return listing;
}

Result<bool> LeadWriter::inList(std::optional<QSet<QString>>& cache, const QString& sql,
                                const QVariantList& values, const QString& id)
{
    if (!cache) {
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        if (auto done = SqlError::exec(query, sql, values); !done)
            return done.error();
        QSet<QString> ids;
        while (query.next())
            ids.insert(query.value(0).toString());
        cache = std::move(ids);
    }
    return cache->contains(id);
}

Result<bool> LeadWriter::exists(const QString& sql, const QString& id, QSet<QString>& known)
{
    if (known.contains(id))
        return true;
    auto query = m_statements.prepared(sql);
    if (!query)
        return query.error();
    query.value()->bindValue(0, id);
    if (auto done = SqlError::exec(*query.value()); !done)
        return done.error();
    const bool found = query.value()->next();
    query.value()->finish();
    if (found)
        known.insert(id);
    return found;
}

Result<std::optional<QString>> LeadWriter::contactCompany(const QString& contactId)
{
    if (auto found = m_contactCompanies.constFind(contactId); found != m_contactCompanies.cend())
        return std::optional<QString>(found.value());
    auto query = m_statements.prepared(
        QStringLiteral("SELECT coalesce(company_id, '') FROM contacts WHERE id = ?"));
    if (!query)
        return query.error();
    query.value()->bindValue(0, contactId);
    if (auto done = SqlError::exec(*query.value()); !done)
        return done.error();
    std::optional<QString> company;
    if (query.value()->next())
        company = query.value()->value(0).toString();
    query.value()->finish();
    if (company) // contacts are never deleted; their company does not change
        m_contactCompanies.insert(contactId, *company);
    return company;
}

Result<void> LeadWriter::checkReferences(const LeadDraft& draft, LeadValidation& validation,
                                         const LeadDraft* stored)
{
    // An entry of the acting account's lists that is not retired; an edit may keep the value the
    // lead has (even retired, or of the account that owned it before the lists were per account).
    auto offered = [this](std::optional<QSet<QString>>& cache, ReferenceKind kind,
                          const QString& id, const QString* kept) -> Result<bool> {
        if (kept && *kept == id)
            return true;
        return inList(cache,
                      QStringLiteral("SELECT id FROM %1 WHERE account_id = ? AND retired = 0")
                          .arg(ReferenceKindInfo::of(kind).tableName()),
                      {m_acting.accountId}, id);
    };
    auto check = [&validation](const Result<bool>& found, LeadField field,
                               const QString& reason) -> Result<void> {
        if (!found)
            return found.error();
        if (!found.value())
            validation.fields.insert(field, reason);
        return {};
    };
    QList<Result<void>> checks;
    if (!draft.newCompany)
        checks << check(exists(QStringLiteral("SELECT 1 FROM companies WHERE id = ?"),
                               draft.existingCompanyId, m_companies),
                        LeadField::ExistingCompany,
                        LeadService::tr("This company no longer exists."));
    if (!draft.newContact && !draft.existingContactId.isEmpty()) {
        auto company = contactCompany(draft.existingContactId);
        if (!company)
            return company.error();
        if (!company->has_value())
            validation.fields.insert(LeadField::ExistingContact,
                                     LeadService::tr("This contact no longer exists."));
        else if (!draft.newCompany && company->value() != draft.existingCompanyId)
            validation.fields.insert(LeadField::ExistingContact,
                                     LeadService::tr("This contact is not one of the chosen "
                                                     "company's contacts: pick one of them, or "
                                                     "tick New contact."));
    }
    checks << check(
        offered(m_sellingDirections, ReferenceKind::SellingDirections, draft.sellingDirectionId,
                stored ? &stored->sellingDirectionId : nullptr),
        LeadField::SellingDirection, LeadService::tr("Pick a selling direction from the list."));
    if (!draft.campaignId.isEmpty())
        checks << check(offered(m_campaigns, ReferenceKind::Campaigns, draft.campaignId,
                                stored ? &stored->campaignId : nullptr),
                        LeadField::Campaign, LeadService::tr("Pick a campaign from the list."));
    if (!draft.channelId.isEmpty())
        checks << check(offered(m_channels, ReferenceKind::ContentChannels, draft.channelId,
                                stored ? &stored->channelId : nullptr),
                        LeadField::ContentChannel,
                        LeadService::tr("Pick a channel from the list."));
    if (!draft.ownerUserId.isEmpty())
        checks << check(
            inList(m_members,
                   QStringLiteral("SELECT user_id FROM memberships WHERE account_id = ?"),
                   {m_acting.accountId}, draft.ownerUserId),
            LeadField::Owner,
            LeadService::tr("The owner must be a user of %1.").arg(m_acting.accountName));
    for (const Result<void>& checked : std::as_const(checks))
        if (!checked)
            return checked;
    return {};
}

Result<std::pair<LeadDraft, ListingContext>> LeadWriter::check(const LeadDraft& draft,
                                                               LeadValidation* validation)
{
    auto listing = this->listing(draft.listingId);
    if (!listing)
        return listing.error();
    if (listing->distributorAccountId != m_acting.accountId)
        return Error{ErrorCode::PermissionDenied,
                     LeadService::tr("Leads can only be created on your own marketplaces.")};
    if (listing->formId != draft.formId)
        return invalid(LeadService::tr("The vendor has changed the lead form of %1. Go back and "
                                       "fill in the current form.")
                           .arg(listing->productName));
    LeadValidation result = LeadValidator::validate(draft, listing->schema, listing->phoneRegion());
    if (auto checked = checkReferences(draft, result); !checked)
        return checked.error();
    if (validation)
        *validation = result;
    if (!result.isValid())
        return invalid(LeadService::tr("Some fields need attention: %1").arg(result.first()));
    return std::pair{LeadValidator::normalized(draft, listing->schema, listing->phoneRegion()),
                     listing.value()};
}

Result<QString> LeadWriter::insertRecord(IdKind kind, const QString& sql,
                                         const QVariantList& values, const QString& objectType,
                                         qint64 now)
{
    auto id = m_ids.next(kind);
    if (!id)
        return id.error();
    auto query = m_statements.prepared(sql);
    if (!query)
        return query.error();
    query.value()->bindValue(0, id.value());
    for (int i = 0; i < values.size(); ++i)
        query.value()->bindValue(i + 1, values.at(i));
    if (auto done = SqlError::exec(*query.value()); !done)
        return done.error();
    if (auto logged = EventLog::record(m_statements, {now,
                                                      m_acting.userId,
                                                      m_acting.accountId,
                                                      objectType,
                                                      id.value(),
                                                      QStringLiteral("created"),
                                                      {}});
        !logged)
        return logged.error();
    return id.value();
}

Result<std::pair<QString, QString>> LeadWriter::writeCompanyAndContact(const LeadDraft& lead,
                                                                       qint64 now)
{
    QString companyId = lead.existingCompanyId;
    QString contactId = lead.existingContactId;
    if (lead.newCompany) {
        auto id = insertRecord(IdKind::Company,
                               QStringLiteral("INSERT INTO companies(id, name, tin, website, city, "
                                              "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                               {text(lead.companyName), text(lead.companyTin),
                                text(lead.companyWebsite), text(lead.city), now},
                               QStringLiteral("company"), now);
        if (!id)
            return id.error();
        companyId = id.value();
    }
    if (lead.newContact) {
        auto id = insertRecord(IdKind::Contact,
                               QStringLiteral("INSERT INTO contacts(id, first_name, middle_name, "
                                              "last_name, phone, email, company_id, created_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {text(lead.firstName), text(lead.middleName), text(lead.lastName),
                                text(lead.contactPhone), text(lead.contactEmail), companyId, now},
                               QStringLiteral("contact"), now);
        if (!id)
            return id.error();
        contactId = id.value();
    }
    return std::pair{companyId, contactId};
}

Result<QString> LeadWriter::create(const LeadDraft& draft, LeadValidation* validation, qint64 now)
{
    auto checked = check(draft, validation);
    if (!checked)
        return checked.error();
    const auto& [lead, listing] = checked.value();
    if (listing.statusKey != QLatin1String("listed"))
        return invalid(LeadService::tr("%1 is no longer listed on %2.")
                           .arg(listing.productName, listing.marketplaceName));

    auto parties = writeCompanyAndContact(lead, now);
    if (!parties)
        return parties.error();
    auto leadId = m_ids.next(IdKind::Lead);
    if (!leadId)
        return leadId.error();
    static const QString insertLead = insertLeadSql();
    auto query = m_statements.prepared(insertLead);
    if (!query)
        return query.error();
    QVariantList values = draftValues(lead, parties->first, parties->second);
    const qsizetype draftCount = values.size();
    values << leadId.value() << listing.listingId << listing.productId << listing.marketplaceId
           << listing.vendorAccountId << listing.distributorAccountId << orNull(listing.formId)
           << m_acting.userId << now << m_acting.userId << now;
    // The IDs the sort keys are looked up by.
    values << parties->first << parties->second << listing.productId << listing.marketplaceId
           << orNull(lead.ownerUserId);
    for (int i = 0; i < values.size(); ++i)
        query.value()->bindValue(i, values.at(i));
    if (auto done = SqlError::exec(*query.value()); !done)
        return done.error();
    static const QStringList columns = draftColumns();
    QJsonObject changes;
    for (qsizetype i = 0; i < draftCount; ++i)
        changes.insert(columns.at(i), QJsonValue::fromVariant(values.at(i)));
    if (auto logged = EventLog::record(m_statements, {now, m_acting.userId, m_acting.accountId,
                                                      QStringLiteral("lead"), leadId.value(),
                                                      QStringLiteral("created"), changes});
        !logged)
        return logged.error();
    return leadId.value();
}
