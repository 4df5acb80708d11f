#include "partners/PartnerDetails.h"

#include "common/WebsiteUrl.h"
#include "storage/SqlError.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

Error noSuchPartner(const QString& accountId)
{
    return {ErrorCode::NotFound, PartnerDetails::tr("There is no partner %1.").arg(accountId)};
}

/// The status of the partnership between acting and the partner (acting's own first), or an
/// empty string when there is none; owned says whether acting owns it, version its row version.
Result<QString> partnershipStatus(const QSqlDatabase& database, const QString& actingAccountId,
                                  const QString& partnerAccountId, bool* owned = nullptr,
                                  qint64* version = nullptr)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT status, rank, version FROM (
            SELECT 0 AS rank, status, version FROM partnerships
             WHERE owner_account_id = :acting AND partner_account_id = :partner
            UNION ALL
            SELECT 1 AS rank, status, version FROM partnerships
             WHERE owner_account_id = :partner AND partner_account_id = :acting) AS both_ways
         ORDER BY rank LIMIT 1)"));
    query.bindValue(QStringLiteral(":acting"), actingAccountId);
    query.bindValue(QStringLiteral(":partner"), partnerAccountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return QString();
    if (owned)
        *owned = query.value(1).toInt() == 0;
    if (version)
        *version = query.value(2).toLongLong();
    return query.value(0).toString();
}

Result<void> loadAccount(const QSqlDatabase& database, PartnerProfile& profile)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, name, role, description, overview, overview_author, headquarters, countries, "
        "languages, industry, websites, technical_contact_name, technical_contact_email, "
        "business_contact_name, business_contact_email FROM accounts WHERE id = ?"));
    query.addBindValue(profile.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return noSuchPartner(profile.accountId);
    int column = 0;
    const auto next = [&] { return query.value(column++).toString(); };
    profile.accountId = next();
    profile.name = next();
    profile.roleKey = next();
    profile.description = next();
    profile.overview = next();
    profile.overviewAuthor = next();
    profile.headquarters = next();
    profile.countries = next();
    profile.languages = next();
    profile.industry = next();
    profile.websites = next();
    profile.technicalContact.name = next();
    profile.technicalContact.email = next();
    profile.businessContact.name = next();
    profile.businessContact.email = next();
    return {};
}

Result<void> loadMedia(const QSqlDatabase& database, PartnerProfile& profile)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.kind, m.title, m.url, coalesce(m.file_id, 0), coalesce(f.name, ''), "
        "coalesce(f.mime_type, ''), coalesce(f.size, 0) FROM media m "
        "LEFT JOIN stored_files f ON f.id = m.file_id "
        "WHERE m.account_id = ? ORDER BY m.position, m.id"));
    query.addBindValue(profile.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    while (query.next()) {
        PartnerMedia media;
        media.kindKey = query.value(0).toString();
        media.title = query.value(1).toString();
        media.url = query.value(2).toString();
        media.fileId = query.value(3).toLongLong();
        media.fileName = query.value(4).toString();
        media.mimeType = query.value(5).toString();
        media.fileSize = query.value(6).toLongLong();
        profile.media << media;
    }
    return {};
}

Result<void> loadNews(const QSqlDatabase& database, PartnerProfile& profile)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, title, published_at, body FROM news "
                                 "WHERE account_id = ? ORDER BY published_at DESC, id"));
    query.addBindValue(profile.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    while (query.next()) {
        PartnerNewsItem item;
        item.id = query.value(0).toString();
        item.title = query.value(1).toString();
        item.publishedAt = query.value(2).toLongLong();
        item.body = query.value(3).toString();
        profile.news << item;
    }
    return {};
}

Result<void> loadContracts(const QSqlDatabase& database, const QString& actingAccountId,
                           PartnerProfile& profile)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT c.id, c.type, c.status, ag.id, ag.name, coalesce(v.version, 0),
               coalesce((SELECT av.version FROM agreement_versions av
                          WHERE av.agreement_id = ag.id AND av.active = 1), 0),
               coalesce(m.name, am.name, ''), c.issuer_account_id = :acting
          FROM contracts c
          JOIN agreements ag ON ag.id = c.agreement_id
          LEFT JOIN agreement_versions v ON v.id = c.agreement_version_id
          LEFT JOIN marketplaces m ON m.id = c.marketplace_id
          LEFT JOIN marketplaces am ON am.id = ag.marketplace_id
         WHERE c.id IN (SELECT id FROM contracts
                         WHERE issuer_account_id = :acting AND partner_account_id = :partner
                        UNION
                        SELECT id FROM contracts
                         WHERE issuer_account_id = :partner AND partner_account_id = :acting)
         ORDER BY c.created_at, c.id)"));
    query.bindValue(QStringLiteral(":acting"), actingAccountId);
    query.bindValue(QStringLiteral(":partner"), profile.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    while (query.next()) {
        PartnerContract contract;
        contract.contractId = query.value(0).toString();
        contract.typeKey = query.value(1).toString();
        contract.statusKey = query.value(2).toString();
        contract.agreementId = query.value(3).toString();
        contract.agreementName = query.value(4).toString();
        contract.version = query.value(5).toInt();
        contract.activeVersion = query.value(6).toInt();
        contract.marketplaceName = query.value(7).toString();
        contract.issuedByActing = query.value(8).toBool();
        profile.contracts << contract;
    }
    return {};
}

Result<void> loadListings(const QSqlDatabase& database, const QString& actingAccountId,
                          PartnerProfile& profile)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(R"(
        SELECT l.id, p.id, p.name, m.id, m.name, coalesce(l.contract_id, ''), l.status
          FROM listings l
          JOIN products p ON p.id = l.product_id
          JOIN marketplaces m ON m.id = l.marketplace_id
         WHERE (p.vendor_account_id = :partner AND m.owner_account_id = :acting)
            OR (p.vendor_account_id = :acting AND m.owner_account_id = :partner)
         ORDER BY p.name COLLATE NOCASE, m.name COLLATE NOCASE, l.id)"));
    query.bindValue(QStringLiteral(":acting"), actingAccountId);
    query.bindValue(QStringLiteral(":partner"), profile.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    while (query.next()) {
        PartnerListing listing;
        listing.listingId = query.value(0).toString();
        listing.productId = query.value(1).toString();
        listing.productName = query.value(2).toString();
        listing.marketplaceId = query.value(3).toString();
        listing.marketplaceName = query.value(4).toString();
        listing.contractId = query.value(5).toString();
        listing.statusKey = query.value(6).toString();
        profile.listings << listing;
    }
    return {};
}

} // namespace

Result<PartnerProfile> PartnerDetails::load(const QSqlDatabase& database,
                                            const ActingContext& acting,
                                            const QString& partnerAccountId)
{
    if (acting.accountId.isEmpty() || partnerAccountId.isEmpty() ||
        partnerAccountId == acting.accountId)
        return noSuchPartner(partnerAccountId);
    bool owned = false;
    qint64 version = 0;
    auto status = partnershipStatus(database, acting.accountId, partnerAccountId, &owned, &version);
    if (!status)
        return status.error();
    if (status->isEmpty())
        return noSuchPartner(partnerAccountId);

    PartnerProfile profile;
    profile.managedByActing = owned;
    profile.partnershipVersion = version;
    profile.accountId = partnerAccountId;
    profile.statusKey = status.value();
    if (auto done = loadAccount(database, profile); !done)
        return done.error();
    if (auto done = loadMedia(database, profile); !done)
        return done.error();
    if (auto done = loadNews(database, profile); !done)
        return done.error();
    if (auto done = loadContracts(database, acting.accountId, profile); !done)
        return done.error();
    if (auto done = loadListings(database, acting.accountId, profile); !done)
        return done.error();
    return profile;
}

Result<QByteArray> PartnerDetails::mediaFile(const QSqlDatabase& database,
                                             const ActingContext& acting,
                                             const QString& partnerAccountId, qint64 fileId)
{
    const Error missing{ErrorCode::NotFound,
                        tr("There is no such file of partner %1.").arg(partnerAccountId)};
    if (acting.accountId.isEmpty() || partnerAccountId.isEmpty() ||
        partnerAccountId == acting.accountId)
        return missing;
    auto status = partnershipStatus(database, acting.accountId, partnerAccountId);
    if (!status)
        return status.error();
    if (status->isEmpty())
        return missing;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT f.data FROM stored_files f WHERE f.id = ? AND EXISTS "
                       "(SELECT 1 FROM media m WHERE m.file_id = f.id AND m.account_id = ?)"));
    query.addBindValue(fileId);
    query.addBindValue(partnerAccountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return missing;
    return query.value(0).toByteArray();
}

QStringList PartnerDetails::splitList(const QString& stored)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList entries;
    const QStringList parts = stored.split(separators, Qt::SkipEmptyParts);
    for (const QString& part : parts)
        if (const QString entry = part.trimmed(); !entry.isEmpty())
            entries << entry;
    return entries;
}

QStringList PartnerDetails::websiteUrls(const QString& stored)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList urls;
    const QStringList parts = stored.split(separators, Qt::SkipEmptyParts);
    for (const QString& part : parts)
        if (auto url = WebsiteUrl::normalize(part); url)
            urls << url.value();
    return urls;
}
