#include "demo/DemoVolume.h"

#include "common/IdGenerator.h"
#include "demo/DemoWorkspace.h"
#include "demo/StagedWorkspace.h"
#include "leads/LeadSource.h"
#include "storage/BulkWriteTuning.h"
#include "storage/SearchDeferral.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>

namespace {

constexpr quint32 volumeSeed = 0x564F4C31;        // 'VOL1'
constexpr qint64 volumeStart = 1'704'067'200'000; // 2024-01-01T00:00:00Z
constexpr qint64 volumeSpan = 3LL * 365 * 24 * 3600 * 1000;

const char* const firstNames[] = {"Ada",   "Ben",  "Chloe", "Dev",   "Elena", "Farid",
                                  "Grace", "Hugo", "Ines",  "Jonas", "Kira",  "Liam",
                                  "Maya",  "Noor", "Oscar", "Priya"};
const char* const lastNames[] = {"Adams",    "Brooks", "Costa",  "Dubois", "Evans",
                                 "Fischer",  "Garcia", "Hansen", "Ito",    "Jensen",
                                 "Kowalski", "Lopez",  "Moreau", "Novak"};
const char* const companyWords[] = {"Alpine", "Harbor",  "Summit", "Cedar", "Nova",
                                    "Orbit",  "Pioneer", "Quartz", "River", "Sterling",
                                    "Atlas",  "Beacon",  "Crown",  "Delta"};
const char* const companyKinds[] = {"Logistics", "Health",  "Foods",   "Energy", "Retail",
                                    "Labs",      "Finance", "Studios", "Motors", "Systems"};
const char* const needs[] = {"Backup for", "Mail security for", "Analytics for", "Migration at",
                             "Renewal at", "Pilot at",          "Rollout at",    "Upgrade for"};

template <std::size_t N> QString pick(QRandomGenerator& random, const char* const (&words)[N])
{
    return QString::fromLatin1(words[random.bounded(static_cast<quint32>(N))]);
}

QString directionOf(const QStringList& directions, QRandomGenerator& random)
{
    return directions.at(random.bounded(static_cast<int>(directions.size())));
}

struct Listing {
    QString id, product, marketplace, vendor, distributor, creator, decider;
};

} // namespace

Result<void> DemoVolume::add(const QSqlDatabase& database, int leads, int partners,
                             const std::function<void(qint64, qint64)>& progress)
{
    if (leads < 0 || leads > maxLeads || partners < 0 || partners > maxPartners)
        return Error{
            ErrorCode::Invalid,
            tr("Ask for 0 to %1 leads and 0 to %2 partners.").arg(maxLeads).arg(maxPartners)};
    const BulkWriteTuning tuning(database); // outlives the transaction
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto deferred = SearchDeferral::begin(database); !deferred)
        return deferred.error();
    QRandomGenerator random(volumeSeed);
    IdGenerator ids(database, &random);
    const qint64 total = qint64(leads) + partners;
    qint64 done = 0;
    auto report = [&] {
        if (progress && (done % 10'000 == 0 || done == total))
            progress(done, total);
    };

    // Leads go on the listed listings, created by a CRM user of the marketplace's owner and
    // decided by one of the product's vendor.
    QSqlQuery listingQuery(database);
    listingQuery.prepare(QStringLiteral(
        "SELECT l.id, p.id, m.id, p.vendor_account_id, m.owner_account_id, "
        "(SELECT user_id FROM memberships WHERE account_id = m.owner_account_id "
        " AND role <> 'viewer' ORDER BY user_id LIMIT 1), "
        "(SELECT user_id FROM memberships WHERE account_id = p.vendor_account_id "
        " AND role <> 'viewer' ORDER BY user_id LIMIT 1) "
        "FROM listings l JOIN products p ON p.id = l.product_id "
        "JOIN marketplaces m ON m.id = l.marketplace_id WHERE l.status = 'listed' ORDER BY l.id"));
    if (auto executed = SqlError::exec(listingQuery); !executed)
        return executed.error();
    QList<Listing> listings;
    while (listingQuery.next())
        if (!listingQuery.isNull(5) && !listingQuery.isNull(6))
            listings << Listing{listingQuery.value(0).toString(), listingQuery.value(1).toString(),
                                listingQuery.value(2).toString(), listingQuery.value(3).toString(),
                                listingQuery.value(4).toString(), listingQuery.value(5).toString(),
                                listingQuery.value(6).toString()};
    // Each lead takes a selling direction of its distributor's own list.
    QHash<QString, QStringList> directions;
    QSqlQuery directionQuery(database);
    directionQuery.setForwardOnly(true);
    if (auto executed =
            SqlError::exec(directionQuery,
                           QStringLiteral("SELECT account_id, id FROM selling_directions "
                                          "WHERE retired = 0 ORDER BY account_id, id"),
                           {});
        !executed)
        return executed.error();
    while (directionQuery.next())
        directions[directionQuery.value(0).toString()] << directionQuery.value(1).toString();
    listings.removeIf(
        [&](const Listing& listing) { return !directions.contains(listing.distributor); });
    if (leads > 0 && listings.isEmpty())
        return Error{ErrorCode::Invalid, tr("The workspace has no listings to put leads on.")};

    QSqlQuery company(database);
    company.prepare(
        QStringLiteral("INSERT INTO companies(id, name, tin, website, city, created_at) "
                       "VALUES (?, ?, ?, ?, '', ?)"));
    QSqlQuery contact(database);
    contact.prepare(
        QStringLiteral("INSERT INTO contacts(id, first_name, middle_name, last_name, "
                       "phone, email, company_id, created_at) VALUES (?, ?, '', ?, '', ?, ?, ?)"));
    QSqlQuery lead(database);
    lead.prepare(QStringLiteral(
        "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
        "vendor_account_id, distributor_account_id, company_id, contact_id, selling_direction_id, "
        "status, status_note, created_by, created_at, updated_by, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // A qualified lead is written as New, then gets its opportunity, then its status: the
    // database refuses a qualified lead without an opportunity.
    QSqlQuery opportunity(database);
    opportunity.prepare(QStringLiteral(
        "INSERT INTO opportunities(id, lead_id, company_id, contact_id, product_id, "
        "marketplace_id, owner_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery qualify(database);
    qualify.prepare(QStringLiteral("UPDATE leads SET status = 'qualified', updated_by = ? "
                                   "WHERE id = ?"));
    const QList<LeadSource> sources = leadSources.all();
    QString companyId, companyName, contactId;
    for (int i = 0; i < leads; ++i) {
        if (i % 10 == 0) { // a new customer company with a contact every ten leads
            auto newCompany = ids.next(IdKind::Company);
            auto newContact = ids.next(IdKind::Contact);
            if (!newCompany)
                return newCompany.error();
            if (!newContact)
                return newContact.error();
            companyId = newCompany.value();
            contactId = newContact.value();
            companyName = pick(random, companyWords) + QLatin1Char(' ') +
                          pick(random, companyKinds) + QLatin1Char(' ') + QString::number(i / 10);
            const QString domain =
                companyName.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) +
                QStringLiteral(".example");
            const qint64 at = volumeStart + qint64(random.bounded(volumeSpan));
            for (const QVariant& value :
                 {QVariant(companyId), QVariant(companyName),
                  QVariant(QString::number(100'000'000 + random.bounded(899'999'999))),
                  QVariant(QStringLiteral("https://") + domain), QVariant(at)})
                company.addBindValue(value);
            if (auto inserted = SqlError::exec(company); !inserted)
                return inserted.error();
            const QString first = pick(random, firstNames);
            const QString last = pick(random, lastNames);
            for (const QVariant& value : {QVariant(contactId), QVariant(first), QVariant(last),
                                          QVariant(first.toLower() + QLatin1Char('.') +
                                                   last.toLower() + QLatin1Char('@') + domain),
                                          QVariant(companyId), QVariant(at)})
                contact.addBindValue(value);
            if (auto inserted = SqlError::exec(contact); !inserted)
                return inserted.error();
        }
        auto leadId = ids.next(IdKind::Lead);
        if (!leadId)
            return leadId.error();
        const Listing& listing = listings.at(random.bounded(static_cast<int>(listings.size())));
        const quint32 roll = random.bounded(100);
        const QString status = roll < 70   ? QStringLiteral("new")
                               : roll < 85 ? QStringLiteral("qualified")
                                           : QStringLiteral("disqualified");
        const bool qualified = status == QLatin1String("qualified");
        const qint64 at = volumeStart + qint64(random.bounded(volumeSpan));
        for (const QVariant& value :
             {QVariant(leadId.value()),
              QVariant(pick(random, needs) + QLatin1Char(' ') + companyName),
              QVariant(
                  leadSources.key(sources.at(random.bounded(static_cast<int>(sources.size()))))),
              QVariant(listing.id), QVariant(listing.product), QVariant(listing.marketplace),
              QVariant(listing.vendor), QVariant(listing.distributor), QVariant(companyId),
              QVariant(contactId),
              QVariant(directionOf(directions.value(listing.distributor), random)),
              QVariant(qualified ? QStringLiteral("new") : status),
              QVariant(status == QLatin1String("disqualified") ? QStringLiteral("No budget")
                                                               : QStringLiteral("")),
              QVariant(listing.creator), QVariant(at), QVariant(listing.creator), QVariant(at)})
            lead.addBindValue(value);
        if (auto inserted = SqlError::exec(lead); !inserted)
            return inserted.error();
        if (qualified) {
            auto opportunityId = ids.next(IdKind::Opportunity);
            if (!opportunityId)
                return opportunityId.error();
            for (const QVariant& value :
                 {QVariant(opportunityId.value()), QVariant(leadId.value()), QVariant(companyId),
                  QVariant(contactId), QVariant(listing.product), QVariant(listing.marketplace),
                  QVariant(listing.decider), QVariant(at)})
                opportunity.addBindValue(value);
            if (auto inserted = SqlError::exec(opportunity); !inserted)
                return inserted.error();
            qualify.addBindValue(listing.decider);
            qualify.addBindValue(leadId.value());
            if (auto updated = SqlError::exec(qualify); !updated)
                return updated.error();
        }
        ++done;
        report();
    }

    // Partners of the home distributor.
    QSqlQuery account(database);
    account.prepare(QStringLiteral("INSERT INTO accounts(id, name, role, created_at, updated_at, "
                                   "technical_contact_name, technical_contact_email) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery partnership(database);
    partnership.prepare(
        QStringLiteral("INSERT INTO partnerships(owner_account_id, partner_account_id, "
                       "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    const QString home = QString::fromLatin1(DemoWorkspace::homeDistributorId);
    for (int i = 0; i < partners; ++i) {
        const bool vendor = random.bounded(2) == 0;
        auto accountId = ids.next(vendor ? IdKind::VendorAccount : IdKind::PartnerAccount);
        if (!accountId)
            return accountId.error();
        const QString name =
            pick(random, companyWords) + QLatin1Char(' ') + pick(random, companyKinds) +
            (vendor ? QStringLiteral(" Software ") : QStringLiteral(" Resellers ")) +
            QString::number(i);
        const qint64 at = volumeStart + qint64(random.bounded(volumeSpan));
        const QString contactName =
            pick(random, firstNames) + QLatin1Char(' ') + pick(random, lastNames);
        for (const QVariant& value :
             {QVariant(accountId.value()), QVariant(name),
              QVariant(vendor ? QStringLiteral("vendor") : QStringLiteral("reseller")),
              QVariant(at), QVariant(at), QVariant(contactName),
              QVariant(QStringLiteral("tech%1@partner.example").arg(i))})
            account.addBindValue(value);
        if (auto inserted = SqlError::exec(account); !inserted)
            return inserted.error();
        for (const QVariant& value : {QVariant(home), QVariant(accountId.value()),
                                      QVariant(random.bounded(10) == 0 ? QStringLiteral("invited")
                                                                       : QStringLiteral("active")),
                                      QVariant(at), QVariant(at)})
            partnership.addBindValue(value);
        if (auto inserted = SqlError::exec(partnership); !inserted)
            return inserted.error();
        ++done;
        report();
    }
    if (auto indexed = SearchDeferral::finish(database); !indexed)
        return indexed.error();
    return transaction.commit();
}

Result<void> DemoVolume::create(const QString& path, int leads, int partners,
                                const std::function<void(qint64, qint64)>& progress)
{
    if (leads < 0 || leads > maxLeads || partners < 0 || partners > maxPartners)
        return Error{
            ErrorCode::Invalid,
            tr("Ask for 0 to %1 leads and 0 to %2 partners.").arg(maxLeads).arg(maxPartners)};
    return StagedWorkspace::create(path, [&](const QSqlDatabase& database) -> Result<void> {
        if (auto filled = DemoWorkspace::fill(database); !filled)
            return filled;
        if (leads == 0 && partners == 0)
            return {};
        return add(database, leads, partners, progress);
    });
}
