#include "leads/LeadCatalog.h"

#include "directory/SearchText.h"
#include "storage/SqlError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

/// A contact as the pickers show it: ID, name, e-mail.
QString contactColumns()
{
    return QStringLiteral("id, trim(first_name || ' ' || CASE WHEN middle_name <> '' "
                          "THEN middle_name || ' ' ELSE '' END || last_name), email");
}

Result<QList<LeadOption>> options(QSqlQuery& query)
{
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    QList<LeadOption> list;
    while (query.next())
        list << LeadOption{query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString()};
    return list;
}

} // namespace

Result<QList<LeadOption>> LeadCatalog::products(const QSqlDatabase& database,
                                                const ActingContext& acting)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT p.id, p.name, v.name FROM products p "
                                 "JOIN accounts v ON v.id = p.vendor_account_id "
                                 "WHERE p.id IN (SELECT l.product_id FROM listings l "
                                 "JOIN marketplaces m ON m.id = l.marketplace_id "
                                 "WHERE l.status = 'listed' AND m.owner_account_id = ?) "
                                 "ORDER BY p.name COLLATE NOCASE, p.id"));
    query.addBindValue(acting.accountId);
    return options(query);
}

Result<QList<LeadOption>> LeadCatalog::marketplaces(const QSqlDatabase& database,
                                                    const ActingContext& acting,
                                                    const QString& productId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "SELECT l.id, m.name, replace(m.countries, ',', ', ') || ' \u00b7 ' || m.currency "
        "FROM listings l JOIN marketplaces m ON m.id = l.marketplace_id "
        "WHERE l.product_id = ? AND l.status = 'listed' AND m.owner_account_id = ? "
        "ORDER BY m.name COLLATE NOCASE, m.id"));
    query.addBindValue(productId);
    query.addBindValue(acting.accountId);
    return options(query);
}

Result<ListingContext> LeadCatalog::listing(const QSqlDatabase& database, const QString& listingId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "SELECT l.id, l.status, p.id, p.name, m.id, m.name, m.countries, v.id, v.name, d.id, "
        "d.name, "
        "f.id, f.name, f.schema FROM listings l "
        "JOIN products p ON p.id = l.product_id JOIN marketplaces m ON m.id = l.marketplace_id "
        "JOIN accounts v ON v.id = p.vendor_account_id JOIN accounts d ON d.id = "
        "m.owner_account_id "
        "LEFT JOIN lead_forms f ON f.id = (SELECT lf.id FROM lead_form_listings fl "
        "  JOIN lead_forms lf ON lf.id = fl.form_id AND lf.status = 'active' "
        "   AND lf.vendor_account_id = p.vendor_account_id "
        "  WHERE fl.listing_id = l.id ORDER BY lf.updated_at DESC, lf.id LIMIT 1) "
        "WHERE l.id = ?"));
    query.addBindValue(listingId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("The listing %1 does not exist.").arg(listingId)};
    ListingContext context;
    context.listingId = query.value(0).toString();
    context.statusKey = query.value(1).toString();
    context.productId = query.value(2).toString();
    context.productName = query.value(3).toString();
    context.marketplaceId = query.value(4).toString();
    context.marketplaceName = query.value(5).toString();
    context.marketplaceCountries = query.value(6).toString();
    context.vendorAccountId = query.value(7).toString();
    context.vendorName = query.value(8).toString();
    context.distributorAccountId = query.value(9).toString();
    context.distributorName = query.value(10).toString();
    if (!query.isNull(11)) {
        context.formId = query.value(11).toString();
        context.formName = query.value(12).toString();
        auto schema = LeadFormSchema::fromJson(query.value(13).toString().toUtf8());
        if (!schema)
            return Error{ErrorCode::Invalid, tr("The lead form %1 of this product is damaged: %2")
                                                 .arg(context.formName, schema.error().message)};
        context.schema = schema.value();
    }
    return context;
}

std::pair<QString, QVariantList> LeadCatalog::companySearchStatement(const QString& text, int limit,
                                                                     SqlEngine engine)
{
    const QString typed = text.simplified();
    // SQLite breaks ties by rowid (in every index), PostgreSQL by the ID.
    const QString tie =
        engine == SqlEngine::Postgres ? QStringLiteral("id") : QStringLiteral("rowid");
    if (typed.isEmpty())
        return {QStringLiteral("SELECT id, name, tin FROM companies "
                               "ORDER BY name COLLATE NOCASE, %1 LIMIT ?")
                    .arg(tie),
                {limit + 1}};
    // Names from `typed` up to typed + the last code point: those that start with the text.
    const QString from = typed;
    const QString to = typed + QString::fromUcs4(U"\U0010FFFF");
    const QString startsWith =
        QStringLiteral("(name >= ? COLLATE NOCASE AND name < ? COLLATE NOCASE)");
    // Each part reads at most limit + 1 rows through its index; only those are sorted.
    if (engine == SqlEngine::Postgres)
        return {
            QStringLiteral("SELECT id, name, tin FROM companies WHERE id IN ("
                           "SELECT id FROM (SELECT id FROM companies WHERE %1 "
                           "ORDER BY name COLLATE NOCASE LIMIT ?) starting UNION ALL "
                           "SELECT id FROM (SELECT id FROM company_search "
                           "WHERE company_search MATCH ? LIMIT ?) found) "
                           "ORDER BY %1 DESC, name COLLATE NOCASE, id LIMIT ?")
                .arg(startsWith),
            {from, to, limit + 1, SearchText::toMatchQuery(typed), limit + 1, from, to, limit + 1}};
    return {QStringLiteral("SELECT id, name, tin FROM companies WHERE rowid IN ("
                           "SELECT rowid FROM (SELECT rowid FROM companies WHERE %1 "
                           "ORDER BY name COLLATE NOCASE LIMIT ?) UNION ALL "
                           "SELECT rowid FROM (SELECT rowid FROM company_search "
                           "WHERE company_search MATCH ? LIMIT ?)) "
                           "ORDER BY %1 DESC, name COLLATE NOCASE, rowid LIMIT ?")
                .arg(startsWith),
            {from, to, limit + 1, SearchText::toMatchQuery(typed), limit + 1, from, to, limit + 1}};
}

std::pair<QString, QVariantList> LeadCatalog::contactSearchStatement(const QString& companyId,
                                                                     const QString& text, int limit,
                                                                     SqlEngine engine)
{
    static const QString columns = QStringLiteral("SELECT %1 FROM contacts ").arg(contactColumns());
    static const QString order =
        QStringLiteral(" ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id LIMIT ?");
    const QString match = SearchText::toMatchQuery(text);
    if (match.isEmpty())
        return {columns + QStringLiteral("WHERE company_id = ?") + order, {companyId, limit + 1}};
    if (engine == SqlEngine::Postgres)
        return {columns +
                    QStringLiteral("WHERE company_id = ? AND id IN (SELECT id FROM "
                                   "contact_search WHERE contact_search.company = ? AND "
                                   "contact_search MATCH ? LIMIT ?)") +
                    order,
                {companyId, companyId, match, limit + 1, limit + 1}};
    // The company's ID as a phrase of its column; the typed words in the name or e-mail.
    QString company = companyId;
    company.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return {columns +
                QStringLiteral("WHERE company_id = ? AND rowid IN (SELECT rowid FROM "
                               "contact_search WHERE contact_search MATCH ? LIMIT ?)") +
                order,
            {companyId,
             QStringLiteral("company : \"%1\" AND {name email} : (%2)").arg(company, match),
             limit + 1, limit + 1}};
}

namespace {

Result<LeadCatalog::Matches> matches(const QSqlDatabase& database,
                                     const std::pair<QString, QVariantList>& statement, int limit)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(query, statement.first, statement.second); !done)
        return done.error();
    LeadCatalog::Matches found;
    while (query.next()) {
        if (found.options.size() == limit) {
            found.more = true;
            break;
        }
        found.options << LeadOption{query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toString()};
    }
    return found;
}

} // namespace

Result<LeadCatalog::Matches> LeadCatalog::searchCompanies(const QSqlDatabase& database,
                                                          const QString& text, int limit)
{
    if (!text.simplified().isEmpty() && SearchText::toMatchQuery(text).isEmpty())
        return Matches{}; // nothing to look for (punctuation only)
    return matches(database, companySearchStatement(text, limit, sqlEngineOf(database)), limit);
}

Result<LeadCatalog::Matches> LeadCatalog::searchContacts(const QSqlDatabase& database,
                                                         const QString& companyId,
                                                         const QString& text, int limit)
{
    if (companyId.isEmpty() ||
        (!text.simplified().isEmpty() && SearchText::toMatchQuery(text).isEmpty()))
        return Matches{};
    return matches(database, contactSearchStatement(companyId, text, limit, sqlEngineOf(database)),
                   limit);
}

Result<QList<LeadOption>> LeadCatalog::referenceList(const QSqlDatabase& database,
                                                     const QString& accountId, ReferenceList list)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT id, name, '' FROM %1 WHERE account_id = ? AND retired = 0 "
                                 "ORDER BY name")
                      .arg(ReferenceKindInfo::of(list).tableName()));
    query.addBindValue(accountId);
    return options(query);
}

Result<LeadOption> LeadCatalog::referenceEntry(const QSqlDatabase& database, ReferenceList list,
                                               const QString& id)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT name, retired FROM %1 WHERE id = ?")
                      .arg(ReferenceKindInfo::of(list).tableName()));
    query.addBindValue(id);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("The entry %1 does not exist.").arg(id)};
    const QString name = query.value(0).toString();
    return LeadOption{id, query.value(1).toBool() ? tr("%1 (retired)").arg(name) : name, {}};
}

Result<QList<LeadOption>> LeadCatalog::users(const QSqlDatabase& database, const QString& accountId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "SELECT u.id, u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id "
        "WHERE m.account_id = ? ORDER BY u.name COLLATE NOCASE, u.id"));
    query.addBindValue(accountId);
    return options(query);
}

Result<LeadCatalog::Company> LeadCatalog::company(const QSqlDatabase& database,
                                                  const QString& companyId)
{
    QSqlQuery query(database);
    query.prepare(
        QStringLiteral("SELECT id, name, tin, website, city FROM companies WHERE id = ?"));
    query.addBindValue(companyId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("The company %1 does not exist.").arg(companyId)};
    return Company{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                   query.value(3).toString(), query.value(4).toString()};
}

Result<LeadCatalog::Contact> LeadCatalog::contact(const QSqlDatabase& database,
                                                  const QString& contactId)
{
    QSqlQuery query(database);
    const QString sql =
        QStringLiteral("SELECT %1, coalesce(company_id, '') FROM contacts WHERE id = ?")
            .arg(contactColumns());
    if (auto done = SqlError::exec(query, sql, {contactId}); !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("The contact %1 does not exist.").arg(contactId)};
    return Contact{
        {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()},
        query.value(3).toString()};
}

Result<LeadCatalog::LeadEdit> LeadCatalog::leadForEdit(const QSqlDatabase& database,
                                                       const ActingContext& acting,
                                                       const QString& leadId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "SELECT l.listing_id, coalesce(l.form_id, ''), f.schema, coalesce(f.name, ''), l.name, "
        "l.source, l.lead_company_name, l.company_id, coalesce(l.campaign_id, ''), "
        "l.selling_direction_id, l.service_or_product, l.contact_id, l.description, "
        "coalesce(l.owner_user_id, ''), l.city, coalesce(l.channel_id, ''), l.custom_values, "
        "l.distributor_account_id, l.status, l.version FROM leads l "
        "LEFT JOIN lead_forms f ON f.id = l.form_id "
        "WHERE l.id = :lead AND (l.vendor_account_id = :account "
        "OR l.distributor_account_id = :account)"));
    query.bindValue(QStringLiteral(":lead"), leadId);
    query.bindValue(QStringLiteral(":account"), acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("There is no lead %1 in your portal.").arg(leadId)};
    auto listing = LeadCatalog::listing(database, query.value(0).toString());
    if (!listing)
        return listing.error();
    LeadEdit edit;
    edit.listing = listing.value();
    edit.listing.formId = query.value(1).toString();
    edit.listing.formName = query.value(3).toString();
    if (edit.listing.formId.isEmpty()) {
        edit.listing.schema = LeadFormSchema::defaultForm();
    } else {
        auto schema = LeadFormSchema::fromJson(query.value(2).toString().toUtf8());
        if (!schema)
            return schema.error();
        edit.listing.schema = schema.value();
    }
    LeadDraft& draft = edit.draft;
    draft.listingId = edit.listing.listingId;
    draft.formId = edit.listing.formId;
    draft.name = query.value(4).toString();
    draft.sourceKey = query.value(5).toString();
    draft.leadCompanyName = query.value(6).toString();
    draft.existingCompanyId = query.value(7).toString();
    draft.campaignId = query.value(8).toString();
    draft.sellingDirectionId = query.value(9).toString();
    draft.serviceOrProduct = query.value(10).toString();
    draft.existingContactId = query.value(11).toString();
    draft.description = query.value(12).toString();
    draft.ownerUserId = query.value(13).toString();
    draft.city = query.value(14).toString();
    draft.channelId = query.value(15).toString();
    draft.customValues =
        QJsonDocument::fromJson(query.value(16).toString().toUtf8()).object().toVariantMap();
    edit.distributorAccountId = query.value(17).toString();
    edit.statusKey = query.value(18).toString();
    edit.rowVersion = query.value(19).toLongLong();
    return edit;
}
