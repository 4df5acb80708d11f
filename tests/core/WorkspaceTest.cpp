#include "TestWorkspace.h"

#include "storage/Migrations.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QVariant pragma(const Workspace& workspace, const QString& name)
{
    QSqlQuery query(workspace.database());
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(query.next());
    return query.value(0);
}

void run(const Workspace& workspace, const QString& sql)
{
    QSqlQuery query(workspace.database());
    INFO(sql.toStdString());
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec(sql));
}

/// A raw connection outside Workspace, for preparing damaged or foreign files.
class RawConnection {
public:
    explicit RawConnection(const QString& path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    void exec(const QString& sql)
    {
        QSqlQuery query(m_db);
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec(sql));
    }

private:
    QSqlDatabase m_db;
};

// Rows that each migration's tables can hold, inserted when the workspace is at that version.
const QStringList sampleRows[] = {
    {},
    {QStringLiteral("INSERT INTO accounts(id, name, role, created_at, updated_at) "
                    "VALUES ('PA-111-111', 'Dist', 'distributor', 1, 1), "
                    "('VA-222-222', 'Vend', 'vendor', 1, 1)"),
     QStringLiteral("INSERT INTO users(id, name, email, created_at) "
                    "VALUES ('UR-111-111-111', 'Ann', 'ann@example.com', 1)"),
     QStringLiteral("INSERT INTO memberships VALUES ('UR-111-111-111', 'PA-111-111', 'crm_admin')"),
     QStringLiteral("INSERT INTO events(at, object_type, object_id, action) "
                    "VALUES (1, 'account', 'PA-111-111', 'created')")},
    {QStringLiteral("INSERT INTO products(id, name, vendor_account_id, created_at) "
                    "VALUES ('PRD-111-111-111', 'Thing', 'VA-222-222', 1)"),
     QStringLiteral("INSERT INTO marketplaces(id, name, owner_account_id, currency, created_at) "
                    "VALUES ('MP-11111', 'Shop', 'PA-111-111', 'USD', 1)"),
     QStringLiteral("INSERT INTO companies(id, name, website, created_at) "
                    "VALUES ('CO-111-111', 'Acme', 'HTTP://WWW.Acme.example:8080/about', 1)"),
     QStringLiteral("INSERT INTO contacts(id, first_name, last_name, company_id, created_at) "
                    "VALUES ('CT-111-111', 'Jo', 'Doe', 'CO-111-111', 1)"),
     QStringLiteral("INSERT INTO selling_directions VALUES ('SD-11111', 'SMB')")},
    {QStringLiteral("INSERT INTO agreements(id, type, owner_account_id, name, created_at, "
                    "updated_at) VALUES ('AGP-111-111-111', 'program', 'PA-111-111', 'P', 1, 1)"),
     QStringLiteral("INSERT INTO agreement_versions(agreement_id, version, description, active, "
                    "created_at) VALUES ('AGP-111-111-111', 1, 'terms', 1, 1)"),
     QStringLiteral("INSERT INTO contracts(id, type, agreement_id, agreement_version_id, "
                    "issuer_account_id, partner_account_id, status, created_at, updated_at) "
                    "VALUES ('CRP-11111-11111-11111', 'program', 'AGP-111-111-111', 1, "
                    "'PA-111-111', 'VA-222-222', 'active', 1, 1)"),
     QStringLiteral("INSERT INTO partnerships(owner_account_id, partner_account_id, status, "
                    "created_at, updated_at) VALUES ('PA-111-111', 'VA-222-222', 'active', 1, 1)"),
     QStringLiteral("INSERT INTO listings(id, product_id, marketplace_id, status, created_at) "
                    "VALUES ('LST-111-111-111', 'PRD-111-111-111', 'MP-11111', 'listed', 1)")},
    {QStringLiteral("INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
                    "vendor_account_id, distributor_account_id, company_id, contact_id, "
                    "selling_direction_id, created_by, created_at, updated_by, updated_at) "
                    "VALUES ('LDR-111-111-111', 'Lead', 'chat', 'LST-111-111-111', "
                    "'PRD-111-111-111', 'MP-11111', 'VA-222-222', 'PA-111-111', 'CO-111-111', "
                    "'CT-111-111', 'SD-11111', 'UR-111-111-111', 1, 'UR-111-111-111', 1)")},
    {QStringLiteral("INSERT INTO companies(id, name, website, created_at) "
                    "VALUES ('CO-222-222', 'Beta', 'https://beta.example', 1)")},
    {QStringLiteral(
        "INSERT INTO partnerships(owner_account_id, partner_account_id, status, "
        "created_at, updated_at) VALUES ('VA-222-222', 'PA-111-111', 'invited', 1, 1)")},
    {QStringLiteral("INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
                    "vendor_account_id, distributor_account_id, company_id, contact_id, "
                    "selling_direction_id, created_by, created_at, updated_by, updated_at) "
                    "VALUES ('LDR-222-222-222', 'Second lead', 'call', 'LST-111-111-111', "
                    "'PRD-111-111-111', 'MP-11111', 'VA-222-222', 'PA-111-111', 'CO-111-111', "
                    "'CT-111-111', 'SD-11111', 'UR-111-111-111', 1, 'UR-111-111-111', 1)")},
    {QStringLiteral("INSERT INTO opportunities(id, lead_id, company_id, contact_id, product_id, "
                    "marketplace_id, created_at) VALUES ('OP-111-111-111', 'LDR-111-111-111', "
                    "'CO-111-111', 'CT-111-111', 'PRD-111-111-111', 'MP-11111', 1)"),
     QStringLiteral("UPDATE leads SET status = 'qualified' WHERE id = 'LDR-111-111-111'")},
    {QStringLiteral("UPDATE leads SET description = 'wants a sandbox' "
                    "WHERE id = 'LDR-222-222-222'")},
    {QStringLiteral("INSERT INTO saved_views(user_id, directory, name, definition, created_at, "
                    "updated_at) VALUES ('UR-111-111-111', 'leads', 'Hot', "
                    "'{\"query\":{\"search\":\"acme\"},\"columns\":[\"id\",\"name\"]}', 1, 1)")},
    {QStringLiteral("INSERT INTO contacts(id, first_name, last_name, email, company_id, "
                    "created_at) VALUES ('CT-333-333', 'Ed', 'Gamma', 'ed@beta.example', "
                    "'CO-222-222', 1)")},
    {QStringLiteral("UPDATE contracts SET status = 'terminated' "
                    "WHERE id = 'CRP-11111-11111-11111'"),
     QStringLiteral("UPDATE partnerships SET status = 'removed' "
                    "WHERE owner_account_id = 'PA-111-111' AND partner_account_id = 'VA-222-222'"),
     QStringLiteral("INSERT INTO news(id, account_id, title, published_at, body) "
                    "VALUES ('NW-111-111-111', 'VA-222-222', 'Hello', 1, 'First')")},
    {QStringLiteral("INSERT INTO products(id, name, vendor_account_id, status, created_at) "
                    "VALUES ('PRD-222-222-222', 'Draft thing', 'VA-222-222', 'draft', 1)")},
    {QStringLiteral("INSERT INTO selling_directions(id, account_id, name, retired) "
                    "VALUES ('SD-22222', 'VA-222-222', 'smb', 1)"),
     QStringLiteral(
         "INSERT INTO memberships VALUES ('UR-111-111-111', 'VA-222-222', 'crm_admin')")},
    {QStringLiteral("UPDATE leads SET version = version + 1, description = 'call back' "
                    "WHERE id = 'LDR-111-111-111'")},
    {QStringLiteral("INSERT INTO api_keys(id, account_id, user_id, role, name, token_prefix, "
                    "token_hash, created_at, created_by) VALUES ('KEY-111-111-111', 'PA-111-111', "
                    "'UR-111-111-111', 'crm_admin', 'Website', 'cdk_abcdefgh', '%1', 1, "
                    "'UR-111-111-111')")
         .arg(QString(64, QLatin1Char('a'))),
     QStringLiteral("INSERT INTO api_idempotency(key_id, idempotency_key, request_hash, lead_id, "
                    "status, response, created_at) VALUES ('KEY-111-111-111', 'retry-1', '%1', "
                    "'LDR-111-111-111', 201, '{}', 1)")
         .arg(QString(64, QLatin1Char('b')))},
    {QStringLiteral("INSERT INTO lead_forms(id, vendor_account_id, name, status, created_at, "
                    "updated_at) VALUES ('LDF-111-111-111', 'VA-222-222', 'Web', 'active', 1, 1)"),
     QStringLiteral("INSERT INTO lead_form_listings VALUES ('LDF-111-111-111', 'LST-111-111-111')"),
     QStringLiteral("INSERT INTO web_forms(id, form_id, listing_id, account_id, service_url, "
                    "allowed_origins, published_at, published_by, changed_at) VALUES "
                    "('WEB-111-111-111', 'LDF-111-111-111', 'LST-111-111-111', 'PA-111-111', "
                    "'https://leads.example', 'https://www.example', 1, 'UR-111-111-111', 1)")},
};
// Rows of an old version as today's schema takes them, where a later migration rebuilt the table
// (migration 14 gave the reference lists an owner account).
QStringList rowsAtLatest(int version)
{
    if (version == 2)
        return QStringList(sampleRows[2].mid(0, 4))
               << QStringLiteral("INSERT INTO selling_directions(id, account_id, name) "
                                 "VALUES ('SD-11111', 'PA-111-111', 'SMB')");
    return sampleRows[version];
}
// One entry per migration: adding a migration without its rows does not compile.
static_assert(std::size(sampleRows) == Migrations::latestVersion() + 1,
              "one set of rows per migration");

QStringList schemaOf(const Workspace& workspace)
{
    QSqlQuery query(workspace.database());
    REQUIRE(query.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') "
                                      "FROM sqlite_schema ORDER BY name")));
    QStringList schema;
    while (query.next())
        schema << query.value(0).toString();
    return schema;
}

Workspace::Options options(Workspace::Mode mode, int targetVersion = -1, int busyTimeoutMs = 5000)
{
    Workspace::Options result;
    result.mode = mode;
    result.targetVersion = targetVersion;
    result.busyTimeoutMs = busyTimeoutMs;
    return result;
}

} // namespace

TEST_CASE("A new workspace has the latest schema, WAL, foreign keys and a busy timeout",
          "[workspace][sqlite]")
{
    TestWorkspace dir;
    auto opened = Workspace::open(dir.path(), Workspace::Mode::CreateNew);
    REQUIRE(opened);
    const Workspace& workspace = *opened.value();
    CHECK(workspace.isNew());
    CHECK(workspace.schemaVersion() == Migrations::latestVersion());
    CHECK(pragma(workspace, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(workspace, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(workspace, QStringLiteral("busy_timeout")).toInt() == 5000);
    CHECK(pragma(workspace, QStringLiteral("application_id")).toLongLong() == 0x43444B31);

    // Foreign keys are enforced.
    QSqlQuery query(workspace.database());
    CHECK_FALSE(
        query.exec(QStringLiteral("INSERT INTO memberships VALUES ('UR-1', 'VA-1', 'viewer')")));
}

TEST_CASE("Every table of SPEC sections 1-4 exists", "[workspace][sqlite]")
{
    TestWorkspace dir;
    auto workspace = dir.createEmpty();
    for (const char* table : {"accounts",
                              "users",
                              "memberships",
                              "products",
                              "marketplaces",
                              "listings",
                              "product_groups",
                              "product_group_products",
                              "companies",
                              "contacts",
                              "campaigns",
                              "selling_directions",
                              "content_channels",
                              "leads",
                              "opportunities",
                              "lead_forms",
                              "lead_form_listings",
                              "agreements",
                              "agreement_versions",
                              "agreement_product_groups",
                              "contracts",
                              "partnerships",
                              "invitations",
                              "news",
                              "media",
                              "events",
                              "stored_files",
                              "issued_ids"}) {
        INFO(table);
        CHECK(TestWorkspace::count(*workspace,
                                   QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                                  "WHERE type = 'table' AND name = ?"),
                                   {QString::fromLatin1(table)}) == 1);
    }
}

TEST_CASE("Migrating step by step gives the same schema as creating at once", "[workspace][sqlite]")
{
    TestWorkspace dir;
    QStringList direct;
    {
        auto workspace = dir.createEmpty(QStringLiteral("direct.channeldesk"));
        direct = schemaOf(*workspace);
    }
    const QString stepwise = dir.path(QStringLiteral("stepwise.channeldesk"));
    for (int version = 1; version <= Migrations::latestVersion(); ++version) {
        auto opened = Workspace::open(stepwise, options(Workspace::Mode::OpenOrCreate, version));
        REQUIRE(opened);
        CHECK(opened.value()->schemaVersion() == version);
    }
    auto opened = Workspace::open(stepwise);
    REQUIRE(opened);
    CHECK(schemaOf(*opened.value()) == direct);
}

TEST_CASE("Upgrading from every older version keeps the data", "[workspace][sqlite]")
{
    for (int from = 0; from < Migrations::latestVersion(); ++from) {
        DYNAMIC_SECTION("from schema " << from)
        {
            TestWorkspace dir;
            {
                auto opened =
                    Workspace::open(dir.path(), options(Workspace::Mode::CreateNew, from));
                REQUIRE(opened);
                REQUIRE(opened.value()->schemaVersion() == from);
                // From schema 14 on, the reference lists have the shape they have today.
                for (int version = 1; version <= from; ++version)
                    for (const QString& sql :
                         from >= 14 ? rowsAtLatest(version) : sampleRows[version])
                        run(*opened.value(), sql);
            }
            auto upgraded = Workspace::open(dir.path());
            INFO((upgraded ? QString() : upgraded.error().message).toStdString());
            REQUIRE(upgraded);
            const Workspace& workspace = *upgraded.value();
            CHECK(workspace.schemaVersion() == Migrations::latestVersion());
            CHECK(
                TestWorkspace::count(workspace, QStringLiteral("SELECT count(*) FROM accounts")) ==
                (from >= 1 ? 2 : 0));
            CHECK(
                TestWorkspace::count(workspace, QStringLiteral("SELECT count(*) FROM products")) ==
                (from >= 2 ? 1 : 0) + (from >= 13 ? 1 : 0));
            CHECK(
                TestWorkspace::count(workspace, QStringLiteral("SELECT count(*) FROM contracts")) ==
                (from >= 3 ? 1 : 0));
            // The upgraded workspace takes every kind of row, old tables and new alike.
            for (int version = from + 1; version <= Migrations::latestVersion(); ++version)
                for (const QString& sql : rowsAtLatest(version))
                    run(workspace, sql);
            // Migration 14 gives each reference entry to the accounts that create leads; the
            // leads keep their selling direction, now one of their distributor's.
            CHECK(TestWorkspace::count(
                      workspace,
                      QStringLiteral(
                          "SELECT count(*) FROM leads l JOIN selling_directions s "
                          "ON s.id = l.selling_direction_id WHERE s.id = 'SD-11111' AND s.name = "
                          "'SMB' "
                          "AND s.account_id = l.distributor_account_id AND s.retired = 0")) == 2);
            CHECK(TestWorkspace::count(
                      workspace, QStringLiteral("SELECT count(*) FROM selling_directions")) == 2);
            CHECK(TestWorkspace::count(workspace, QStringLiteral("SELECT count(*) FROM leads")) ==
                  2);
            // Migration 9 copies names to the leads' sort keys and indexes TINs and
            // descriptions, for rows from before it too.
            CHECK(TestWorkspace::count(
                      workspace,
                      QStringLiteral("SELECT count(*) FROM leads WHERE company_sort = 'Acme' "
                                     "AND contact_sort = 'Jo Doe' AND product_sort = 'Thing' "
                                     "AND marketplace_sort = 'Shop' AND owner_sort = ''")) == 2);
            CHECK(TestWorkspace::count(
                      workspace,
                      QStringLiteral(
                          "SELECT count(*) FROM lead_search WHERE lead_search MATCH 'sandbox'")) ==
                  1);
            CHECK(TestWorkspace::count(workspace,
                                       QStringLiteral("SELECT count(*) FROM saved_views")) == 1);
            // Migration 16: API keys and the REST service's idempotency records.
            CHECK(TestWorkspace::count(
                      workspace, QStringLiteral("SELECT count(*) FROM api_keys k JOIN "
                                                "api_idempotency i ON i.key_id = k.id")) == 1);
            // Migration 12: a removed partner's contract is not reopened.
            CHECK(TestWorkspace::count(
                      workspace,
                      QStringLiteral(
                          "SELECT count(*) FROM partnerships WHERE status = 'removed'")) == 1);
            QSqlQuery reopen(workspace.database());
            CHECK_FALSE(reopen.exec(QStringLiteral(
                "UPDATE contracts SET status = 'active' WHERE id = 'CRP-11111-11111-11111'")));
            // Migration 6 lists each partnership in both directions, and searches every lead.
            CHECK(TestWorkspace::count(workspace,
                                       QStringLiteral("SELECT count(*) FROM partner_links")) == 4);
            CHECK(TestWorkspace::count(workspace,
                                       QStringLiteral("SELECT count(*) FROM lead_search "
                                                      "WHERE lead_search MATCH 'lead'")) == 2);
            CHECK(TestWorkspace::count(
                      workspace,
                      QStringLiteral(
                          "SELECT count(*) FROM leads l JOIN opportunities o ON o.lead_id = l.id "
                          "WHERE l.status = 'qualified'")) == 1);
            // Migration 5 derives website domains, for rows from before it too.
            CHECK(TestWorkspace::count(workspace,
                                       QStringLiteral("SELECT count(*) FROM companies WHERE (id = "
                                                      "'CO-111-111' AND website_domain "
                                                      "= 'acme.example') OR (id = 'CO-222-222' AND "
                                                      "website_domain = 'beta.example')")) == 2);
            // Migration 11 indexes companies and contacts for the pickers, old rows and new.
            CHECK(TestWorkspace::count(workspace,
                                       QStringLiteral("SELECT count(*) FROM company_search WHERE "
                                                      "company_search MATCH 'acme OR beta'")) == 2);
            CHECK(TestWorkspace::count(workspace,
                                       QStringLiteral("SELECT count(*) FROM contact_search WHERE "
                                                      "contact_search MATCH 'doe OR gamma'")) == 2);
            // Migration 13: products from before it are published.
            CHECK(TestWorkspace::count(
                      workspace,
                      QStringLiteral("SELECT count(*) FROM products WHERE id = 'PRD-111-111-111' "
                                     "AND status = 'published'")) == 1);
            CHECK(TestWorkspace::count(
                      workspace,
                      QStringLiteral("SELECT count(*) FROM products WHERE status = 'draft'")) == 1);
            QSqlQuery check(workspace.database());
            REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
            CHECK_FALSE(check.next());
        }
    }
}

TEST_CASE("Open modes refuse a missing file, an existing file and a folder", "[workspace][sqlite]")
{
    TestWorkspace dir;
    const QString missing = dir.path(QStringLiteral("missing.channeldesk"));
    auto notFound = Workspace::open(missing);
    REQUIRE_FALSE(notFound);
    CHECK(notFound.error().code == ErrorCode::NotFound);
    CHECK(notFound.error().message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(missing));

    dir.createEmpty(QStringLiteral("exists.channeldesk"));
    auto exists =
        Workspace::open(dir.path(QStringLiteral("exists.channeldesk")), Workspace::Mode::CreateNew);
    REQUIRE_FALSE(exists);
    CHECK(exists.error().code == ErrorCode::AlreadyExists);

    auto folder = Workspace::open(dir.path(QStringLiteral(".")));
    REQUIRE_FALSE(folder);
    CHECK(folder.error().code == ErrorCode::Invalid);
    CHECK_FALSE(Workspace::open(QString()));
}

TEST_CASE("A workspace with a newer schema is refused and left untouched",
          "[workspace][errors][sqlite]")
{
    TestWorkspace dir;
    dir.createEmpty();
    const QString path = dir.path(QStringLiteral("empty.channeldesk"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
    }
    const QByteArray before = TestWorkspace::fileHash(path);
    auto opened = Workspace::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::NewerSchema);
    CHECK(opened.error().message.contains(QStringLiteral("newer version")));
    CHECK(TestWorkspace::fileHash(path) == before);
}

TEST_CASE("A file that is not a database is refused and left untouched",
          "[workspace][errors][sqlite]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("notes.channeldesk"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray text;
        for (int i = 0; i < 300; ++i)
            text += "These are my meeting notes, not a database.\n";
        file.write(text);
    }
    const QByteArray before = TestWorkspace::fileHash(path);
    auto opened = Workspace::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::NotADatabase);
    CHECK(TestWorkspace::fileHash(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("Another program's SQLite database is refused and left untouched",
          "[workspace][errors][sqlite]")
{
    TestWorkspace dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE songs(title TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO songs VALUES ('Eye of the Tiger')"));
    }
    const QByteArray before = TestWorkspace::fileHash(path);
    auto opened = Workspace::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::NotADatabase);
    CHECK(opened.error().message.contains(QStringLiteral("another program")));
    CHECK(TestWorkspace::fileHash(path) == before);
}

TEST_CASE("A corrupt workspace is refused and left untouched", "[workspace][errors][sqlite]")
{
    TestWorkspace dir;
    dir.createDemo();
    const QString path = dir.path(QStringLiteral("demo.channeldesk"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(100)); // page 1 after the 100-byte header: the schema table's root
        file.write(QByteArray(3000, '\x5a'));
    }
    const QByteArray before = TestWorkspace::fileHash(path);
    auto opened = Workspace::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::Corrupt);
    CHECK(opened.error().message.contains(QStringLiteral("damaged")));
    CHECK(TestWorkspace::fileHash(path) == before);
}

TEST_CASE("A workspace locked by another program gives a clear error",
          "[workspace][errors][sqlite]")
{
    TestWorkspace dir;
    dir.createEmpty();
    const QString path = dir.path(QStringLiteral("empty.channeldesk"));
    RawConnection locker(path);
    locker.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
    locker.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    locker.exec(QStringLiteral("INSERT INTO workspace_info VALUES ('lock', 'held')"));

    auto opened = Workspace::open(path, options(Workspace::Mode::OpenExisting, -1, 100));
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::Locked);
    CHECK(opened.error().message.contains(QStringLiteral("locked")));
    locker.exec(QStringLiteral("ROLLBACK"));
}

TEST_CASE("A workspace cannot be created where no file can be written",
          "[workspace][errors][sqlite]")
{
    TestWorkspace dir;
    const QString regularFile = dir.path(QStringLiteral("plain.txt"));
    {
        QFile file(regularFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    for (const QString& path : {dir.path(QStringLiteral("no/such/folder/ws.channeldesk")),
                                regularFile + QStringLiteral("/ws.channeldesk")}) {
        INFO(path.toStdString());
        auto opened = Workspace::open(path, Workspace::Mode::CreateNew);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::CannotCreate);
        CHECK_FALSE(QFileInfo::exists(path));
    }

    // A folder without write permission (root ignores permissions, so only checked otherwise).
    const QString lockedDir = dir.path(QStringLiteral("readonly"));
    REQUIRE(QDir().mkpath(lockedDir));
    QFile::setPermissions(lockedDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (!QFileInfo(lockedDir).isWritable()) {
        auto opened = Workspace::open(lockedDir + QStringLiteral("/ws.channeldesk"),
                                      Workspace::Mode::CreateNew);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::CannotCreate);
    }
    QFile::setPermissions(lockedDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("A read-only workspace file is refused untouched", "[workspace][errors][sqlite]")
{
    TestWorkspace dir;
    dir.createEmpty();
    const QString path = dir.path(QStringLiteral("empty.channeldesk"));
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    if (QFileInfo(path).isWritable()) {
        WARN("running as root: file permissions are not enforced, case skipped");
    } else {
        const QByteArray before = TestWorkspace::fileHash(path);
        auto opened = Workspace::open(path);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::ReadOnly);
        CHECK(TestWorkspace::fileHash(path) == before);
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
