#include "ImportFloor.h"

#include "LeadCsvFile.h"
#include "RawSqliteConnection.h"
#include "common/IdFormat.h"
#include "storage/BulkWriteTuning.h"
#include "storage/SearchDeferral.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>

#include <functional>

namespace {

using Values = QList<QPair<QString, QVariant>>;

QPair<QString, QVariant> value(const char* name, const QVariant& v)
{
    return {QString::fromLatin1(name), v};
}

/// Candidate IDs of the generated shape (IdGenerator draws them the same way), from a fixed
/// seed, never the same one twice in a run.
class CandidateIds {
public:
    QString next(IdKind kind)
    {
        const IdFormat& format = IdFormat::of(kind);
        for (;;) {
            QString id = format.prefix();
            for (int digits : format.groups()) {
                id += QLatin1Char('-');
                for (int i = 0; i < digits; ++i)
                    id += QLatin1Char(static_cast<char>('0' + m_random.bounded(10)));
            }
            if (!m_drawn.contains(id)) {
                m_drawn.insert(id);
                return id;
            }
        }
    }

private:
    QRandomGenerator m_random{20261123};
    QSet<QString> m_drawn;
};

/// What the import's lead event records: the draft's columns.
QString leadChanges(int i, const QString& companyId, const QString& contactId,
                    const QString& sellingDirectionId)
{
    return QStringLiteral("{\"campaign_id\":null,\"channel_id\":null,\"city\":\"Springfield\","
                          "\"company_id\":\"%1\",\"contact_id\":\"%2\",\"custom_values\":\"{}\","
                          "\"description\":\"\",\"lead_company_name\":\"\",\"name\":\"%3\","
                          "\"owner_user_id\":null,\"selling_direction_id\":\"%4\","
                          "\"service_or_product\":\"\",\"source\":\"%5\"}")
        .arg(companyId, contactId, LeadCsvFile::leadName(i), sellingDirectionId,
             LeadCsvFile::sourceKey(i));
}

const char* const insertCompany = "INSERT INTO companies(id, name, tin, website, city, created_at) "
                                  "VALUES (:id, :name, :tin, :website, 'Springfield', :at)";
const char* const insertContact =
    "INSERT INTO contacts(id, first_name, middle_name, last_name, phone, email, company_id, "
    "created_at) VALUES (:id, :first, '', :last, '', :email, :company, :at)";
const char* const insertLead =
    "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
    "vendor_account_id, distributor_account_id, lead_company_name, company_id, contact_id, "
    "selling_direction_id, service_or_product, description, city, custom_values, created_by, "
    "created_at, updated_by, updated_at, company_sort, contact_sort, product_sort, "
    "marketplace_sort) VALUES (:id, :name, :source, :listing, :product, "
    ":marketplace, :vendor, :distributor, '', :company, :contact, :direction, '', '', "
    "'Springfield', '{}', :user, :at, :user, :at, "
    // The sort keys, as LeadWriter writes them.
    "coalesce((SELECT name FROM companies WHERE id = :company), ''), "
    "coalesce((SELECT trim(first_name || ' ' || CASE WHEN middle_name <> '' THEN middle_name "
    "|| ' ' ELSE '' END || last_name) FROM contacts WHERE id = :contact), ''), "
    "coalesce((SELECT name FROM products WHERE id = :product), ''), "
    "coalesce((SELECT name FROM marketplaces WHERE id = :marketplace), ''))";
const char* const insertEvent =
    "INSERT INTO events(at, user_id, account_id, object_type, object_id, action, changes) "
    "VALUES (:at, :user, :account, :type, :id, 'created', :changes)";

/// Opens the copy with the bulk-write pragmas of an import.
Result<void> openTuned(RawSqliteConnection& raw, const QString& path)
{
    if (auto opened = raw.open(path); !opened)
        return opened;
    for (const QString& pragma : BulkWriteTuning::pragmas())
        if (auto done = raw.exec(pragma); !done)
            return done;
    return {};
}

/// Runs write once per batch inside a transaction with the lead search deferred, as the import
/// commits; returns rows per second.
Result<double> timedBatches(RawSqliteConnection& raw, const ImportFloor::Setup& setup,
                            const std::function<Result<void>(int first, int end)>& write)
{
    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < setup.rows; first += setup.batchSize) {
        const int end = qMin(setup.rows, first + setup.batchSize);
        Result<void> done = raw.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (done)
            done = raw.exec(SearchDeferral::beginStatement());
        if (done)
            done = write(first, end);
        for (const QString& sql : SearchDeferral::finishStatements())
            if (done)
                done = raw.exec(sql);
        if (done)
            done = raw.exec(QStringLiteral("COMMIT"));
        if (!done) {
            (void)raw.exec(QStringLiteral("ROLLBACK"));
            return done.error();
        }
    }
    if (auto checkpoint = raw.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); !checkpoint)
        return checkpoint.error();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return setup.rows / seconds;
}

} // namespace

Result<double> ImportFloor::rowByRow(const Setup& setup)
{
    RawSqliteConnection raw;
    if (auto opened = openTuned(raw, setup.path); !opened)
        return opened.error();
    auto issue = raw.prepare(QStringLiteral("INSERT OR IGNORE INTO issued_ids(id) VALUES (:id)"));
    auto company = raw.prepare(QString::fromLatin1(insertCompany));
    auto contact = raw.prepare(QString::fromLatin1(insertContact));
    auto lead = raw.prepare(QString::fromLatin1(insertLead));
    auto event = raw.prepare(QString::fromLatin1(insertEvent));
    for (const auto* prepared : {&issue, &company, &contact, &lead, &event})
        if (!*prepared)
            return prepared->error();

    CandidateIds candidates;
    const auto issued = [&](IdKind kind) -> Result<QString> {
        for (;;) {
            const QString id = candidates.next(kind);
            if (auto done = raw.execute(issue.value(), {value(":id", id)}); !done)
                return done.error();
            if (raw.changes() == 1)
                return id;
        }
    };
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const auto logged = [&](const char* type, const QString& id, const QString& changes) {
        return raw.execute(event.value(), {value(":at", at), value(":user", setup.userId),
                                           value(":account", setup.accountId),
                                           value(":type", QString::fromLatin1(type)),
                                           value(":id", id), value(":changes", changes)});
    };
    QString companyId;
    QString contactId;
    const auto writeRow = [&](int i) -> Result<void> {
        const int n = i / 10;
        if (i % 10 == 0) {
            auto newCompany = issued(IdKind::Company);
            if (!newCompany)
                return newCompany.error();
            companyId = newCompany.value();
            if (auto done = raw.execute(
                    company.value(),
                    {value(":id", companyId), value(":name", LeadCsvFile::companyName(n)),
                     value(":tin", LeadCsvFile::companyTin(n)),
                     value(":website", LeadCsvFile::companyWebsite(n)), value(":at", at)});
                !done)
                return done;
            if (auto done = logged("company", companyId, QStringLiteral("{}")); !done)
                return done;
            auto newContact = issued(IdKind::Contact);
            if (!newContact)
                return newContact.error();
            contactId = newContact.value();
            if (auto done =
                    raw.execute(contact.value(), {value(":id", contactId),
                                                  value(":first", LeadCsvFile::contactFirstName(n)),
                                                  value(":last", LeadCsvFile::contactLastName(n)),
                                                  value(":email", LeadCsvFile::contactEmail(n)),
                                                  value(":company", companyId), value(":at", at)});
                !done)
                return done;
            if (auto done = logged("contact", contactId, QStringLiteral("{}")); !done)
                return done;
        }
        auto leadId = issued(IdKind::Lead);
        if (!leadId)
            return leadId.error();
        const ImportListing& listing = setup.listings.at(n % setup.listings.size());
        if (auto done = raw.execute(
                lead.value(),
                {value(":id", leadId.value()), value(":name", LeadCsvFile::leadName(i)),
                 value(":source", LeadCsvFile::sourceKey(i)), value(":listing", listing.listingId),
                 value(":product", listing.productId), value(":marketplace", listing.marketplaceId),
                 value(":vendor", listing.vendorAccountId), value(":distributor", setup.accountId),
                 value(":company", companyId), value(":contact", contactId),
                 value(":direction", setup.sellingDirectionId), value(":user", setup.userId),
                 value(":at", at)});
            !done)
            return done;
        return logged("lead", leadId.value(),
                      leadChanges(i, companyId, contactId, setup.sellingDirectionId));
    };
    return timedBatches(raw, setup, [&](int first, int end) -> Result<void> {
        for (int i = first; i < end; ++i)
            if (auto done = writeRow(i); !done)
                return done;
        return {};
    });
}

Result<double> ImportFloor::setBased(const Setup& setup)
{
    RawSqliteConnection raw;
    if (auto opened = openTuned(raw, setup.path); !opened)
        return opened.error();
    if (auto created = raw.exec(QStringLiteral(
            "CREATE TEMP TABLE ceiling_rows(n INTEGER PRIMARY KEY, new_company INTEGER NOT NULL, "
            "lead_id TEXT, company_id TEXT, contact_id TEXT, name TEXT, source TEXT, "
            "listing_id TEXT, product_id TEXT, marketplace_id TEXT, vendor_id TEXT, "
            "company_name TEXT, tin TEXT, website TEXT, first_name TEXT, last_name TEXT, "
            "email TEXT, changes TEXT)"));
        !created)
        return created.error();
    auto row = raw.prepare(QStringLiteral(
        "INSERT INTO temp.ceiling_rows VALUES (:n, :new, :lead, :company, :contact, :name, "
        ":source, :listing, :product, :marketplace, :vendor, :company_name, :tin, :website, "
        ":first, :last, :email, :changes)"));
    if (!row)
        return row.error();

    // Not timed: IDs that are not issued yet, and every row's values.
    CandidateIds candidates;
    const auto fresh = [&](IdKind kind) -> Result<QString> {
        for (;;) {
            const QString id = candidates.next(kind);
            auto found = raw.run(
                {QStringLiteral("SELECT 1 FROM issued_ids WHERE id = :id"), {value(":id", id)}});
            if (!found)
                return found.error();
            if (found.value() == 0)
                return id;
        }
    };
    QString companyId;
    QString contactId;
    if (auto begun = raw.exec(QStringLiteral("BEGIN")); !begun)
        return begun.error();
    for (int i = 0; i < setup.rows; ++i) {
        const int n = i / 10;
        const bool newCompany = i % 10 == 0;
        if (newCompany) {
            auto company = fresh(IdKind::Company);
            auto contact = fresh(IdKind::Contact);
            if (!company || !contact)
                return !company ? company.error() : contact.error();
            companyId = company.value();
            contactId = contact.value();
        }
        auto leadId = fresh(IdKind::Lead);
        if (!leadId)
            return leadId.error();
        const ImportListing& listing = setup.listings.at(n % setup.listings.size());
        if (auto done = raw.execute(
                row.value(),
                {value(":n", i), value(":new", newCompany ? 1 : 0), value(":lead", leadId.value()),
                 value(":company", companyId), value(":contact", contactId),
                 value(":name", LeadCsvFile::leadName(i)),
                 value(":source", LeadCsvFile::sourceKey(i)), value(":listing", listing.listingId),
                 value(":product", listing.productId), value(":marketplace", listing.marketplaceId),
                 value(":vendor", listing.vendorAccountId),
                 value(":company_name", LeadCsvFile::companyName(n)),
                 value(":tin", LeadCsvFile::companyTin(n)),
                 value(":website", LeadCsvFile::companyWebsite(n)),
                 value(":first", LeadCsvFile::contactFirstName(n)),
                 value(":last", LeadCsvFile::contactLastName(n)),
                 value(":email", LeadCsvFile::contactEmail(n)),
                 value(":changes",
                       leadChanges(i, companyId, contactId, setup.sellingDirectionId))});
            !done)
            return done.error();
    }
    if (auto committed = raw.exec(QStringLiteral("COMMIT")); !committed)
        return committed.error();

    const QString batch = QStringLiteral(" n >= :first AND n < :end");
    QList<int> statements;
    for (const QString& sql : {
             QStringLiteral("INSERT INTO issued_ids(id) SELECT lead_id FROM temp.ceiling_rows "
                            "WHERE%1 UNION ALL SELECT company_id FROM temp.ceiling_rows "
                            "WHERE new_company AND%1 UNION ALL SELECT contact_id "
                            "FROM temp.ceiling_rows WHERE new_company AND%1"),
             QStringLiteral("INSERT INTO companies(id, name, tin, website, city, created_at) "
                            "SELECT company_id, company_name, tin, website, 'Springfield', :at "
                            "FROM temp.ceiling_rows WHERE new_company AND%1"),
             QStringLiteral("INSERT INTO contacts(id, first_name, middle_name, last_name, phone, "
                            "email, company_id, created_at) SELECT contact_id, first_name, '', "
                            "last_name, '', email, company_id, :at FROM temp.ceiling_rows "
                            "WHERE new_company AND%1"),
             QStringLiteral(
                 "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
                 "vendor_account_id, distributor_account_id, lead_company_name, company_id, "
                 "contact_id, selling_direction_id, service_or_product, description, city, "
                 "custom_values, created_by, created_at, updated_by, updated_at, company_sort, "
                 "contact_sort, product_sort, marketplace_sort) SELECT lead_id, "
                 "name, source, listing_id, product_id, marketplace_id, vendor_id, :distributor, "
                 "'', company_id, contact_id, :direction, '', '', 'Springfield', '{}', :user, "
                 ":at, :user, :at, "
                 "coalesce((SELECT name FROM companies WHERE id = company_id), ''), "
                 "coalesce((SELECT trim(c.first_name || ' ' || CASE WHEN c.middle_name <> '' "
                 "THEN c.middle_name || ' ' ELSE '' END || c.last_name) FROM contacts c "
                 "WHERE c.id = contact_id), ''), "
                 "coalesce((SELECT name FROM products WHERE id = product_id), ''), "
                 "coalesce((SELECT name FROM marketplaces WHERE id = marketplace_id), '') "
                 "FROM temp.ceiling_rows WHERE%1 ORDER BY n"),
             QStringLiteral("INSERT INTO events(at, user_id, account_id, object_type, object_id, "
                            "action, changes) SELECT :at, :user, :distributor, 'company', "
                            "company_id, 'created', '{}' FROM temp.ceiling_rows "
                            "WHERE new_company AND%1 UNION ALL SELECT :at, :user, :distributor, "
                            "'contact', contact_id, 'created', '{}' FROM temp.ceiling_rows "
                            "WHERE new_company AND%1 UNION ALL SELECT :at, :user, :distributor, "
                            "'lead', lead_id, 'created', changes FROM temp.ceiling_rows "
                            "WHERE%1"),
         }) {
        auto prepared = raw.prepare(sql.arg(batch));
        if (!prepared)
            return prepared.error();
        statements << prepared.value();
    }
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    return timedBatches(raw, setup, [&](int first, int end) -> Result<void> {
        for (int statement : std::as_const(statements))
            if (auto done = raw.execute(statement,
                                        {value(":first", first), value(":end", end),
                                         value(":at", at), value(":distributor", setup.accountId),
                                         value(":direction", setup.sellingDirectionId),
                                         value(":user", setup.userId)});
                !done)
                return done;
        return {};
    });
}
