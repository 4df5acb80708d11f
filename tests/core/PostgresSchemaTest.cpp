// The PostgreSQL schema against a real server: run through scripts/with-postgres, which sets
// CHANNELDESK_TEST_POSTGRES_URL; without it these cases only warn.
#include "TestWorkspace.h"

#include "directory/SearchText.h"
#include "storage/Migrations.h"
#include "storage/postgres/PostgresError.h"
#include "storage/postgres/PostgresMigrations.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace {

QString serverUrl()
{
    return qEnvironmentVariable("CHANNELDESK_TEST_POSTGRES_URL");
}

constexpr const char* noServer =
    "CHANNELDESK_TEST_POSTGRES_URL is not set: run scripts/with-postgres build/tests/core_tests "
    "\"[postgres]\"";

QSqlDatabase connect(const QUrl& url, const QString& databaseName, const QString& connection)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    database.setHostName(url.host());
    database.setPort(url.port(5432));
    database.setUserName(url.userName());
    database.setPassword(url.password());
    database.setDatabaseName(databaseName);
    INFO(database.lastError().text().toStdString());
    REQUIRE(database.open());
    return database;
}

/// The error of running sql, empty when it succeeded.
QString failure(const QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    if (query.exec(sql))
        return {};
    const QSqlError error = query.lastError();
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

void run(const QSqlDatabase& database, const QString& sql)
{
    INFO(sql.toStdString());
    REQUIRE(failure(database, sql) == QString());
}

QStringList column(const QSqlDatabase& database, const QString& sql,
                   const QVariantList& values = {})
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    REQUIRE(query.prepare(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(query.exec());
    QStringList values_;
    while (query.next())
        values_ << query.value(0).toString();
    return values_;
}

/// A database of its own on the test server, dropped at the end.
class PostgresTestDatabase {
public:
    explicit PostgresTestDatabase(const QString& url)
        : m_url(url)
        , m_name(
              QStringLiteral("channeldesk_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        {
            QSqlDatabase admin =
                connect(m_url, m_url.path().mid(1), m_name + QStringLiteral("_admin"));
            run(admin, QStringLiteral("CREATE DATABASE %1").arg(m_name));
        }
        m_created = true;
        connect(m_url, m_name, m_name);
    }

    ~PostgresTestDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
        if (m_created) {
            QSqlDatabase admin = QSqlDatabase::database(m_name + QStringLiteral("_admin"));
            QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name));
            admin.close();
        }
        QSqlDatabase::removeDatabase(m_name + QStringLiteral("_admin"));
    }

    QSqlDatabase database() const { return QSqlDatabase::database(m_name); }

    int version() const
    {
        const QStringList version = column(database(), PostgresMigrations::versionQuery());
        REQUIRE(version.size() == 1);
        return version.first().toInt();
    }

    /// Migrations from+1 … to, one transaction each.
    void migrate(int from, int to) const
    {
        QSqlDatabase db = database();
        for (int version = from + 1; version <= to; ++version) {
            const QStringList statements = PostgresMigrations::statements(version);
            REQUIRE_FALSE(statements.isEmpty());
            REQUIRE(db.transaction());
            for (const QString& statement : statements) {
                INFO("migration " << version << ": " << statement.toStdString());
                const QString error = failure(db, statement);
                if (!error.isEmpty())
                    db.rollback();
                REQUIRE(error == QString());
            }
            REQUIRE(db.commit());
            CHECK(this->version() == version);
        }
    }

private:
    QUrl m_url;
    QString m_name;
    bool m_created = false;
};

// Rows of every kind the rules look at, in SQL both engines run.
const char* const sampleRows[] = {
    "INSERT INTO accounts(id, name, role, created_at, updated_at) VALUES "
    "('AC-V', 'Vendor', 'vendor', 1, 1), ('AC-D', 'Distributor', 'distributor', 1, 1), "
    "('AC-R', 'Reseller', 'reseller', 1, 1)",
    "UPDATE accounts SET technical_contact_name = 'Ada Lovelace', "
    "technical_contact_email = 'ada@vendor.example' WHERE id = 'AC-V'",
    "INSERT INTO users(id, name, email, created_at) VALUES ('US-1', 'Ada', 'ada@example.com', 1), "
    "('US-2', 'Bob', 'bob@example.com', 1), ('US-3', 'Cy', 'cy@example.com', 1)",
    "INSERT INTO memberships(user_id, account_id, role) VALUES ('US-1', 'AC-V', 'crm_admin'), "
    "('US-2', 'AC-D', 'crm_admin'), ('US-3', 'AC-R', 'crm_admin')",
    "INSERT INTO products(id, name, vendor_account_id, created_at, status) VALUES "
    "('PR-1', 'Orbit', 'AC-V', 1, 'published'), ('PR-2', 'Draft', 'AC-V', 1, 'draft'), "
    "('PR-3', 'Nova', 'AC-V', 1, 'published')",
    "INSERT INTO marketplaces(id, name, owner_account_id, countries, currency, created_at) "
    "VALUES ('MP-1', 'Europe', 'AC-D', 'DE,FR', 'EUR', 1)",
    "INSERT INTO agreements(id, type, owner_account_id, name, created_at, updated_at) VALUES "
    "('AG-1', 'program', 'AC-D', 'Program', 1, 1)",
    "INSERT INTO agreements(id, type, owner_account_id, name, parent_agreement_id, "
    "marketplace_id, created_at, updated_at) VALUES "
    "('AG-2', 'distribution', 'AC-D', 'Distribution', 'AG-1', 'MP-1', 1, 1)",
    "INSERT INTO agreement_versions(id, agreement_id, version, description, active, created_at) "
    "VALUES (1, 'AG-2', 1, '', 1, 1), (2, 'AG-1', 1, '', 1, 1)",
    "INSERT INTO partnerships(id, owner_account_id, partner_account_id, status, created_at, "
    "updated_at) VALUES (1, 'AC-D', 'AC-V', 'active', 1, 1), (2, 'AC-D', 'AC-R', 'removed', 1, 1)",
    "INSERT INTO contracts(id, type, agreement_id, agreement_version_id, issuer_account_id, "
    "partner_account_id, marketplace_id, status, created_at, updated_at) VALUES "
    "('CN-1', 'distribution', 'AG-2', 1, 'AC-D', 'AC-V', 'MP-1', 'active', 1, 1), "
    "('CN-2', 'program', 'AG-1', 2, 'AC-D', 'AC-V', NULL, 'active', 1, 1)",
    "INSERT INTO listings(id, product_id, marketplace_id, contract_id, status, created_at) VALUES "
    "('LI-1', 'PR-1', 'MP-1', 'CN-1', 'listed', 1)",
    "INSERT INTO companies(id, name, tin, website, created_at) VALUES "
    "('CO-1', 'Crème Brûlée GmbH', 'DE123456', 'https://www.creme.example:8080/about', 1), "
    "('CO-2', 'Other Works', '', '', 1)",
    "INSERT INTO contacts(id, first_name, middle_name, last_name, email, company_id, created_at) "
    "VALUES ('CT-1', 'Zoë', '', 'O''Brien', 'zoe.obrien@creme.example', 'CO-1', 1), "
    "('CT-2', 'Max', 'J', 'Öztürk', 'max@other.example', 'CO-2', 1)",
    "INSERT INTO selling_directions(id, account_id, name) VALUES ('SD-1', 'AC-D', 'Direct'), "
    "('SD-2', 'AC-V', 'Vendor direction')",
    "INSERT INTO campaigns(id, account_id, name, retired) VALUES ('CA-1', 'AC-D', 'Spring', 1), "
    "('CA-2', 'AC-D', 'Summer', 0)",
    "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
    "vendor_account_id, distributor_account_id, company_id, contact_id, selling_direction_id, "
    "campaign_id, description, created_by, created_at, updated_by, updated_at) VALUES "
    "('LD-100-200-300', 'Orbit health check', 'call', 'LI-1', 'PR-1', 'MP-1', 'AC-V', 'AC-D', "
    "'CO-1', 'CT-1', 'SD-1', 'CA-2', 'Naïve café rollout', 'US-1', 1, 'US-1', 1), "
    "('LD-2', 'Second', 'chat', 'LI-1', 'PR-1', 'MP-1', 'AC-V', 'AC-D', 'CO-2', 'CT-2', 'SD-1', "
    "NULL, '', 'US-1', 1, 'US-1', 1)",
    "INSERT INTO opportunities(id, lead_id, company_id, contact_id, product_id, marketplace_id, "
    "created_at) VALUES ('OP-1', 'LD-2', 'CO-2', 'CT-2', 'PR-1', 'MP-1', 1)",
    "UPDATE leads SET status = 'qualified' WHERE id = 'LD-2'",
    "INSERT INTO api_keys(id, account_id, user_id, role, name, token_prefix, token_hash, "
    "created_at, created_by, revoked_at, revoked_by) VALUES ('KY-1', 'AC-D', 'US-2', 'crm_admin', "
    "'Website', 'cdk_abcd', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 1, "
    "'US-2', NULL, NULL), "
    "('KY-2', 'AC-D', 'US-2', 'crm_admin', 'Old', 'cdk_cdef', "
    "'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc', 1, 'US-2', 2, 'US-2')",
};

struct Refusal {
    const char* sql;
    const char* message;
};

// Every rule of a SQLite trigger, broken once (some twice); the message is SQLite's.
constexpr Refusal refusals[] = {
    {"UPDATE leads SET status = 'qualified' WHERE id = 'LD-100-200-300'",
     "A qualified lead needs its opportunity: create the opportunity first"},
    {"INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
     "vendor_account_id, distributor_account_id, company_id, contact_id, selling_direction_id, "
     "status, created_by, created_at, updated_by, updated_at) VALUES ('LD-3', 'Third', 'chat', "
     "'LI-1', 'PR-1', 'MP-1', 'AC-V', 'AC-D', 'CO-2', 'CT-2', 'SD-1', 'qualified', 'US-1', 1, "
     "'US-1', 1)",
     "A qualified lead needs its opportunity: create the opportunity first"},
    {"DELETE FROM opportunities WHERE id = 'OP-1'",
     "The opportunity of a qualified lead cannot be deleted"},
    {"UPDATE opportunities SET lead_id = 'LD-100-200-300' WHERE id = 'OP-1'",
     "The opportunity of a qualified lead cannot be moved to another lead"},
    {"DELETE FROM memberships WHERE user_id = 'US-1'",
     "The last CRM admin of an account cannot be removed"},
    {"DELETE FROM users WHERE id = 'US-3'", "The last CRM admin of an account cannot be removed"},
    {"UPDATE memberships SET role = 'viewer' WHERE user_id = 'US-1'",
     "The last CRM admin of an account cannot be demoted"},
    {"UPDATE partnerships SET status = 'removed' WHERE id = 1",
     "A removed partner keeps no open contracts: delete or terminate them first"},
    {"INSERT INTO contracts(id, type, agreement_id, agreement_version_id, issuer_account_id, "
     "partner_account_id, status, created_at, updated_at) VALUES "
     "('CN-3', 'program', 'AG-1', 2, 'AC-D', 'AC-R', 'pending', 1, 1)",
     "A removed partner gets no open contracts: restore the partner first"},
    {"INSERT INTO listings(id, product_id, marketplace_id, status, created_at) VALUES "
     "('LI-2', 'PR-2', 'MP-1', 'listed', 1)",
     "only a published product can be listed"},
    {"UPDATE products SET status = 'draft' WHERE id = 'PR-1'", "a listed product stays published"},
    {"INSERT INTO listings(id, product_id, marketplace_id, contract_id, status, created_at) "
     "VALUES ('LI-3', 'PR-3', 'MP-1', 'CN-2', 'listed', 1)",
     "the contract of a listing must be the vendor's distribution contract for its marketplace"},
    {"UPDATE marketplaces SET currency = 'eur' WHERE id = 'MP-1'",
     "a marketplace needs an ISO 4217 currency and ISO 3166 country codes"},
    {"UPDATE marketplaces SET countries = 'DE;FR' WHERE id = 'MP-1'",
     "a marketplace needs an ISO 4217 currency and ISO 3166 country codes"},
    {"INSERT INTO marketplaces(id, name, owner_account_id, countries, currency, created_at) "
     "VALUES ('MP-2', 'Asia', 'AC-D', 'DEU', 'JPY', 1)",
     "a marketplace needs an ISO 4217 currency and ISO 3166 country codes"},
    {"UPDATE leads SET contact_id = 'CT-2' WHERE id = 'LD-100-200-300'",
     "the contact of a lead must be a contact of its company"},
    {"UPDATE contacts SET company_id = 'CO-2' WHERE id = 'CT-1'",
     "the contact of a lead must be a contact of its company"},
    {"UPDATE leads SET campaign_id = 'CA-1' WHERE id = 'LD-100-200-300'",
     "A lead takes an entry of its distributor's campaigns that is not retired"},
    {"UPDATE leads SET selling_direction_id = 'SD-2' WHERE id = 'LD-100-200-300'",
     "A lead takes an entry of its distributor's selling_directions that is not retired"},
    {"INSERT INTO api_keys(id, account_id, user_id, role, name, token_prefix, token_hash, "
     "created_at, created_by) VALUES ('KY-3', 'AC-D', 'US-2', 'viewer', 'Site', 'cdk_efgh', "
     "'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', 1, 'US-2')",
     "An API key acts for a user of its account with the role the user holds there"},
    {"INSERT INTO api_keys(id, account_id, user_id, role, name, token_prefix, token_hash, "
     "created_at, created_by) VALUES ('KY-3', 'AC-D', 'US-2', 'crm_admin', 'Site', 'cdk_efgh', "
     "'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', 1, 'US-1')",
     "Only a CRM admin of the account creates or revokes its API keys"},
    {"UPDATE api_keys SET revoked_at = 2, revoked_by = 'US-1' WHERE id = 'KY-1'",
     "Only a CRM admin of the account creates or revokes its API keys"},
    {"UPDATE api_keys SET role = 'viewer' WHERE id = 'KY-1'",
     "An API key keeps its account, user, role and token, and a revoked key stays revoked"},
    {"UPDATE api_keys SET revoked_at = NULL, revoked_by = NULL WHERE id = 'KY-2'",
     "An API key keeps its account, user, role and token, and a revoked key stays revoked"},
};

// Values the database computes (sort keys, website domains, partner links, search rows), the
// same on both engines.
const char* const derivedValues[] = {
    "SELECT company_sort || '|' || contact_sort || '|' || product_sort || '|' || "
    "marketplace_sort || '|' || owner_sort FROM leads ORDER BY id",
    "SELECT website_domain FROM companies ORDER BY id",
    "SELECT viewer_account_id || '>' || partner_account_id || ' ' || owned || ' ' || name || ' ' "
    "|| role || ' ' || status FROM partner_links ORDER BY 1",
    "SELECT id || '|' || name || '|' || company || '|' || contact || '|' || email || '|' || tin "
    "|| '|' || description FROM lead_search ORDER BY id",
    "SELECT id || '|' || name || '|' || contacts || '|' || emails FROM partner_search ORDER BY id",
    "SELECT name || '|' || tin FROM company_search ORDER BY name",
    "SELECT company || '|' || name || '|' || email FROM contact_search ORDER BY name",
};

// Changes after which derivedValues must still agree.
const char* const changes[] = {
    "UPDATE companies SET name = 'Crème Fraîche AG', website = 'HTTP://Shop.Example/x' "
    "WHERE id = 'CO-1'",
    "UPDATE contacts SET first_name = 'Zoé', middle_name = 'Ann', email = 'zoe@fraiche.example' "
    "WHERE id = 'CT-1'",
    "UPDATE products SET name = 'Orbit Pro' WHERE id = 'PR-1'",
    "UPDATE marketplaces SET name = 'Europe West' WHERE id = 'MP-1'",
    "UPDATE users SET name = 'Ada L.' WHERE id = 'US-1'",
    "UPDATE leads SET owner_user_id = 'US-1', description = 'Straße' WHERE id = 'LD-100-200-300'",
    "UPDATE accounts SET name = 'Vendor Ltd', business_contact_name = 'Émile Zola' "
    "WHERE id = 'AC-V'",
    "UPDATE partnerships SET status = 'invited' WHERE id = 1",
    "INSERT INTO companies(id, name, tin, created_at) VALUES ('CO-3', 'Ωmega Ltd', '77-88', 1)",
    "INSERT INTO contacts(id, first_name, last_name, email, company_id, created_at) VALUES "
    "('CT-3', 'Jean-Luc', 'Picard', 'jl@ωmega.example', 'CO-3', 1)",
    "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
    "vendor_account_id, distributor_account_id, company_id, contact_id, selling_direction_id, "
    "created_by, created_at, updated_by, updated_at) VALUES ('LD-5', 'Doomed orbit', 'chat', "
    "'LI-1', 'PR-1', 'MP-1', 'AC-V', 'AC-D', 'CO-3', 'CT-3', 'SD-1', 'US-1', 1, 'US-1', 1)",
    "UPDATE leads SET company_id = 'CO-2', contact_id = 'CT-2' WHERE id = 'LD-5'",
    "DELETE FROM leads WHERE id = 'LD-5'",
};

QStringList values(const QSqlDatabase& database, const QString& sql)
{
    return column(database, sql);
}

/// The sample rows in a PostgreSQL database of the latest schema and in a SQLite workspace.
struct SampleWorkspaces {
    explicit SampleWorkspaces(const QString& url)
        : postgres(url)
    {
        postgres.migrate(0, PostgresMigrations::latestVersion());
        for (const char* sql : sampleRows) {
            run(pg, QString::fromUtf8(sql));
            run(sqlite, QString::fromUtf8(sql));
        }
    }

    PostgresTestDatabase postgres;
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createEmpty();
    QSqlDatabase pg = postgres.database();
    QSqlDatabase sqlite = workspace->database();
};

QSet<QString> toSet(const QStringList& list)
{
    return {list.cbegin(), list.cend()};
}

} // namespace

TEST_CASE("PostgreSQL migrations make the tables, columns, indexes and triggers of a SQLite "
          "workspace",
          "[postgres]")
{
    const QString url = serverUrl();
    if (url.isEmpty()) {
        WARN(noServer);
        return;
    }
    REQUIRE(PostgresMigrations::latestVersion() >= Migrations::latestVersion());
    PostgresTestDatabase postgres(url);
    CHECK(postgres.version() == 0);
    postgres.migrate(0, Migrations::latestVersion());
    const QSqlDatabase pg = postgres.database();

    TestWorkspace dir;
    const auto workspace = dir.createEmpty();
    const QSqlDatabase sqlite = workspace->database();

    // Tables: SQLite's, without the shadow tables of its FTS5 tables.
    const QStringList virtualTables =
        values(sqlite, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                      "AND sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"));
    CHECK(virtualTables ==
          QStringList{QStringLiteral("company_search"), QStringLiteral("contact_search"),
                      QStringLiteral("lead_search"), QStringLiteral("partner_search")});
    QStringList sqliteTables;
    for (const QString& table : values(
             sqlite, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"))) {
        const bool shadow =
            std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString& fts) {
                return table.startsWith(fts + QLatin1Char('_')) &&
                       !table.endsWith(QStringLiteral("_queue"));
            });
        if (!shadow)
            sqliteTables << table;
    }
    const QStringList pgTables = values(
        pg, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                           "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
    CHECK(pgTables == sqliteTables);
    CHECK(values(pg, QStringLiteral("SELECT table_name FROM information_schema.views WHERE "
                                    "table_schema = current_schema() ORDER BY table_name")) ==
          values(sqlite, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'view' "
                                        "ORDER BY name")));

    // Columns, in order; a search table has its tsvector `document` too, and the pickers' ones
    // the `id` SQLite has as rowid.
    for (const QString& table : sqliteTables) {
        QStringList expected =
            values(sqlite, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        if (virtualTables.contains(table)) {
            if (!expected.contains(QStringLiteral("id")))
                expected.prepend(QStringLiteral("id"));
            expected << QStringLiteral("document");
        }
        // The directories' keys read SQLite's implicit rowid; PostgreSQL has it as a column.
        if (table == QLatin1String("leads"))
            expected.insert(1, QStringLiteral("rowid"));
        if (table == QLatin1String("partner_links"))
            expected.prepend(QStringLiteral("rowid"));
        INFO(table.toStdString());
        CHECK(column(pg,
                     QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                    "table_schema = current_schema() AND table_name = ? "
                                    "ORDER BY ordinal_position"),
                     {table}) == expected);
    }

    // Every named SQLite index, under its name (PostgreSQL has more: keys, NOCASE uniques, GIN).
    const QSet<QString> pgIndexes = toSet(values(
        pg,
        QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")));
    for (const QString& index :
         values(sqlite, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' "
                                       "AND sql IS NOT NULL"))) {
        INFO(index.toStdString());
        CHECK(pgIndexes.contains(index));
    }

    // The leads directory's keyset order is (key, rowid): SQLite's indexes end with rowid
    // implicitly, PostgreSQL's sort indexes must name it, or a sort by a key with few distinct
    // values (owner, product) sorts every lead of the account for each page.
    for (const char* branch : {"vendor", "distributor"})
        for (const char* key : {"name", "company", "contact", "product", "marketplace", "owner"}) {
            const QString index =
                QStringLiteral("leads_%1_%2").arg(QLatin1String(branch), QLatin1String(key));
            INFO(index.toStdString());
            CHECK(column(pg,
                         QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = "
                                        "current_schema() AND indexname = ?"),
                         {index})
                      .value(0)
                      .endsWith(QStringLiteral(", rowid)")));
        }

    // Every SQLite trigger, under its name, but those that queue search rows for later.
    const QSet<QString> sqliteOnly = {QStringLiteral("leads_search_on_insert_deferred"),
                                      QStringLiteral("leads_search_queue_on_delete"),
                                      QStringLiteral("companies_picker_on_insert_deferred"),
                                      QStringLiteral("contacts_picker_on_insert_deferred")};
    const QSet<QString> pgTriggers =
        toSet(values(pg, QStringLiteral("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")));
    for (const QString& trigger :
         values(sqlite, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger'"))) {
        INFO(trigger.toStdString());
        CHECK(pgTriggers.contains(trigger) != sqliteOnly.contains(trigger));
    }

    // The migrations PostgreSQL has ahead of SQLite, if any.
    postgres.migrate(Migrations::latestVersion(), PostgresMigrations::latestVersion());
    CHECK(postgres.version() == PostgresMigrations::latestVersion());
    CHECK(PostgresMigrations::statements(PostgresMigrations::latestVersion() + 1).isEmpty());
    CHECK(PostgresMigrations::statements(0).isEmpty());
}

TEST_CASE("PostgreSQL migration 14 refuses the reference entries it does not share out, "
          "leaving the database as it was",
          "[postgres]")
{
    const QString url = serverUrl();
    if (url.isEmpty()) {
        WARN(noServer);
        return;
    }
    PostgresTestDatabase postgres(url);
    postgres.migrate(0, 13);
    QSqlDatabase pg = postgres.database();
    run(pg, QStringLiteral("INSERT INTO campaigns(id, name) VALUES ('CA-1', 'Spring')"));
    REQUIRE(pg.transaction());
    QString refused;
    for (const QString& statement : PostgresMigrations::statements(14))
        if (refused = failure(pg, statement); !refused.isEmpty())
            break;
    pg.rollback();
    CHECK(refused.contains(QStringLiteral("campaigns has entries")));
    CHECK(postgres.version() == 13);
    CHECK(column(pg, QStringLiteral("SELECT id FROM campaigns")) ==
          QStringList{QStringLiteral("CA-1")});
}

TEST_CASE("PostgreSQL triggers refuse what SQLite's refuse, with the same message, and keep the "
          "same derived values",
          "[postgres]")
{
    const QString url = serverUrl();
    if (url.isEmpty()) {
        WARN(noServer);
        return;
    }
    const SampleWorkspaces samples(url);
    const QSqlDatabase pg = samples.pg;
    const QSqlDatabase sqlite = samples.sqlite;

    for (const Refusal& refusal : refusals) {
        const QString sql = QString::fromUtf8(refusal.sql);
        const QString message = QString::fromUtf8(refusal.message);
        INFO(sql.toStdString());
        CHECK(failure(sqlite, sql) == message);
        QSqlQuery query(pg);
        CHECK_FALSE(query.exec(sql));
        CHECK(PostgresError::message(query.lastError()) == message);
        CHECK(PostgresError::state(query.lastError()) == QStringLiteral("23514"));
    }
    // Broken checks fail on both (each engine words them its own way).
    for (const char* sql : {"UPDATE leads SET custom_values = '{' WHERE id = 'LD-2'",
                            "INSERT INTO lead_forms(id, vendor_account_id, name, status, schema, "
                            "created_at, updated_at) VALUES ('LF-1', 'AC-V', 'Form', 'active', "
                            "'{\"a\":', 1, 1)",
                            "INSERT INTO saved_views(user_id, directory, name, definition, "
                            "created_at, updated_at) VALUES ('US-1', 'leads', 'Mine', '[1]', 1, 1)",
                            "INSERT INTO saved_views(user_id, directory, name, definition, "
                            "created_at, updated_at) VALUES ('US-1', 'leads', ' Mine', '{}', 1, 1)",
                            "UPDATE leads SET status = 'disqualified' WHERE id = 'LD-100-200-300'",
                            "INSERT INTO users(id, name, email, created_at) VALUES ('US-9', 'Ann', "
                            "'ADA@example.com', 1)",
                            "INSERT INTO products(id, name, vendor_account_id, created_at) VALUES "
                            "('PR-9', 'ORBIT', 'AC-V', 1)",
                            "INSERT INTO campaigns(id, account_id, name) VALUES ('CA-9', 'AC-D', "
                            "'spring')"}) {
        INFO(sql);
        CHECK_FALSE(failure(sqlite, QString::fromUtf8(sql)).isEmpty());
        CHECK_FALSE(failure(pg, QString::fromUtf8(sql)).isEmpty());
    }
    // What the rules let through passes on both.
    for (const char* sql :
         {"UPDATE api_keys SET last_used_at = 5 WHERE id = 'KY-1'",
          "UPDATE api_keys SET revoked_at = 6, revoked_by = 'US-2' WHERE id = 'KY-1'",
          "INSERT INTO saved_views(user_id, directory, name, definition, "
          "created_at, updated_at) VALUES ('US-1', 'leads', 'Mine', "
          "'{\"sort\": \"name\"}', 1, 2)",
          "INSERT INTO memberships(user_id, account_id, role) VALUES "
          "('US-2', 'AC-V', 'crm_admin')",
          "UPDATE memberships SET role = 'viewer' WHERE user_id = 'US-1'",
          "UPDATE campaigns SET retired = 1 WHERE id = 'CA-2'",
          "UPDATE leads SET campaign_id = 'CA-2', status_note = 'kept' "
          "WHERE id = 'LD-100-200-300'",
          "UPDATE leads SET name = 'Orbit health check' "
          "WHERE id = 'LD-100-200-300'",
          "UPDATE contracts SET status = 'terminated' WHERE id IN ('CN-1', 'CN-2')",
          "UPDATE partnerships SET status = 'removed' WHERE id = 1"}) {
        INFO(sql);
        CHECK(failure(sqlite, QString::fromUtf8(sql)) == QString());
        CHECK(failure(pg, QString::fromUtf8(sql)) == QString());
    }

    for (const char* sql : derivedValues)
        CHECK(values(pg, QString::fromUtf8(sql)) == values(sqlite, QString::fromUtf8(sql)));
    for (const char* change : changes) {
        run(sqlite, QString::fromUtf8(change));
        run(pg, QString::fromUtf8(change));
        for (const char* sql : derivedValues) {
            INFO("after " << change);
            CHECK(values(pg, QString::fromUtf8(sql)) == values(sqlite, QString::fromUtf8(sql)));
        }
    }

    // Rows copied with the triggers off (as a bulk copy does), then the derived rows written again.
    run(pg, QStringLiteral("SET session_replication_role = replica"));
    for (const char* sql :
         {"UPDATE leads SET company_sort = 'stale', contact_sort = '', owner_sort = 'stale'",
          "UPDATE companies SET website_domain = 'stale'", "DELETE FROM lead_search",
          "DELETE FROM partner_links", "UPDATE contact_search SET name = 'stale'",
          "UPDATE partner_search SET emails = ''", "DELETE FROM company_search"})
        run(pg, QString::fromUtf8(sql));
    CHECK(values(pg, QString::fromUtf8(derivedValues[0])) !=
          values(sqlite, QString::fromUtf8(derivedValues[0])));
    for (const QString& sql : PostgresMigrations::derivedRowStatements())
        run(pg, sql);
    run(pg, QStringLiteral("SET session_replication_role = origin"));
    for (const char* sql : derivedValues) {
        INFO("rewritten: " << sql);
        CHECK(values(pg, QString::fromUtf8(sql)) == values(sqlite, QString::fromUtf8(sql)));
    }
}

TEST_CASE("PostgreSQL rules and derived rows hold for a login that may only write leads",
          "[postgres]")
{
    const QString url = serverUrl();
    if (url.isEmpty()) {
        WARN(noServer);
        return;
    }
    const SampleWorkspaces samples(url);
    const QSqlDatabase pg = samples.pg;

    // A login with rights on leads only: no rights on the tables the triggers read and write.
    struct Login {
        QSqlDatabase owner;
        QString name =
            QStringLiteral("channeldesk_writer_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        ~Login()
        {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
            QSqlQuery(owner).exec(QStringLiteral("DROP OWNED BY %1").arg(name));
            QSqlQuery(owner).exec(QStringLiteral("DROP ROLE %1").arg(name));
        }
    } login{pg};
    run(pg, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'writer-password'").arg(login.name));
    run(pg, QStringLiteral("GRANT SELECT, INSERT, UPDATE ON leads TO %1").arg(login.name));
    QUrl writerUrl(url);
    writerUrl.setUserName(login.name);
    writerUrl.setPassword(QStringLiteral("writer-password"));
    const QSqlDatabase writer = connect(writerUrl, pg.databaseName(), login.name);

    run(writer, QStringLiteral(
                    "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
                    "vendor_account_id, distributor_account_id, company_id, contact_id, "
                    "selling_direction_id, created_by, created_at, updated_by, updated_at) VALUES "
                    "('LD-7', 'Written by a login', 'chat', 'LI-1', 'PR-1', 'MP-1', 'AC-V', "
                    "'AC-D', 'CO-1', 'CT-1', 'SD-1', 'US-1', 1, 'US-1', 1)"));
    CHECK(failure(writer, QStringLiteral("SELECT count(*) FROM lead_search"))
              .contains(QStringLiteral("permission denied")));
    CHECK(column(pg, QStringLiteral("SELECT company || '|' || contact FROM lead_search "
                                    "WHERE id = 'LD-7'")) ==
          QStringList{QStringLiteral("Crème Brûlée GmbH|Zoë  O'Brien")});
    CHECK(column(pg, QStringLiteral("SELECT company_sort || '|' || contact_sort FROM leads "
                                    "WHERE id = 'LD-7'")) ==
          QStringList{QStringLiteral("Crème Brûlée GmbH|Zoë O'Brien")});
    QSqlQuery refused(writer);
    CHECK_FALSE(
        refused.exec(QStringLiteral("UPDATE leads SET status = 'qualified' WHERE id = 'LD-7'")));
    CHECK(PostgresError::message(refused.lastError()) ==
          QStringLiteral("A qualified lead needs its opportunity: create the opportunity first"));
    CHECK(PostgresError::message([&] {
              QSqlQuery query(writer);
              query.exec(QStringLiteral("UPDATE leads SET contact_id = 'CT-2' WHERE id = 'LD-7'"));
              return query.lastError();
          }()) == QStringLiteral("the contact of a lead must be a contact of its company"));
}

TEST_CASE("PostgreSQL full-text search finds what SQLite's finds: words by prefix, whatever their "
          "case and accents",
          "[postgres]")
{
    CHECK(PostgresMigrations::searchQuery(QStringLiteral("  Orbit\t health  ")) ==
          QStringLiteral("Orbit health"));
    CHECK(PostgresMigrations::searchQuery(QStringLiteral(" -- ! ")) == QString());
    CHECK(PostgresMigrations::searchQuery(QStringLiteral("o'brien -- crème")) ==
          QStringLiteral("o'brien crème"));
    CHECK(PostgresMigrations::searchCondition(QStringLiteral("lead_search"),
                                              QStringLiteral(":search")) ==
          QStringLiteral("lead_search.document @@ channeldesk_search_query(:search)"));

    const QString url = serverUrl();
    if (url.isEmpty()) {
        WARN(noServer);
        return;
    }
    const SampleWorkspaces samples(url);
    const QSqlDatabase pg = samples.pg;
    const QSqlDatabase sqlite = samples.sqlite;

    CHECK(column(pg, QStringLiteral("SELECT channeldesk_search_query(?)::text"),
                 {PostgresMigrations::searchQuery(QStringLiteral("Orbit  HEALTH"))}) ==
          QStringList{QStringLiteral("'orbit':* & 'health':*")});
    CHECK(column(pg, QStringLiteral("SELECT channeldesk_search_query(?)::text"),
                 {PostgresMigrations::searchQuery(QStringLiteral("O'Brië"))}) ==
          QStringList{QStringLiteral("'o' <-> 'brie':*")});

    struct Search {
        const char* sqlite;   ///< %1: the FTS5 query
        const char* postgres; ///< %1: the search condition
    };
    const Search searches[] = {
        {"SELECT id FROM leads WHERE rowid IN (SELECT rowid FROM lead_search "
         "WHERE lead_search MATCH ?) ORDER BY id",
         "SELECT id FROM lead_search WHERE %1 ORDER BY id"},
        {"SELECT id FROM partner_search WHERE partner_search MATCH ? ORDER BY id",
         "SELECT id FROM partner_search WHERE %1 ORDER BY id"},
        {"SELECT id FROM companies WHERE rowid IN (SELECT rowid FROM company_search "
         "WHERE company_search MATCH ?) ORDER BY id",
         "SELECT id FROM company_search WHERE %1 ORDER BY id"},
        {"SELECT id FROM contacts WHERE rowid IN (SELECT rowid FROM contact_search "
         "WHERE contact_search MATCH '{name email} : (' || ? || ')') ORDER BY id",
         "SELECT id FROM contact_search WHERE %1 ORDER BY id"},
    };
    const QString tables[] = {QStringLiteral("lead_search"), QStringLiteral("partner_search"),
                              QStringLiteral("company_search"), QStringLiteral("contact_search")};
    const char* const typedTexts[] = {"creme",
                                      "cre",
                                      "CRÈME",
                                      "Crème brû",
                                      "brulee",
                                      "gmbh cre",
                                      "zoe",
                                      "ZOË",
                                      "o'brien",
                                      "brien",
                                      "obrien",
                                      "zoe.obrien",
                                      "creme.example",
                                      "DE123",
                                      "123",
                                      "naive cafe",
                                      "café",
                                      "LD-100",
                                      "ld 100 200",
                                      "100-200-300",
                                      "orbit health",
                                      "health orbit",
                                      "heal",
                                      "xyz",
                                      "vendor",
                                      "ada@",
                                      "ada@vendor",
                                      "lovelace ada",
                                      "Öztürk",
                                      "ozt",
                                      "max j",
                                      "other",
                                      "a & b | !c",
                                      "'",
                                      "\"quoted\"",
                                      "(",
                                      "\\",
                                      ":*",
                                      "-cre",
                                      "cre*",
                                      "NEAR(orbit)",
                                      "straße",
                                      "ωmega",
                                      "ΩMEGA",
                                      "77-88",
                                      "jean-luc",
                                      "luc",
                                      "jl@ωmega"};
    auto sameResults = [&](const char* when) {
        for (std::size_t i = 0; i < std::size(searches); ++i)
            for (const char* typed : typedTexts) {
                const QString text = QString::fromUtf8(typed);
                const QString match = SearchText::toMatchQuery(text);
                if (match.isEmpty())
                    continue;
                INFO(when << ": " << tables[i].toStdString() << " \"" << typed << '"');
                CHECK(column(pg,
                             QString::fromUtf8(searches[i].postgres)
                                 .arg(PostgresMigrations::searchCondition(tables[i])),
                             {PostgresMigrations::searchQuery(text)}) ==
                      column(sqlite, QString::fromUtf8(searches[i].sqlite), {match}));
            }
    };
    sameResults("as inserted");

    const QString leads =
        QStringLiteral("SELECT id FROM lead_search WHERE %1 ORDER BY id")
            .arg(PostgresMigrations::searchCondition(QStringLiteral("lead_search")));
    for (const char* typed : {"creme", "cre", "CREME", "Brû", "cafe naive"}) {
        INFO(typed);
        CHECK(column(pg, leads, {PostgresMigrations::searchQuery(QString::fromUtf8(typed))}) ==
              QStringList{QStringLiteral("LD-100-200-300")});
    }

    for (const char* change : changes) {
        run(sqlite, QString::fromUtf8(change));
        run(pg, QString::fromUtf8(change));
    }
    sameResults("after the changes");
    CHECK(column(pg, leads, {QStringLiteral("fraich")}) ==
          QStringList{QStringLiteral("LD-100-200-300")});
    CHECK(column(pg, leads, {QStringLiteral("brulee")}).isEmpty());
}
