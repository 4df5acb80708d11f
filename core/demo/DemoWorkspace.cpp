#include "demo/DemoWorkspace.h"

#include "accounts/AccountRole.h"
#include "accounts/UserRole.h"
#include "common/IdGenerator.h"
#include "demo/DemoSeedData.h"
#include "demo/StagedWorkspace.h"
#include "history/EventLog.h"
#include "leads/LeadSource.h"
#include "leads/LeadStatus.h"
#include "partners/AgreementType.h"
#include "partners/ContractStatus.h"
#include "partners/PartnerStatus.h"
#include "session/Memberships.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace {

using namespace DemoSeedData;

constexpr quint32 demoSeed = 0x43444B31;
constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
// 2026-10-01T00:00:00Z; the first demo object is created at 09:00 that day.
constexpr qint64 october1 = 1790812800000;
// 2036-01-01T00:00:00Z
constexpr qint64 invitationExpiry = 2082758400000;
constexpr int invitationTokenBytes = 32;

qint64 at(When when)
{
    const int dayOfDemo = (when.month == 11 ? 31 : 0) + when.day - 1;
    return october1 + dayOfDemo * dayMs + when.hour * hourMs + when.minute * minuteMs;
}

QString text(const char* utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QStringLiteral("");
}

template <typename Seed, std::size_t N> const Seed* findSeed(const Seed (&rows)[N], const char* key)
{
    for (const Seed& row : rows) {
        if (qstrcmp(row.key, key) == 0)
            return &row;
    }
    return nullptr;
}

QString documentSourceKey(DocumentSource source)
{
    switch (source) {
    case DocumentSource::External:
        return QStringLiteral("external");
    case DocumentSource::Uploaded:
        return QStringLiteral("uploaded");
    case DocumentSource::None:
        break;
    }
    return QStringLiteral("none");
}

// ---------------------------------------------------------------------------------------------

/// Writes the demo content. The first failing statement is kept and every later step is
/// skipped, so run() returns that error and the caller's transaction rolls everything back.
class DemoFiller {
public:
    DemoFiller(const QSqlDatabase& database, QRandomGenerator* random)
        : m_database(database)
        , m_random(random)
        , m_idGenerator(database, random)
    {
    }

    Result<void> run()
    {
        reserveFixedIds();
        addAccountsAndUsers();
        addCatalog();
        addCustomers();
        addAgreements();
        addPartnerships();
        addContracts();
        addListings();
        addLeadForms();
        addReferenceLists();
        addLeads();
        addInvitation();
        addNewsAndMedia();
        if (m_error)
            return *m_error;
        return {};
    }

private:
    void fail(Error error)
    {
        if (!m_error)
            m_error = std::move(error);
    }

    void failUnknown(const char* key)
    {
        fail({ErrorCode::Invalid,
              DemoWorkspace::tr("The demo data refers to an unknown object \"%1\".")
                  .arg(QString::fromLatin1(key))});
    }

    /// Runs one statement with its bound values; returns the first column of its first row, the
    /// new row's ID of an INSERT … RETURNING id (0 on failure or without rows).
    qint64 exec(const QString& sql, const QVariantList& values)
    {
        if (m_error)
            return 0;
        QSqlQuery query(m_database);
        if (auto done = SqlError::exec(query, sql, values); !done) {
            fail(done.error());
            return 0;
        }
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    /// The fixed ID reserved for key, or a new one remembered under key (if there is one).
    QString issue(const char* key, IdKind kind)
    {
        if (m_error)
            return {};
        if (key) {
            if (const auto fixed = m_ids.constFind(QByteArray(key)); fixed != m_ids.cend())
                return *fixed;
        }
        auto next = m_idGenerator.next(kind);
        if (!next) {
            fail(next.error());
            return {};
        }
        if (key)
            m_ids.insert(QByteArray(key), next.value());
        return next.value();
    }

    QString idOf(const char* key)
    {
        const auto found = m_ids.constFind(QByteArray(key));
        if (found != m_ids.cend())
            return *found;
        failUnknown(key);
        return {};
    }

    QVariant optionalId(const char* key) { return key ? QVariant(idOf(key)) : QVariant(); }

    template <typename Seed, std::size_t N>
    const Seed& seedOf(const Seed (&rows)[N], const char* key)
    {
        if (const Seed* seed = findSeed(rows, key))
            return *seed;
        failUnknown(key);
        return rows[0];
    }

    const char* actorOf(const char* accountKey)
    {
        return seedOf(accountSeeds, accountKey).actingUser;
    }

    void record(const char* objectType, const QString& objectId, const char* action, qint64 when,
                const char* userKey, const char* accountKey, const QJsonObject& changes)
    {
        if (m_error)
            return;
        Event event;
        event.at = when;
        event.userId = userKey ? idOf(userKey) : QString();
        event.accountId = idOf(accountKey);
        event.objectType = QString::fromLatin1(objectType);
        event.objectId = objectId;
        event.action = QString::fromLatin1(action);
        event.changes = changes;
        if (auto done = EventLog::record(m_database, event); !done)
            fail(done.error());
    }

    qint64 storeFile(const QString& name, const QString& mimeType, const QByteArray& data,
                     qint64 when)
    {
        const QString sha256 =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        return exec(QStringLiteral("INSERT INTO stored_files(name, mime_type, size, sha256, data, "
                                   "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                    {name, mimeType, qint64(data.size()), sha256, data, when});
    }

    template <std::size_t N> void link(const QString& sql, const Link (&links)[N])
    {
        for (const Link& row : links)
            exec(sql, {idOf(row.from), idOf(row.to)});
    }

    template <std::size_t N>
    void addNamed(const QString& sql, IdKind kind, const NamedSeed (&rows)[N], const char* account)
    {
        for (const NamedSeed& row : rows)
            exec(sql, {issue(entryKey(row.key, account).constData(), kind), text(row.name),
                       idOf(account)});
    }

    void reserveFixedIds()
    {
        for (const AccountSeed& account : accountSeeds)
            reserve(account.key, account.fixedId);
        for (const UserSeed& user : userSeeds)
            reserve(user.key, user.fixedId);
    }

    void reserve(const char* key, const char* fixedId)
    {
        if (!fixedId)
            return;
        exec(QStringLiteral("INSERT INTO issued_ids(id) VALUES (?)"), {text(fixedId)});
        m_ids.insert(QByteArray(key), text(fixedId));
    }

    void addAccountsAndUsers()
    {
        for (const AccountSeed& a : accountSeeds) {
            const IdKind kind =
                a.role == AccountRole::Vendor ? IdKind::VendorAccount : IdKind::PartnerAccount;
            exec(QStringLiteral(
                     "INSERT INTO accounts(id, name, role, description, overview, "
                     "overview_author, headquarters, countries, languages, industry, websites, "
                     "technical_contact_name, technical_contact_email, business_contact_name, "
                     "business_contact_email, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {issue(a.key, kind), text(a.name), accountRoles.key(a.role), text(a.description),
                  text(a.overview), text(a.overviewAuthor), text(a.headquarters), text(a.countries),
                  text(a.languages), text(a.industry), text(a.websites), text(a.technicalName),
                  text(a.technicalEmail), text(a.businessName), text(a.businessEmail),
                  at(a.created), at(a.created)});
        }
        for (const UserSeed& u : userSeeds) {
            exec(QStringLiteral("INSERT INTO users(id, name, email, created_at) "
                                "VALUES (?, ?, ?, ?)"),
                 {issue(u.key, IdKind::User), text(u.name), text(u.email), at(u.created)});
        }
        for (const MembershipSeed& m : membershipSeeds) {
            exec(QStringLiteral("INSERT INTO memberships(user_id, account_id, role) "
                                "VALUES (?, ?, ?)"),
                 {idOf(m.user), idOf(m.account), userRoles.key(m.role)});
        }
        for (const AccountSeed& a : accountSeeds) {
            record("account", idOf(a.key), "created", at(a.created), actorOf(a.createdBy),
                   a.createdBy,
                   {{QStringLiteral("name"), text(a.name)},
                    {QStringLiteral("role"), accountRoles.key(a.role)}});
        }
    }

    void addCatalog()
    {
        const qint64 catalogCreated = at({10, 2, 9});
        for (const ProductSeed& p : productSeeds) {
            exec(QStringLiteral("INSERT INTO products(id, name, vendor_account_id, description, "
                                "created_at) VALUES (?, ?, ?, ?, ?)"),
                 {issue(p.key, IdKind::Product), text(p.name), idOf(p.vendor), text(p.description),
                  catalogCreated});
        }
        for (const MarketplaceSeed& m : marketplaceSeeds) {
            exec(QStringLiteral("INSERT INTO marketplaces(id, name, owner_account_id, countries, "
                                "currency, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {issue(m.key, IdKind::Marketplace), text(m.name), idOf(m.owner), text(m.countries),
                  text(m.currency), catalogCreated + hourMs});
        }
        for (const ProductGroupSeed& g : productGroupSeeds) {
            exec(QStringLiteral("INSERT INTO product_groups(id, name, description, "
                                "owner_account_id, created_at) VALUES (?, ?, ?, ?, ?)"),
                 {issue(g.key, IdKind::ProductGroup), text(g.name), text(g.description),
                  idOf(g.owner), catalogCreated + 2 * hourMs});
        }
        link(QStringLiteral(
                 "INSERT INTO product_group_products(group_id, product_id) VALUES (?, ?)"),
             productGroupProducts);
    }

    void addCustomers()
    {
        const qint64 customersCreated = at({10, 2, 14});
        for (const CompanySeed& c : companySeeds) {
            exec(QStringLiteral("INSERT INTO companies(id, name, tin, website, city, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {issue(c.key, IdKind::Company), text(c.name), text(c.tin), text(c.website),
                  text(c.city), customersCreated});
        }
        for (const ContactSeed& c : contactSeeds) {
            exec(QStringLiteral("INSERT INTO contacts(id, first_name, middle_name, last_name, "
                                "phone, email, company_id, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {issue(c.key, IdKind::Contact), text(c.firstName), text(c.middleName),
                  text(c.lastName), text(c.phone), text(c.email), idOf(c.company),
                  customersCreated + hourMs});
        }
        addReferenceLists(homeAccountKey);
    }

    /// Each distributor and reseller keeps its own lists (the accounts that create leads). The
    /// home distributor's are issued where the single global lists were before (so the IDs
    /// issued after them, the listings' too, stay as they were), the others' just before the
    /// leads.
    void addReferenceLists(const char* onlyAccount = nullptr)
    {
        for (const AccountSeed& a : accountSeeds) {
            if (a.role == AccountRole::Vendor ||
                (onlyAccount ? qstrcmp(a.key, onlyAccount) != 0
                             : qstrcmp(a.key, homeAccountKey) == 0))
                continue;
            addNamed(QStringLiteral("INSERT INTO campaigns(id, name, account_id) VALUES (?, ?, ?)"),
                     IdKind::Campaign, campaignSeeds, a.key);
            addNamed(QStringLiteral("INSERT INTO selling_directions(id, name, account_id) "
                                    "VALUES (?, ?, ?)"),
                     IdKind::SellingDirection, sellingDirectionSeeds, a.key);
            addNamed(QStringLiteral("INSERT INTO content_channels(id, name, account_id) "
                                    "VALUES (?, ?, ?)"),
                     IdKind::ContentChannel, channelSeeds, a.key);
        }
    }

    static constexpr const char* homeAccountKey = "mm";

    /// The key of an account's own entry of a reference list.
    static QByteArray entryKey(const char* entry, const char* account)
    {
        return QByteArray(entry) + '@' + account;
    }

    QVariant optionalEntryId(const char* entry, const char* account)
    {
        return entry ? QVariant(idOf(entryKey(entry, account).constData())) : QVariant();
    }

    void addAgreements()
    {
        for (const AgreementSeed& a : agreementSeeds) {
            const QString id = issue(a.key, agreementIdKind(a.type));
            exec(QStringLiteral("INSERT INTO agreements(id, type, owner_account_id, name, "
                                "parent_agreement_id, marketplace_id, sourcing_agreement_id, "
                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, agreementTypes.key(a.type), idOf(a.owner), text(a.name), optionalId(a.parent),
                  optionalId(a.marketplace), optionalId(a.sourcing), at(a.created), at(a.created)});
            record("agreement", id, "created", at(a.created), actorOf(a.owner), a.owner,
                   {{QStringLiteral("name"), text(a.name)},
                    {QStringLiteral("type"), agreementTypes.key(a.type)}});
        }
        for (const VersionSeed& v : versionSeeds) {
            QVariant fileId;
            if (v.fileText) {
                fileId = storeFile(text(v.fileName), QStringLiteral("text/plain"),
                                   QByteArray(v.fileText), at(v.created));
            }
            const qint64 rowId = exec(
                QStringLiteral("INSERT INTO agreement_versions(agreement_id, version, "
                               "description, document_source, document_url, file_id, active, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {idOf(v.agreement), v.version, text(v.description), documentSourceKey(v.source),
                 text(v.documentUrl), fileId, v.active ? 1 : 0, at(v.created)});
            if (v.active)
                m_activeVersions.insert(QByteArray(v.agreement), rowId);
        }
        link(QStringLiteral(
                 "INSERT INTO agreement_product_groups(agreement_id, group_id) VALUES (?, ?)"),
             agreementProductGroups);
    }

    void addPartnerships()
    {
        for (const PartnershipSeed& p : partnershipSeeds) {
            const QString status = partnerStatuses.key(p.status);
            const qint64 rowId = exec(
                QStringLiteral("INSERT INTO partnerships(owner_account_id, partner_account_id, "
                               "status, external_id, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                {idOf(p.owner), idOf(p.partner), status, text(p.externalId), at(p.created),
                 at(p.created)});
            m_partnerships.insert(QByteArray(p.key), rowId);
            record("partner", idOf(p.partner), "created", at(p.created), actorOf(p.owner), p.owner,
                   {{QStringLiteral("status"), status}});
        }
    }

    void addContracts()
    {
        for (const ContractSeed& c : contractSeeds) {
            const AgreementSeed& agreement = seedOf(agreementSeeds, c.agreement);
            const bool active = c.status == ContractStatus::Active;
            const qint64 created = at(c.created);
            const qint64 signedAt = created + dayMs;
            const bool hasMarketplace = agreement.type == AgreementType::Distribution ||
                                        agreement.type == AgreementType::Service;
            const QString id = issue(c.key, contractIdKind(agreement.type));
            exec(QStringLiteral("INSERT INTO contracts(id, type, agreement_id, "
                                "agreement_version_id, issuer_account_id, partner_account_id, "
                                "marketplace_id, status, created_at, updated_at, signed_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, agreementTypes.key(agreement.type), idOf(c.agreement),
                  m_activeVersions.value(QByteArray(c.agreement)), idOf(agreement.owner),
                  idOf(c.partner), hasMarketplace ? optionalId(agreement.marketplace) : QVariant(),
                  contractStatuses.key(c.status), created, active ? signedAt : created,
                  active ? QVariant(signedAt) : QVariant()});
            record("contract", id, "created", created, actorOf(agreement.owner), agreement.owner,
                   {{QStringLiteral("type"), agreementTypes.key(agreement.type)},
                    {QStringLiteral("partner"), idOf(c.partner)},
                    {QStringLiteral("status"), contractStatuses.key(c.status)}});
        }
    }

    void addListings()
    {
        for (const ListingSeed& l : listingSeeds) {
            exec(QStringLiteral("INSERT INTO listings(id, product_id, marketplace_id, "
                                "contract_id, status, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {issue(l.key, IdKind::Listing), idOf(l.product), idOf(l.marketplace),
                  optionalId(l.contract),
                  l.listed ? QStringLiteral("listed") : QStringLiteral("unlisted"), at(l.created)});
        }
    }

    void addLeadForms()
    {
        for (const LeadFormSeed& f : leadFormSeeds) {
            exec(QStringLiteral("INSERT INTO lead_forms(id, vendor_account_id, name, status, "
                                "schema, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {issue(f.key, IdKind::LeadForm), idOf(f.vendor), text(f.name),
                  f.active ? QStringLiteral("active") : QStringLiteral("inactive"), text(f.schema),
                  at(f.created), at(f.created)});
        }
        link(QStringLiteral("INSERT INTO lead_form_listings(form_id, listing_id) VALUES (?, ?)"),
             leadFormListings);
    }

    static const char* formOfListing(const char* listingKey)
    {
        for (const Link& row : leadFormListings) {
            if (qstrcmp(row.to, listingKey) == 0)
                return row.from;
        }
        return nullptr;
    }

    void addLeads()
    {
        for (const LeadSeed& l : leadSeeds) {
            const ListingSeed& listing = seedOf(listingSeeds, l.listing);
            const ProductSeed& product = seedOf(productSeeds, listing.product);
            const MarketplaceSeed& marketplace = seedOf(marketplaceSeeds, listing.marketplace);
            const char* form = formOfListing(l.listing);
            const bool decided = l.status != LeadStatus::New;
            const qint64 created = at(l.created);
            const qint64 updated = decided ? at(l.decided) : created;
            const QString id = issue(nullptr, IdKind::Lead);
            // A lead becomes qualified only once its opportunity exists (addDecision).
            const LeadStatus stored =
                l.status == LeadStatus::Qualified ? LeadStatus::New : l.status;
            exec(QStringLiteral(
                     "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
                     "vendor_account_id, distributor_account_id, form_id, lead_company_name, "
                     "company_id, contact_id, campaign_id, selling_direction_id, "
                     "service_or_product, description, owner_user_id, city, channel_id, "
                     "custom_values, status, status_note, created_by, created_at, updated_by, "
                     "updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     "?, ?, ?)"),
                 {id,
                  text(l.name),
                  leadSources.key(l.source),
                  idOf(l.listing),
                  idOf(listing.product),
                  idOf(listing.marketplace),
                  idOf(product.vendor),
                  idOf(marketplace.owner),
                  optionalId(form),
                  text(l.leadCompanyName),
                  idOf(l.company),
                  idOf(l.contact),
                  optionalEntryId(l.campaign, marketplace.owner),
                  optionalEntryId(l.direction, marketplace.owner),
                  text(product.name),
                  text(l.description),
                  optionalId(l.owner),
                  text(seedOf(companySeeds, l.company).city),
                  optionalEntryId(l.channel, marketplace.owner),
                  form && l.customValues ? text(l.customValues) : QStringLiteral("{}"),
                  leadStatuses.key(stored),
                  text(l.statusNote),
                  idOf(l.createdBy),
                  created,
                  decided ? idOf(actorOf(product.vendor)) : idOf(l.createdBy),
                  updated});
            record("lead", id, "created", created, l.createdBy, marketplace.owner,
                   {{QStringLiteral("name"), text(l.name)},
                    {QStringLiteral("status"), leadStatuses.key(LeadStatus::New)}});
            if (decided)
                addDecision(l, id, listing, product);
        }
    }

    void addDecision(const LeadSeed& lead, const QString& leadId, const ListingSeed& listing,
                     const ProductSeed& product)
    {
        QJsonObject changes{{QStringLiteral("status"), leadStatuses.key(lead.status)}};
        if (lead.status == LeadStatus::Qualified) {
            const QString opportunityId = issue(nullptr, IdKind::Opportunity);
            exec(QStringLiteral("INSERT INTO opportunities(id, lead_id, company_id, contact_id, "
                                "product_id, marketplace_id, owner_user_id, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {opportunityId, leadId, idOf(lead.company), idOf(lead.contact),
                  idOf(listing.product), idOf(listing.marketplace), optionalId(lead.owner),
                  at(lead.decided)});
            exec(QStringLiteral("UPDATE leads SET status = ? WHERE id = ?"),
                 {leadStatuses.key(LeadStatus::Qualified), leadId});
            changes.insert(QStringLiteral("opportunity_id"), opportunityId);
        } else {
            changes.insert(QStringLiteral("status_note"), text(lead.statusNote));
        }
        record("lead", leadId, lead.status == LeadStatus::Qualified ? "qualified" : "disqualified",
               at(lead.decided), actorOf(product.vendor), product.vendor, changes);
    }

    void addInvitation()
    {
        if (m_error)
            return;
        QByteArray token;
        for (int i = 0; i < invitationTokenBytes; ++i)
            token.append(static_cast<char>(m_random->bounded(256)));
        const QString tokenSha256 = QString::fromLatin1(
            QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
        exec(QStringLiteral("INSERT INTO invitations(token_sha256, partnership_id, contract_id, "
                            "created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
             {tokenSha256, m_partnerships.value(QByteArrayLiteral("psFrontStreet")),
              idOf("crpFrontStreet"), idOf("goldmill"), at(invitationCreated), invitationExpiry});
    }

    void addNewsAndMedia()
    {
        for (const NewsSeed& n : newsSeeds) {
            exec(QStringLiteral("INSERT INTO news(id, account_id, title, published_at, body) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {issue(nullptr, IdKind::NewsArticle), idOf(n.account), text(n.title),
                  at(n.published), text(n.body)});
        }
        for (const MediaSeed& m : mediaSeeds) {
            QVariant fileId;
            if (!m.url) {
                fileId =
                    storeFile(QStringLiteral("telefonica-logo.png"), QStringLiteral("image/png"),
                              QByteArray::fromBase64(demoImagePng), at(demoImageCreated));
            }
            exec(QStringLiteral("INSERT INTO media(account_id, kind, title, url, file_id, "
                                "position) VALUES (?, ?, ?, ?, ?, ?)"),
                 {idOf(m.account),
                  m.kind == MediaKind::Image ? QStringLiteral("image") : QStringLiteral("video"),
                  text(m.title), text(m.url), fileId, m.position});
        }
    }

    QSqlDatabase m_database;
    QRandomGenerator* m_random;
    IdGenerator m_idGenerator;
    std::optional<Error> m_error;
    QHash<QByteArray, QString> m_ids;
    QHash<QByteArray, qint64> m_activeVersions;
    QHash<QByteArray, qint64> m_partnerships;
};

Result<bool> isEmpty(const QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM accounts)"));
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    return query.next() && query.value(0).toBool();
}

} // namespace

Result<void> DemoWorkspace::fill(const QSqlDatabase& database)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();

    const auto empty = isEmpty(database);
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error{ErrorCode::AlreadyExists,
                     tr("The workspace already has accounts; the demo can only fill an empty "
                        "workspace.")};

    QRandomGenerator random(demoSeed);
    DemoFiller filler(database, &random);
    if (auto filled = filler.run(); !filled)
        return filled;
    if (auto home = Memberships::setHome(database, QString::fromLatin1(homeUserId),
                                         QString::fromLatin1(homeDistributorId));
        !home)
        return home;
    return transaction.commit();
}

Result<void> DemoWorkspace::create(const QString& path)
{
    return StagedWorkspace::create(path, &DemoWorkspace::fill);
}
