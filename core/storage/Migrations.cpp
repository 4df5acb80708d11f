#include "storage/Migrations.h"

#include "storage/Migration15Tables.h"

namespace {

// 1: accounts, users, memberships, issued IDs and the history of events.
const char* const migration1[] = {
    R"(CREATE TABLE workspace_info(
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL) WITHOUT ROWID)",
    R"(CREATE TABLE issued_ids(id TEXT PRIMARY KEY) WITHOUT ROWID)",
    R"(CREATE TABLE accounts(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        role TEXT NOT NULL CHECK (role IN ('vendor', 'distributor', 'reseller')),
        external_id TEXT,
        description TEXT NOT NULL DEFAULT '',
        overview TEXT NOT NULL DEFAULT '',
        overview_author TEXT NOT NULL DEFAULT '',
        headquarters TEXT NOT NULL DEFAULT '',
        countries TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        industry TEXT NOT NULL DEFAULT '',
        websites TEXT NOT NULL DEFAULT '',
        technical_contact_name TEXT NOT NULL DEFAULT '',
        technical_contact_email TEXT NOT NULL DEFAULT '',
        business_contact_name TEXT NOT NULL DEFAULT '',
        business_contact_email TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL))",
    R"(CREATE INDEX accounts_name ON accounts(name COLLATE NOCASE))",
    R"(CREATE TABLE users(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        email TEXT NOT NULL COLLATE NOCASE UNIQUE,
        created_at INTEGER NOT NULL))",
    R"(CREATE TABLE memberships(
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        role TEXT NOT NULL
            CHECK (role IN ('crm_admin', 'crm_manager', 'crm_sales', 'crm_marketeer', 'viewer')),
        PRIMARY KEY (user_id, account_id)) WITHOUT ROWID)",
    R"(CREATE INDEX memberships_account ON memberships(account_id))",
    R"(CREATE TABLE events(
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        user_id TEXT REFERENCES users(id),
        account_id TEXT REFERENCES accounts(id),
        object_type TEXT NOT NULL,
        object_id TEXT NOT NULL,
        action TEXT NOT NULL,
        changes TEXT NOT NULL DEFAULT '{}'))",
    R"(CREATE INDEX events_object ON events(object_id, at))",
};

// 2: the catalog and customer records the wizards pick from.
const char* const migration2[] = {
    R"(CREATE TABLE products(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        vendor_account_id TEXT NOT NULL REFERENCES accounts(id),
        description TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL))",
    R"(CREATE INDEX products_vendor ON products(vendor_account_id, name))",
    R"(CREATE TABLE marketplaces(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        owner_account_id TEXT NOT NULL REFERENCES accounts(id),
        countries TEXT NOT NULL DEFAULT '',
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        created_at INTEGER NOT NULL,
        UNIQUE (owner_account_id, name)))",
    R"(CREATE TABLE product_groups(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        description TEXT NOT NULL DEFAULT '',
        owner_account_id TEXT NOT NULL REFERENCES accounts(id),
        created_at INTEGER NOT NULL))",
    R"(CREATE INDEX product_groups_owner ON product_groups(owner_account_id, name))",
    R"(CREATE TABLE product_group_products(
        group_id TEXT NOT NULL REFERENCES product_groups(id) ON DELETE CASCADE,
        product_id TEXT NOT NULL REFERENCES products(id),
        PRIMARY KEY (group_id, product_id)) WITHOUT ROWID)",
    R"(CREATE INDEX product_group_products_product ON product_group_products(product_id))",
    R"(CREATE TABLE companies(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        tin TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL))",
    R"(CREATE INDEX companies_name ON companies(name COLLATE NOCASE))",
    R"(CREATE INDEX companies_tin ON companies(tin))",
    R"(CREATE TABLE contacts(
        id TEXT PRIMARY KEY,
        first_name TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
        middle_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        company_id TEXT REFERENCES companies(id),
        created_at INTEGER NOT NULL))",
    R"(CREATE INDEX contacts_email ON contacts(email COLLATE NOCASE))",
    R"(CREATE INDEX contacts_company ON contacts(company_id))",
    R"(CREATE TABLE campaigns(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0)))",
    R"(CREATE TABLE selling_directions(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0)))",
    R"(CREATE TABLE content_channels(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0)))",
};

// 3: partners: partnerships, agreements and their versions, contracts, listings, invitations,
// stored documents, news and media.
const char* const migration3[] = {
    R"(CREATE TABLE stored_files(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        data BLOB NOT NULL,
        created_at INTEGER NOT NULL))",
    R"(CREATE TABLE partnerships(
        id INTEGER PRIMARY KEY,
        owner_account_id TEXT NOT NULL REFERENCES accounts(id),
        partner_account_id TEXT NOT NULL REFERENCES accounts(id),
        status TEXT NOT NULL CHECK (status IN ('invited', 'active', 'removed')),
        external_id TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (owner_account_id, partner_account_id),
        CHECK (owner_account_id <> partner_account_id)))",
    R"(CREATE INDEX partnerships_partner ON partnerships(partner_account_id))",
    R"(CREATE TABLE agreements(
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL
            CHECK (type IN ('program', 'distribution', 'service', 'syndication', 'referral')),
        owner_account_id TEXT NOT NULL REFERENCES accounts(id),
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
        parent_agreement_id TEXT REFERENCES agreements(id),
        marketplace_id TEXT REFERENCES marketplaces(id),
        sourcing_agreement_id TEXT REFERENCES agreements(id),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK (type <> 'distribution'
               OR (parent_agreement_id IS NOT NULL AND marketplace_id IS NOT NULL))))",
    R"(CREATE INDEX agreements_owner ON agreements(owner_account_id, type))",
    R"(CREATE INDEX agreements_parent ON agreements(parent_agreement_id))",
    R"(CREATE UNIQUE INDEX agreements_one_distribution_per_marketplace
        ON agreements(marketplace_id) WHERE type = 'distribution')",
    R"(CREATE TABLE agreement_versions(
        id INTEGER PRIMARY KEY,
        agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        description TEXT NOT NULL CHECK (length(description) <= 200000), -- rich text: core
                                                                         -- limits plain text
        document_source TEXT NOT NULL DEFAULT 'none'
            CHECK (document_source IN ('none', 'external', 'uploaded')),
        document_url TEXT NOT NULL DEFAULT '',
        file_id INTEGER REFERENCES stored_files(id),
        active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL,
        UNIQUE (agreement_id, version),
        CHECK (document_source <> 'external' OR document_url <> ''),
        CHECK (document_source <> 'uploaded' OR file_id IS NOT NULL)))",
    R"(CREATE UNIQUE INDEX agreement_versions_one_active
        ON agreement_versions(agreement_id) WHERE active = 1)",
    R"(CREATE TABLE agreement_product_groups(
        agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        group_id TEXT NOT NULL REFERENCES product_groups(id),
        PRIMARY KEY (agreement_id, group_id)) WITHOUT ROWID)",
    R"(CREATE TABLE contracts(
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL
            CHECK (type IN ('program', 'distribution', 'service', 'syndication', 'referral')),
        agreement_id TEXT NOT NULL REFERENCES agreements(id),
        agreement_version_id INTEGER NOT NULL REFERENCES agreement_versions(id),
        issuer_account_id TEXT NOT NULL REFERENCES accounts(id),
        partner_account_id TEXT NOT NULL REFERENCES accounts(id),
        marketplace_id TEXT REFERENCES marketplaces(id),
        status TEXT NOT NULL CHECK (status IN ('enrolling', 'pending', 'active', 'rejected',
                                                'terminated')),
        status_note TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        signed_at INTEGER))",
    R"(CREATE INDEX contracts_issuer ON contracts(issuer_account_id, partner_account_id, type))",
    R"(CREATE INDEX contracts_partner ON contracts(partner_account_id, issuer_account_id, type))",
    R"(CREATE INDEX contracts_agreement ON contracts(agreement_id))",
    R"(CREATE INDEX contracts_version ON contracts(agreement_version_id))",
    R"(CREATE TABLE listings(
        id TEXT PRIMARY KEY,
        product_id TEXT NOT NULL REFERENCES products(id),
        marketplace_id TEXT NOT NULL REFERENCES marketplaces(id),
        contract_id TEXT REFERENCES contracts(id),
        status TEXT NOT NULL CHECK (status IN ('listed', 'unlisted')),
        created_at INTEGER NOT NULL,
        UNIQUE (product_id, marketplace_id)))",
    R"(CREATE INDEX listings_marketplace ON listings(marketplace_id, status))",
    R"(CREATE INDEX listings_contract ON listings(contract_id))",
    R"(CREATE TABLE invitations(
        token_sha256 TEXT PRIMARY KEY,
        partnership_id INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        contract_id TEXT NOT NULL REFERENCES contracts(id),
        created_by TEXT REFERENCES users(id),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER,
        accepted_email TEXT NOT NULL DEFAULT '') WITHOUT ROWID)",
    R"(CREATE INDEX invitations_partnership ON invitations(partnership_id))",
    R"(CREATE TABLE news(
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        published_at INTEGER NOT NULL,
        body TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX news_account ON news(account_id, published_at DESC))",
    R"(CREATE TABLE media(
        id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video')),
        title TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        file_id INTEGER REFERENCES stored_files(id),
        position INTEGER NOT NULL DEFAULT 0,
        CHECK (url <> '' OR file_id IS NOT NULL)))",
    R"(CREATE INDEX media_account ON media(account_id, position))",
};

// 4: leads, lead forms and opportunities.
const char* const migration4[] = {
    R"(CREATE TABLE lead_forms(
        id TEXT PRIMARY KEY,
        vendor_account_id TEXT NOT NULL REFERENCES accounts(id),
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
        status TEXT NOT NULL CHECK (status IN ('active', 'inactive')),
        schema TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(schema)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL))",
    R"(CREATE INDEX lead_forms_vendor ON lead_forms(vendor_account_id, status))",
    R"(CREATE TABLE lead_form_listings(
        form_id TEXT NOT NULL REFERENCES lead_forms(id) ON DELETE CASCADE,
        listing_id TEXT NOT NULL REFERENCES listings(id),
        PRIMARY KEY (form_id, listing_id)) WITHOUT ROWID)",
    R"(CREATE INDEX lead_form_listings_listing ON lead_form_listings(listing_id))",
    R"(CREATE TABLE leads(
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        source TEXT NOT NULL CHECK (source IN ('self_generation', 'website_form', 'chat', 'call',
                                                'email', 'social_network', 'partner')),
        listing_id TEXT NOT NULL REFERENCES listings(id),
        product_id TEXT NOT NULL REFERENCES products(id),
        marketplace_id TEXT NOT NULL REFERENCES marketplaces(id),
        vendor_account_id TEXT NOT NULL REFERENCES accounts(id),
        distributor_account_id TEXT NOT NULL REFERENCES accounts(id),
        form_id TEXT REFERENCES lead_forms(id),
        lead_company_name TEXT NOT NULL DEFAULT '',
        company_id TEXT NOT NULL REFERENCES companies(id),
        contact_id TEXT NOT NULL REFERENCES contacts(id),
        campaign_id TEXT REFERENCES campaigns(id),
        selling_direction_id TEXT NOT NULL REFERENCES selling_directions(id),
        service_or_product TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        owner_user_id TEXT REFERENCES users(id),
        city TEXT NOT NULL DEFAULT '',
        channel_id TEXT REFERENCES content_channels(id),
        custom_values TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(custom_values)),
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'qualified', 'disqualified')),
        status_note TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users(id),
        updated_at INTEGER NOT NULL,
        CHECK (status <> 'disqualified' OR length(trim(status_note)) > 0)))",
    R"(CREATE INDEX leads_vendor_created ON leads(vendor_account_id, created_at))",
    R"(CREATE INDEX leads_distributor_created ON leads(distributor_account_id, created_at))",
    R"(CREATE INDEX leads_company ON leads(company_id))",
    R"(CREATE INDEX leads_contact ON leads(contact_id))",
    R"(CREATE INDEX leads_listing ON leads(listing_id))",
    R"(CREATE TABLE opportunities(
        id TEXT PRIMARY KEY,
        lead_id TEXT NOT NULL UNIQUE REFERENCES leads(id),
        company_id TEXT NOT NULL REFERENCES companies(id),
        contact_id TEXT NOT NULL REFERENCES contacts(id),
        product_id TEXT NOT NULL REFERENCES products(id),
        marketplace_id TEXT NOT NULL REFERENCES marketplaces(id),
        owner_user_id TEXT REFERENCES users(id),
        created_at INTEGER NOT NULL))",
};

// 5: company website domains ("acme.com" for https://www.acme.com/about), kept by the database
// and indexed, for finding possible duplicate companies.
#define CD_HOST_OF(url)                                                                            \
    "ltrim(lower(CASE WHEN instr(" url ", '://') > 0 THEN substr(" url ", instr(" url              \
    ", '://') + 3) ELSE " url " END), '/')"
#define CD_DOMAIN_OF(url)                                                                          \
    "CASE WHEN d LIKE 'www.%' THEN substr(d, 5) ELSE d END FROM (SELECT CASE "                     \
    "WHEN instr(h, '/') > 0 THEN substr(h, 1, instr(h, '/') - 1) ELSE h END AS d FROM "            \
    "(SELECT CASE WHEN instr(" CD_HOST_OF(url) ", ':') > 0 THEN substr(" CD_HOST_OF(               \
        url) ", 1, instr(" CD_HOST_OF(url) ", ':') - 1) ELSE " CD_HOST_OF(url) " END AS h))"
const char* const migration5[] = {
    R"(ALTER TABLE companies ADD COLUMN website_domain TEXT NOT NULL DEFAULT '')",
    "UPDATE companies SET website_domain = (SELECT " CD_DOMAIN_OF("website") ")",
    R"(CREATE INDEX companies_website_domain ON companies(website_domain) WHERE website_domain <> '')",
    "CREATE TRIGGER companies_domain_on_insert AFTER INSERT ON companies BEGIN "
    "UPDATE companies SET website_domain = (SELECT " CD_DOMAIN_OF(
        "NEW.website") ") "
                       "WHERE id = NEW.id; END",
    "CREATE TRIGGER companies_domain_on_update AFTER UPDATE OF website ON companies BEGIN "
    "UPDATE companies SET website_domain = (SELECT " CD_DOMAIN_OF(
        "NEW.website") ") "
                       "WHERE id = NEW.id; END",
};
#undef CD_DOMAIN_OF
#undef CD_HOST_OF

// 6: directories at a million rows (SPEC 7). An index behind every sort and filter the
// directories offer; full-text search tables kept in sync by triggers; partner_links lists, for
// each account, the partners it sees (one row per direction of a partnership) with the name,
// type and status it sorts and filters them by.
#define CD_CONTACT_NAME(alias)                                                                     \
    "trim(" alias ".first_name || ' ' || " alias ".middle_name || ' ' || " alias ".last_name)"
#define CD_LEAD_SEARCH_ROW(lead)                                                                   \
    "SELECT " lead ".rowid, " lead ".id, " lead ".name, "                                          \
    "(SELECT name FROM companies WHERE id = " lead ".company_id), "                                \
    "(SELECT " CD_CONTACT_NAME("c") " FROM contacts c WHERE c.id = " lead ".contact_id), "         \
                                    "(SELECT email FROM contacts WHERE id = " lead ".contact_id)"
#define CD_PARTNER_SEARCH_ROW(account)                                                             \
    "SELECT " account ".rowid, " account ".id, " account ".name, " account                         \
    ".technical_contact_name || ' ' || " account ".business_contact_name, " account                \
    ".technical_contact_email || ' ' || " account ".business_contact_email"
#define CD_LINK_ROWS(p, from)                                                                      \
    "INSERT INTO partner_links(viewer_account_id, partner_account_id, partnership_id, owned, "     \
    "name, role, status) "                                                                         \
    "SELECT " p ".owner_account_id, " p ".partner_account_id, " p ".id, 1, a.name, a.role, " p     \
    ".status FROM accounts a" from " WHERE a.id = " p ".partner_account_id "                       \
    "UNION ALL SELECT " p ".partner_account_id, " p ".owner_account_id, " p ".id, 0, a.name, "     \
    "a.role, " p ".status FROM accounts a" from " WHERE a.id = " p ".owner_account_id"
const char* const migration6[] = {
    R"(CREATE INDEX leads_vendor_name ON leads(vendor_account_id, name COLLATE NOCASE))",
    R"(CREATE INDEX leads_distributor_name ON leads(distributor_account_id, name COLLATE NOCASE))",
    R"(CREATE INDEX leads_vendor_status ON leads(vendor_account_id, status, created_at))",
    R"(CREATE INDEX leads_distributor_status ON leads(distributor_account_id, status, created_at))",
    R"(CREATE INDEX leads_vendor_source ON leads(vendor_account_id, source, created_at))",
    R"(CREATE INDEX leads_distributor_source ON leads(distributor_account_id, source, created_at))",
    R"(CREATE INDEX leads_product_created ON leads(product_id, created_at))",
    R"(CREATE INDEX leads_marketplace_created ON leads(marketplace_id, created_at))",
    R"(CREATE INDEX leads_owner_created ON leads(owner_user_id, created_at))",
    R"(CREATE VIRTUAL TABLE lead_search USING fts5(id, name, company, contact, email,
        tokenize = 'unicode61 remove_diacritics 2'))",
    "INSERT INTO lead_search(rowid, id, name, company, contact, email) " CD_LEAD_SEARCH_ROW(
        "l") " FROM leads l",
    "CREATE TRIGGER leads_search_on_insert AFTER INSERT ON leads BEGIN "
    "INSERT INTO lead_search(rowid, id, name, company, contact, email) " CD_LEAD_SEARCH_ROW(
        "NEW") "; END",
    "CREATE TRIGGER leads_search_on_update AFTER UPDATE OF id, name, company_id, contact_id "
    "ON leads BEGIN DELETE FROM lead_search WHERE rowid = OLD.rowid; "
    "INSERT INTO lead_search(rowid, id, name, company, contact, email) " CD_LEAD_SEARCH_ROW(
        "NEW") "; END",
    "CREATE TRIGGER leads_search_on_delete AFTER DELETE ON leads BEGIN "
    "DELETE FROM lead_search WHERE rowid = OLD.rowid; END",
    "CREATE TRIGGER companies_search_on_update AFTER UPDATE OF name ON companies BEGIN "
    "UPDATE lead_search SET company = NEW.name "
    "WHERE rowid IN (SELECT rowid FROM leads WHERE company_id = NEW.id); END",
    "CREATE TRIGGER contacts_search_on_update AFTER UPDATE OF first_name, middle_name, "
    "last_name, email ON contacts BEGIN "
    "UPDATE lead_search SET contact = " CD_CONTACT_NAME(
        "NEW") ", email = NEW.email "
               "WHERE rowid IN (SELECT rowid FROM leads WHERE contact_id = NEW.id); END",
    R"(CREATE VIRTUAL TABLE partner_search USING fts5(id, name, contacts, emails,
        tokenize = 'unicode61 remove_diacritics 2'))",
    "INSERT INTO partner_search(rowid, id, name, contacts, emails) " CD_PARTNER_SEARCH_ROW(
        "a") " FROM accounts a",
    "CREATE TRIGGER accounts_search_on_insert AFTER INSERT ON accounts BEGIN "
    "INSERT INTO partner_search(rowid, id, name, contacts, emails) " CD_PARTNER_SEARCH_ROW(
        "NEW") "; END",
    "CREATE TRIGGER accounts_search_on_update AFTER UPDATE OF id, name, technical_contact_name, "
    "technical_contact_email, business_contact_name, business_contact_email ON accounts BEGIN "
    "DELETE FROM partner_search WHERE rowid = OLD.rowid; "
    "INSERT INTO partner_search(rowid, id, name, contacts, emails) " CD_PARTNER_SEARCH_ROW(
        "NEW") "; END",
    "CREATE TRIGGER accounts_search_on_delete AFTER DELETE ON accounts BEGIN "
    "DELETE FROM partner_search WHERE rowid = OLD.rowid; END",
    R"(CREATE TABLE partner_links(
        viewer_account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        partner_account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        partnership_id INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
        owned INTEGER NOT NULL CHECK (owned IN (0, 1)),
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        status TEXT NOT NULL,
        UNIQUE (viewer_account_id, partner_account_id, owned)))",
    R"(CREATE INDEX partner_links_name ON partner_links(viewer_account_id, name COLLATE NOCASE))",
    R"(CREATE INDEX partner_links_role ON partner_links(viewer_account_id, role, name COLLATE NOCASE))",
    R"(CREATE INDEX partner_links_status
        ON partner_links(viewer_account_id, status, name COLLATE NOCASE))",
    R"(CREATE INDEX partner_links_partner ON partner_links(partner_account_id))",
    R"(CREATE INDEX partner_links_partnership ON partner_links(partnership_id))",
    CD_LINK_ROWS("p", ", partnerships p"),
    "CREATE TRIGGER partnerships_links_on_insert AFTER INSERT ON partnerships BEGIN " CD_LINK_ROWS(
        "NEW", "") "; END",
    "CREATE TRIGGER partnerships_links_on_update AFTER UPDATE OF status ON partnerships BEGIN "
    "UPDATE partner_links SET status = NEW.status WHERE partnership_id = NEW.id; END",
    "CREATE TRIGGER partnerships_links_on_delete AFTER DELETE ON partnerships BEGIN "
    "DELETE FROM partner_links WHERE partnership_id = OLD.id; END",
    "CREATE TRIGGER accounts_links_on_update AFTER UPDATE OF name, role ON accounts BEGIN "
    "UPDATE partner_links SET name = NEW.name, role = NEW.role "
    "WHERE partner_account_id = NEW.id; END",
};
#undef CD_LINK_ROWS
#undef CD_PARTNER_SEARCH_ROW
#undef CD_LEAD_SEARCH_ROW
#undef CD_CONTACT_NAME

// 7: bulk writes (import, large demos) defer the lead search rows to the end of their
// transaction, so the full-text index is written once per batch instead of once per lead (FTS5
// writes its pending rows at every statement savepoint). While search_deferrals has its row (only
// inside such a transaction, never committed), new leads are queued; SearchDeferral::finish()
// indexes the queue with one statement before the commit.
#define CD_CONTACT_NAME(alias)                                                                     \
    "trim(" alias ".first_name || ' ' || " alias ".middle_name || ' ' || " alias ".last_name)"
const char* const migration7[] = {
    R"(CREATE TABLE search_deferrals(id INTEGER PRIMARY KEY CHECK (id = 1)))",
    R"(CREATE TABLE lead_search_queue(lead_rowid INTEGER PRIMARY KEY))",
    "CREATE VIEW lead_search_source(rowid, id, name, company, contact, email) AS "
    "SELECT l.rowid, l.id, l.name, (SELECT name FROM companies WHERE id = l.company_id), "
    "(SELECT " CD_CONTACT_NAME(
        "c") " FROM contacts c WHERE c.id = l.contact_id), "
             "(SELECT email FROM contacts WHERE id = l.contact_id) FROM leads l",
    "DROP TRIGGER leads_search_on_insert",
    "CREATE TRIGGER leads_search_on_insert AFTER INSERT ON leads "
    "WHEN NOT EXISTS (SELECT 1 FROM search_deferrals) BEGIN "
    "INSERT INTO lead_search(rowid, id, name, company, contact, email) "
    "SELECT * FROM lead_search_source WHERE rowid = NEW.rowid; END",
    "CREATE TRIGGER leads_search_on_insert_deferred AFTER INSERT ON leads "
    "WHEN EXISTS (SELECT 1 FROM search_deferrals) BEGIN "
    "INSERT OR IGNORE INTO lead_search_queue(lead_rowid) VALUES (NEW.rowid); END",
    "CREATE TRIGGER leads_search_queue_on_delete AFTER DELETE ON leads BEGIN "
    "DELETE FROM lead_search_queue WHERE lead_rowid = OLD.rowid; END",
};
#undef CD_CONTACT_NAME

// 9: the lead search also finds the company's TIN and the lead's description (the full-text
// table is rebuilt with those columns); the Leads directory sorts by every column: the company,
// contact, product, marketplace and owner names are copied to sort-key columns of leads, indexed
// per visibility branch and kept by triggers when a lead or a name changes.
#define CD_CONTACT_NAME(alias)                                                                     \
    "trim(" alias ".first_name || ' ' || " alias ".middle_name || ' ' || " alias ".last_name)"
#define CD_CONTACT_DISPLAY_NAME(alias)                                                             \
    "trim(" alias ".first_name || ' ' || CASE WHEN " alias ".middle_name <> '' THEN " alias        \
    ".middle_name || ' ' ELSE '' END || " alias ".last_name)"
#define CD_LEAD_SEARCH_COLUMNS "rowid, id, name, company, contact, email, tin, description"
#define CD_COMPANY_SORT(lead) "(SELECT name FROM companies WHERE id = " lead ".company_id)"
#define CD_CONTACT_SORT(lead)                                                                      \
    "(SELECT " CD_CONTACT_DISPLAY_NAME("c") " FROM contacts c WHERE c.id = " lead ".contact_id)"
#define CD_PRODUCT_SORT(lead) "(SELECT name FROM products WHERE id = " lead ".product_id)"
#define CD_MARKETPLACE_SORT(lead)                                                                  \
    "(SELECT name FROM marketplaces WHERE id = " lead ".marketplace_id)"
#define CD_OWNER_SORT(lead)                                                                        \
    "coalesce((SELECT name FROM users WHERE id = " lead ".owner_user_id), '')"
#define CD_SET_SORT_KEYS(lead)                                                                     \
    "company_sort = " CD_COMPANY_SORT(lead) ", contact_sort = " CD_CONTACT_SORT(                   \
        lead) ", product_sort = " CD_PRODUCT_SORT(lead) ", marketplace_sort "                      \
                                                        "= " CD_MARKETPLACE_SORT(                  \
                                                            lead) ", "                             \
                                                                  "owner_"                         \
                                                                  "sort "                          \
                                                                  "="                              \
                                                                  " " CD_OWNER_SORT(lead)
#define CD_SORT_KEYS_WRONG(lead)                                                                   \
    lead ".company_sort IS NOT " CD_COMPANY_SORT(                                                  \
        lead) " OR " lead                                                                          \
              ".contact_sort IS NOT " CD_CONTACT_SORT(                                             \
                  lead) " OR " lead                                                                \
                        ".product_sort IS NOT " CD_PRODUCT_SORT(                                   \
                            lead) " OR " lead                                                      \
                                  ".marketplace_sort IS NOT " CD_MARKETPLACE_SORT(                 \
                                      lead) " OR " lead ".owner_sort IS NOT " CD_OWNER_SORT(lead)
const char* const migration9[] = {
    "DROP TRIGGER leads_search_on_insert",
    "DROP TRIGGER leads_search_on_update",
    "DROP TRIGGER leads_search_on_delete",
    "DROP TRIGGER companies_search_on_update",
    "DROP TRIGGER contacts_search_on_update",
    "DROP VIEW lead_search_source",
    "DROP TABLE lead_search",
    R"(CREATE VIRTUAL TABLE lead_search USING fts5(id, name, company, contact, email, tin,
        description, tokenize = 'unicode61 remove_diacritics 2'))",
    "CREATE VIEW lead_search_source(" CD_LEAD_SEARCH_COLUMNS ") AS "
    "SELECT l.rowid, l.id, l.name, (SELECT name FROM companies WHERE id = l.company_id), "
    "(SELECT " CD_CONTACT_NAME(
        "c") " FROM contacts c WHERE c.id = l.contact_id), "
             "(SELECT email FROM contacts WHERE id = l.contact_id), "
             "(SELECT tin FROM companies WHERE id = l.company_id), l.description FROM leads l",
    "INSERT INTO lead_search(" CD_LEAD_SEARCH_COLUMNS ") SELECT * FROM lead_search_source",
    "CREATE TRIGGER leads_search_on_insert AFTER INSERT ON leads "
    "WHEN NOT EXISTS (SELECT 1 FROM search_deferrals) BEGIN "
    "INSERT INTO lead_search(" CD_LEAD_SEARCH_COLUMNS ") "
    "SELECT * FROM lead_search_source WHERE rowid = NEW.rowid; END",
    "CREATE TRIGGER leads_search_on_update AFTER UPDATE OF id, name, company_id, contact_id, "
    "description ON leads BEGIN DELETE FROM lead_search WHERE rowid = OLD.rowid; "
    "INSERT INTO lead_search(" CD_LEAD_SEARCH_COLUMNS ") "
    "SELECT * FROM lead_search_source WHERE rowid = NEW.rowid; END",
    "CREATE TRIGGER leads_search_on_delete AFTER DELETE ON leads BEGIN "
    "DELETE FROM lead_search WHERE rowid = OLD.rowid; END",
    "CREATE TRIGGER companies_search_on_update AFTER UPDATE OF name, tin ON companies BEGIN "
    "UPDATE lead_search SET company = NEW.name, tin = NEW.tin "
    "WHERE rowid IN (SELECT rowid FROM leads WHERE company_id = NEW.id); END",
    "CREATE TRIGGER contacts_search_on_update AFTER UPDATE OF first_name, middle_name, "
    "last_name, email ON contacts BEGIN "
    "UPDATE lead_search SET contact = " CD_CONTACT_NAME(
        "NEW") ", email = NEW.email "
               "WHERE rowid IN (SELECT rowid FROM leads WHERE contact_id = NEW.id); END",

    R"(ALTER TABLE leads ADD COLUMN company_sort TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE leads ADD COLUMN contact_sort TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE leads ADD COLUMN product_sort TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE leads ADD COLUMN marketplace_sort TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE leads ADD COLUMN owner_sort TEXT NOT NULL DEFAULT '')",
    "UPDATE leads SET " CD_SET_SORT_KEYS("leads"),
    R"(CREATE INDEX leads_vendor_id ON leads(vendor_account_id, id))",
    R"(CREATE INDEX leads_distributor_id ON leads(distributor_account_id, id))",
    R"(CREATE INDEX leads_vendor_company ON leads(vendor_account_id, company_sort COLLATE NOCASE))",
    R"(CREATE INDEX leads_distributor_company
        ON leads(distributor_account_id, company_sort COLLATE NOCASE))",
    R"(CREATE INDEX leads_vendor_contact ON leads(vendor_account_id, contact_sort COLLATE NOCASE))",
    R"(CREATE INDEX leads_distributor_contact
        ON leads(distributor_account_id, contact_sort COLLATE NOCASE))",
    R"(CREATE INDEX leads_vendor_product ON leads(vendor_account_id, product_sort COLLATE NOCASE))",
    R"(CREATE INDEX leads_distributor_product
        ON leads(distributor_account_id, product_sort COLLATE NOCASE))",
    R"(CREATE INDEX leads_vendor_marketplace
        ON leads(vendor_account_id, marketplace_sort COLLATE NOCASE))",
    R"(CREATE INDEX leads_distributor_marketplace
        ON leads(distributor_account_id, marketplace_sort COLLATE NOCASE))",
    R"(CREATE INDEX leads_vendor_owner ON leads(vendor_account_id, owner_sort COLLATE NOCASE))",
    R"(CREATE INDEX leads_distributor_owner
        ON leads(distributor_account_id, owner_sort COLLATE NOCASE))",
    // A writer may set the keys itself; whatever it wrote is checked and corrected.
    "CREATE TRIGGER leads_sort_keys_on_insert AFTER INSERT ON leads "
    "WHEN " CD_SORT_KEYS_WRONG("NEW") " BEGIN "
                                      "UPDATE leads SET " CD_SET_SORT_KEYS(
                                          "NEW") " WHERE rowid = NEW.rowid; END",
    "CREATE TRIGGER leads_sort_keys_on_update AFTER UPDATE OF company_id, contact_id, "
    "product_id, marketplace_id, owner_user_id, company_sort, contact_sort, product_sort, "
    "marketplace_sort, owner_sort ON leads "
    "WHEN " CD_SORT_KEYS_WRONG("NEW") " BEGIN "
                                      "UPDATE leads SET " CD_SET_SORT_KEYS(
                                          "NEW") " WHERE rowid = NEW.rowid; END",
    "CREATE TRIGGER companies_sort_on_update AFTER UPDATE OF name ON companies BEGIN "
    "UPDATE leads SET company_sort = NEW.name WHERE company_id = NEW.id; END",
    "CREATE TRIGGER contacts_sort_on_update AFTER UPDATE OF first_name, middle_name, last_name "
    "ON contacts BEGIN UPDATE leads SET contact_sort = " CD_CONTACT_DISPLAY_NAME(
        "NEW") " WHERE contact_id = NEW.id; END",
    "CREATE TRIGGER products_sort_on_update AFTER UPDATE OF name ON products BEGIN "
    "UPDATE leads SET product_sort = NEW.name WHERE product_id = NEW.id; END",
    "CREATE TRIGGER marketplaces_sort_on_update AFTER UPDATE OF name ON marketplaces BEGIN "
    "UPDATE leads SET marketplace_sort = NEW.name WHERE marketplace_id = NEW.id; END",
    "CREATE TRIGGER users_sort_on_update AFTER UPDATE OF name ON users BEGIN "
    "UPDATE leads SET owner_sort = NEW.name WHERE owner_user_id = NEW.id; END",
};
#undef CD_SORT_KEYS_WRONG
#undef CD_SET_SORT_KEYS
#undef CD_OWNER_SORT
#undef CD_MARKETPLACE_SORT
#undef CD_PRODUCT_SORT
#undef CD_CONTACT_SORT
#undef CD_COMPANY_SORT
#undef CD_LEAD_SEARCH_COLUMNS
#undef CD_CONTACT_DISPLAY_NAME
#undef CD_CONTACT_NAME

// 10: saved views of the directories, personal to each user. The name is unique per user and
// directory regardless of case (ASCII here; core also compares Unicode case-insensitively).
const char* const migration10[] = {
    R"(CREATE TABLE saved_views(
        id INTEGER PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        directory TEXT NOT NULL CHECK (directory IN ('leads', 'partners')),
        name TEXT NOT NULL CHECK (name = trim(name) AND length(name) BETWEEN 1 AND 100),
        definition TEXT NOT NULL
            CHECK (json_valid(definition) AND json_type(definition) = 'object'),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL CHECK (updated_at >= created_at)))",
    R"(CREATE UNIQUE INDEX saved_views_name
        ON saved_views(user_id, directory, name COLLATE NOCASE))",
};

// 11: the Existing company and Existing contact pickers of the Lead step search the whole tables
// (the start of any word, case and accent insensitive, as the directories do): company_search
// (name, TIN) and contact_search (the contact's company ID, name, e-mail), with the rowid of their
// record, kept in sync by triggers. Bulk writes queue new companies and contacts as they queue
// leads (SearchDeferral). A lead's contact is a contact of the lead's company.
#define CD_CONTACT_NAME(alias)                                                                     \
    "trim(" alias ".first_name || ' ' || " alias ".middle_name || ' ' || " alias ".last_name)"
#define CD_COMPANY_SEARCH_ROW(company) company ".rowid, " company ".name, " company ".tin"
#define CD_LEAD_CONTACT_CHECK                                                                      \
    "WHEN (SELECT company_id FROM contacts WHERE id = NEW.contact_id) IS NOT NEW.company_id "      \
    "BEGIN SELECT RAISE(ABORT, 'the contact of a lead must be a contact of its company'); END"
const char* const migration11[] = {
    R"(CREATE VIRTUAL TABLE company_search USING fts5(name, tin,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'))",
    "INSERT INTO company_search(rowid, name, tin) SELECT " CD_COMPANY_SEARCH_ROW(
        "c") " FROM companies c",
    R"(CREATE TABLE company_search_queue(company_rowid INTEGER PRIMARY KEY))",
    "CREATE TRIGGER companies_picker_on_insert AFTER INSERT ON companies "
    "WHEN NOT EXISTS (SELECT 1 FROM search_deferrals) BEGIN "
    "INSERT INTO company_search(rowid, name, tin) VALUES (" CD_COMPANY_SEARCH_ROW("NEW") "); END",
    "CREATE TRIGGER companies_picker_on_insert_deferred AFTER INSERT ON companies "
    "WHEN EXISTS (SELECT 1 FROM search_deferrals) BEGIN "
    "INSERT OR IGNORE INTO company_search_queue(company_rowid) VALUES (NEW.rowid); END",
    "CREATE TRIGGER companies_picker_on_update AFTER UPDATE OF name, tin ON companies BEGIN "
    "DELETE FROM company_search WHERE rowid = OLD.rowid; "
    "INSERT INTO company_search(rowid, name, tin) VALUES (" CD_COMPANY_SEARCH_ROW("NEW") "); END",
    "CREATE TRIGGER companies_picker_on_delete AFTER DELETE ON companies BEGIN "
    "DELETE FROM company_search WHERE rowid = OLD.rowid; "
    "DELETE FROM company_search_queue WHERE company_rowid = OLD.rowid; END",
    R"(CREATE VIRTUAL TABLE contact_search USING fts5(company, name, email,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'))",
    "CREATE VIEW contact_search_source(rowid, company, name, email) AS "
    "SELECT c.rowid, coalesce(c.company_id, ''), " CD_CONTACT_NAME("c") ", c.email FROM contacts c",
    "INSERT INTO contact_search(rowid, company, name, email) SELECT * FROM contact_search_source",
    R"(CREATE TABLE contact_search_queue(contact_rowid INTEGER PRIMARY KEY))",
    "CREATE TRIGGER contacts_picker_on_insert AFTER INSERT ON contacts "
    "WHEN NOT EXISTS (SELECT 1 FROM search_deferrals) BEGIN "
    "INSERT INTO contact_search(rowid, company, name, email) "
    "SELECT * FROM contact_search_source WHERE rowid = NEW.rowid; END",
    "CREATE TRIGGER contacts_picker_on_insert_deferred AFTER INSERT ON contacts "
    "WHEN EXISTS (SELECT 1 FROM search_deferrals) BEGIN "
    "INSERT OR IGNORE INTO contact_search_queue(contact_rowid) VALUES (NEW.rowid); END",
    "CREATE TRIGGER contacts_picker_on_update AFTER UPDATE OF company_id, first_name, "
    "middle_name, last_name, email ON contacts BEGIN "
    "DELETE FROM contact_search WHERE rowid = OLD.rowid; "
    "INSERT INTO contact_search(rowid, company, name, email) "
    "SELECT * FROM contact_search_source WHERE rowid = NEW.rowid; END",
    "CREATE TRIGGER contacts_picker_on_delete AFTER DELETE ON contacts BEGIN "
    "DELETE FROM contact_search WHERE rowid = OLD.rowid; "
    "DELETE FROM contact_search_queue WHERE contact_rowid = OLD.rowid; END",
    "CREATE TRIGGER leads_contact_of_company_on_insert BEFORE INSERT ON "
    "leads " CD_LEAD_CONTACT_CHECK,
    "CREATE TRIGGER leads_contact_of_company_on_update BEFORE UPDATE OF company_id, contact_id "
    "ON leads " CD_LEAD_CONTACT_CHECK,
    "CREATE TRIGGER contacts_company_of_leads BEFORE UPDATE OF company_id ON contacts "
    "WHEN EXISTS (SELECT 1 FROM leads WHERE contact_id = NEW.id "
    "AND company_id IS NOT NEW.company_id) "
    "BEGIN SELECT RAISE(ABORT, 'the contact of a lead must be a contact of its company'); END",
};
#undef CD_LEAD_CONTACT_CHECK
#undef CD_COMPANY_SEARCH_ROW
#undef CD_CONTACT_NAME

// 12: a removed partner has no open contracts (SPEC 4.1, 4.2): a partnership becomes 'removed'
// only after the contracts its owner issued to the partner are deleted or ended, and such a
// partner gets no new or reopened contract until it is restored.
const char* const migration12[] = {
    "CREATE TRIGGER partnerships_removed_without_open_contracts "
    "BEFORE UPDATE OF status ON partnerships WHEN NEW.status = 'removed' "
    "AND EXISTS (SELECT 1 FROM contracts WHERE issuer_account_id = NEW.owner_account_id "
    "AND partner_account_id = NEW.partner_account_id "
    "AND status IN ('enrolling', 'pending', 'active')) BEGIN "
    "SELECT RAISE(ABORT, 'A removed partner keeps no open contracts: delete or terminate them "
    "first'); END",
    "CREATE TRIGGER contracts_of_removed_partner_on_insert BEFORE INSERT ON contracts "
    "WHEN NEW.status IN ('enrolling', 'pending', 'active') "
    "AND EXISTS (SELECT 1 FROM partnerships WHERE owner_account_id = NEW.issuer_account_id "
    "AND partner_account_id = NEW.partner_account_id AND status = 'removed') BEGIN "
    "SELECT RAISE(ABORT, 'A removed partner gets no open contracts: restore the partner "
    "first'); END",
    "CREATE TRIGGER contracts_of_removed_partner_on_update "
    "BEFORE UPDATE OF status, issuer_account_id, partner_account_id ON contracts "
    "WHEN NEW.status IN ('enrolling', 'pending', 'active') "
    "AND EXISTS (SELECT 1 FROM partnerships WHERE owner_account_id = NEW.issuer_account_id "
    "AND partner_account_id = NEW.partner_account_id AND status = 'removed') BEGIN "
    "SELECT RAISE(ABORT, 'A removed partner gets no open contracts: restore the partner "
    "first'); END",
};

// 13: catalog administration (SPEC 8). Products get a status (draft or published; the products
// of older workspaces are published); names are unique per vendor or owner regardless of case
// (older duplicates get their ID appended); a listing needs a published product, and its
// distribution contract, when it names one, must be the product vendor's contract for that
// marketplace; a product that is listed somewhere stays published; a marketplace's currency is
// three capital letters and its countries capital two-letter codes separated by commas. Indexes
// behind the administration lists and the checks of what a record still uses.
#define CD_DEDUPLICATE_NAMES(table, owner)                                                         \
    "UPDATE " table " SET name = name || ' (' || id || ')' WHERE EXISTS (SELECT 1 FROM " table     \
    " o WHERE o." owner " = " table "." owner " AND o.name = " table ".name COLLATE NOCASE "       \
    "AND o.rowid < " table ".rowid)"
#define CD_PRODUCT_NOT_PUBLISHED(product)                                                          \
    "(SELECT status FROM products WHERE id = " product ") IS NOT 'published'"
#define CD_MARKETPLACE_CODES_WRONG                                                                 \
    "WHEN NEW.currency NOT GLOB '[A-Z][A-Z][A-Z]' OR NEW.countries GLOB '*[^A-Z,]*' "              \
    "OR (NEW.countries <> '' AND length(NEW.countries) % 3 <> 2) "                                 \
    "BEGIN SELECT RAISE(ABORT, 'a marketplace needs an ISO 4217 currency and ISO 3166 country "    \
    "codes'); END"
#define CD_LISTING_CONTRACT_WRONG                                                                  \
    "WHEN NEW.contract_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contracts c "                  \
    "WHERE c.id = NEW.contract_id AND c.type = 'distribution' "                                    \
    "AND c.marketplace_id = NEW.marketplace_id AND c.partner_account_id = "                        \
    "(SELECT vendor_account_id FROM products WHERE id = NEW.product_id)) "                         \
    "BEGIN SELECT RAISE(ABORT, 'the contract of a listing must be the vendor''s distribution "     \
    "contract for its marketplace'); END"
const char* const migration13[] = {
    R"(ALTER TABLE products ADD COLUMN status TEXT NOT NULL DEFAULT 'published'
        CHECK (status IN ('draft', 'published')))",
    CD_DEDUPLICATE_NAMES("products", "vendor_account_id"),
    R"(CREATE UNIQUE INDEX products_vendor_name
        ON products(vendor_account_id, name COLLATE NOCASE))",
    R"(CREATE INDEX products_vendor_status ON products(vendor_account_id, status))",
    CD_DEDUPLICATE_NAMES("marketplaces", "owner_account_id"),
    R"(CREATE UNIQUE INDEX marketplaces_owner_name
        ON marketplaces(owner_account_id, name COLLATE NOCASE))",
    CD_DEDUPLICATE_NAMES("product_groups", "owner_account_id"),
    R"(CREATE UNIQUE INDEX product_groups_owner_name
        ON product_groups(owner_account_id, name COLLATE NOCASE))",
    R"(CREATE INDEX contracts_marketplace ON contracts(marketplace_id, partner_account_id, status))",
    R"(CREATE INDEX agreements_marketplace ON agreements(marketplace_id))",
    R"(CREATE INDEX agreement_product_groups_group ON agreement_product_groups(group_id))",
    R"(CREATE INDEX opportunities_product ON opportunities(product_id))",
    R"(CREATE INDEX opportunities_marketplace ON opportunities(marketplace_id))",
    "CREATE TRIGGER listings_product_published_on_insert BEFORE INSERT ON listings "
    "WHEN " CD_PRODUCT_NOT_PUBLISHED(
        "NEW.product_id") " BEGIN "
                          "SELECT RAISE(ABORT, 'only a published product can be listed'); END",
    "CREATE TRIGGER listings_product_published_on_update "
    "BEFORE UPDATE OF product_id, status ON listings "
    "WHEN (NEW.status = 'listed' OR NEW.product_id IS NOT OLD.product_id) "
    "AND " CD_PRODUCT_NOT_PUBLISHED(
        "NEW.product_id") " BEGIN "
                          "SELECT RAISE(ABORT, 'only a published product can be listed'); END",
    "CREATE TRIGGER products_listed_stay_published BEFORE UPDATE OF status ON products "
    "WHEN NEW.status <> 'published' AND EXISTS (SELECT 1 FROM listings "
    "WHERE product_id = NEW.id AND status = 'listed') BEGIN "
    "SELECT RAISE(ABORT, 'a listed product stays published'); END",
    "CREATE TRIGGER listings_contract_on_insert BEFORE INSERT ON "
    "listings " CD_LISTING_CONTRACT_WRONG,
    "CREATE TRIGGER listings_contract_on_update BEFORE UPDATE OF product_id, marketplace_id, "
    "contract_id ON listings " CD_LISTING_CONTRACT_WRONG,
    "CREATE TRIGGER marketplaces_codes_on_insert BEFORE INSERT ON "
    "marketplaces " CD_MARKETPLACE_CODES_WRONG,
    "CREATE TRIGGER marketplaces_codes_on_update BEFORE UPDATE OF currency, countries "
    "ON marketplaces " CD_MARKETPLACE_CODES_WRONG,
};
#undef CD_LISTING_CONTRACT_WRONG
#undef CD_MARKETPLACE_CODES_WRONG
#undef CD_PRODUCT_NOT_PUBLISHED
#undef CD_DEDUPLICATE_NAMES

template <std::size_t N> QStringList toList(const char* const (&statements)[N])
{
    QStringList list;
    for (const char* statement : statements)
        list << QString::fromUtf8(statement);
    return list;
}

// 8: every Qualified lead has its Opportunity (SPEC 3.3), enforced by the database. A lead cannot
// be inserted or updated as qualified without an opportunity linked to it, and a qualified lead's
// opportunity cannot be deleted or moved to another lead. SQLite has no deferred triggers, so a
// lead is qualified in two steps: its opportunity first (the lead exists already), then its
// status (LeadService::qualify). PostgreSQL would use a deferrable constraint trigger instead.
//
// Workspaces written by the large demo (DemoVolume) before this version hold qualified leads
// without an opportunity. The migration gives each one the opportunity LeadService::qualify would
// have created: the lead's company, contact, product and marketplace, created when the lead was
// last updated, owned by nobody (who qualified it is not known), with a new random OP-ddd-ddd-ddd
// ID recorded in issued_ids, and an event in its history saying the upgrade created it. IDs are
// drawn in rounds: a round draws an ID for every lead still without one, then takes back every ID
// already issued or drawn twice. After the last round a lead still without an ID (a chance below
// 1e-20 at a million leads) makes the migration fail and roll back rather than skip the lead.
constexpr int opportunityIdRounds = 8;

QStringList migration8()
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE opportunity_backfill(lead_id TEXT PRIMARY KEY, "
                       "opportunity_id TEXT)"),
        QStringLiteral("INSERT INTO opportunity_backfill(lead_id) SELECT id FROM leads l "
                       "WHERE status = 'qualified' "
                       "AND NOT EXISTS (SELECT 1 FROM opportunities o WHERE o.lead_id = l.id)"),
    };
    for (int round = 0; round < opportunityIdRounds; ++round)
        statements << QStringLiteral(
                          "UPDATE opportunity_backfill SET opportunity_id = "
                          "printf('OP-%03d-%03d-%03d', (random() & 1073741823) % 1000, "
                          "(random() & 1073741823) % 1000, (random() & 1073741823) % 1000) "
                          "WHERE opportunity_id IS NULL")
                   << QStringLiteral(
                          "UPDATE opportunity_backfill SET opportunity_id = NULL "
                          "WHERE opportunity_id IN (SELECT id FROM issued_ids) "
                          "OR opportunity_id IN (SELECT opportunity_id FROM "
                          "opportunity_backfill GROUP BY opportunity_id HAVING count(*) > 1)");
    statements << QStringLiteral("INSERT INTO issued_ids(id) SELECT opportunity_id FROM "
                                 "opportunity_backfill") // NULL fails
               << QStringLiteral(
                      "INSERT INTO opportunities(id, lead_id, company_id, contact_id, product_id, "
                      "marketplace_id, owner_user_id, created_at) "
                      "SELECT b.opportunity_id, l.id, l.company_id, l.contact_id, l.product_id, "
                      "l.marketplace_id, NULL, l.updated_at "
                      "FROM opportunity_backfill b JOIN leads l ON l.id = b.lead_id")
               << QStringLiteral(
                      "INSERT INTO events(at, user_id, account_id, object_type, object_id, action, "
                      "changes) "
                      "SELECT l.updated_at, NULL, l.vendor_account_id, 'opportunity', "
                      "b.opportunity_id, 'created', "
                      "json_object('lead_id', l.id, 'created_by_upgrade_to_schema', 8) "
                      "FROM opportunity_backfill b JOIN leads l ON l.id = b.lead_id")
               << QStringLiteral("DROP TABLE opportunity_backfill");
    const char* const triggers[] = {
        "CREATE TRIGGER leads_qualified_need_opportunity_on_insert BEFORE INSERT ON leads "
        "WHEN NEW.status = 'qualified' "
        "AND NOT EXISTS (SELECT 1 FROM opportunities WHERE lead_id = NEW.id) BEGIN "
        "SELECT RAISE(ABORT, 'A qualified lead needs its opportunity: create the opportunity "
        "first'); END",
        "CREATE TRIGGER leads_qualified_need_opportunity_on_update "
        "BEFORE UPDATE OF id, status ON leads "
        "WHEN NEW.status = 'qualified' "
        "AND NOT EXISTS (SELECT 1 FROM opportunities WHERE lead_id = NEW.id) BEGIN "
        "SELECT RAISE(ABORT, 'A qualified lead needs its opportunity: create the opportunity "
        "first'); END",
        "CREATE TRIGGER opportunities_of_qualified_leads_on_delete BEFORE DELETE ON opportunities "
        "WHEN EXISTS (SELECT 1 FROM leads WHERE id = OLD.lead_id AND status = 'qualified') BEGIN "
        "SELECT RAISE(ABORT, 'The opportunity of a qualified lead cannot be deleted'); END",
        "CREATE TRIGGER opportunities_of_qualified_leads_on_update "
        "BEFORE UPDATE OF lead_id ON opportunities "
        "WHEN NEW.lead_id IS NOT OLD.lead_id "
        "AND EXISTS (SELECT 1 FROM leads WHERE id = OLD.lead_id AND status = 'qualified') BEGIN "
        "SELECT RAISE(ABORT, 'The opportunity of a qualified lead cannot be moved to another "
        "lead'); END",
    };
    statements << toList(triggers);
    return statements;
}

// 14: users and roles, reference lists per account, revocable invitations (issue 11).
//
// Campaigns, selling directions and content distribution channels become lists of each account:
// an owner account, a name unique in that account (regardless of ASCII case) and a retired flag.
// Every existing entry is given to every distributor and reseller account that has users (the
// accounts that create leads; a workspace of 100 000 partners has only a few) and to every
// account that is the distributor of a lead using it: the workspace's
// home account (else the account with the smallest ID) keeps the entry's ID, every other account
// gets a copy under a new random ID (issued in rounds, as migration 8 does), and each lead is
// pointed at its own distributor's entry of the same name, so every lead keeps the name it shows.
// An entry nobody can own (a workspace without accounts, so without leads) goes to the home or
// first account, else is dropped. SQLite cannot change a column's UNIQUE constraint, so each
// table is rebuilt; foreign keys from leads are checked at commit (defer_foreign_keys).
//
// From then on the database accepts on a new lead (or a changed value) only an entry of the lead's
// distributor that is not retired. The last crm_admin of an account can be neither removed nor
// demoted (triggers), and an
// invitation can be revoked (revoked_at; Resend revokes the old token and issues a new one).
struct ReferenceTable {
    const char* table;
    const char* leadColumn;
    const char* idPrefix;
};

constexpr ReferenceTable referenceTables[] = {
    {"campaigns", "campaign_id", "CA"},
    {"selling_directions", "selling_direction_id", "SD"},
    {"content_channels", "channel_id", "CH"},
};
constexpr int referenceIdRounds = 16;

QStringList perAccountReferenceList(const ReferenceTable& reference)
{
    const QString table = QString::fromLatin1(reference.table);
    const QString column = QString::fromLatin1(reference.leadColumn);
    const QString home =
        QStringLiteral("(SELECT value FROM workspace_info WHERE key = 'home_account_id' "
                       "AND value IN (SELECT id FROM accounts))");
    QStringList statements = {
        QStringLiteral("CREATE INDEX leads_%1 ON leads(%1)").arg(column),
        QStringLiteral("CREATE TABLE reference_owners(old_id TEXT NOT NULL, account_id TEXT NOT "
                       "NULL, new_id TEXT, name TEXT NOT NULL, PRIMARY KEY (old_id, account_id)) "
                       "WITHOUT ROWID"),
        QStringLiteral("INSERT INTO reference_owners(old_id, account_id, name) SELECT t.id, a.id, "
                       "t.name FROM %1 t JOIN accounts a ON a.role IN ('distributor', 'reseller') "
                       "AND EXISTS (SELECT 1 FROM memberships m WHERE m.account_id = a.id)")
            .arg(table),
        QStringLiteral("INSERT OR IGNORE INTO reference_owners(old_id, account_id, name) "
                       "SELECT DISTINCT l.%2, l.distributor_account_id, t.name FROM leads l "
                       "JOIN %1 t ON t.id = l.%2")
            .arg(table, column),
        QStringLiteral(
            "INSERT INTO reference_owners(old_id, account_id, name) "
            "SELECT t.id, coalesce(%2, (SELECT min(id) FROM accounts)), t.name FROM %1 t "
            "WHERE NOT EXISTS (SELECT 1 FROM reference_owners o WHERE o.old_id = t.id) "
            "AND EXISTS (SELECT 1 FROM accounts)")
            .arg(table, home),
        // One pass over the pairs (a correlated ORDER BY per row was quadratic in accounts).
        QStringLiteral("UPDATE reference_owners SET new_id = old_id WHERE (old_id, account_id) IN "
                       "(SELECT old_id, coalesce(max(CASE WHEN account_id IS %1 THEN account_id "
                       "END), min(account_id)) FROM reference_owners GROUP BY old_id)")
            .arg(home),
    };
    for (int round = 0; round < referenceIdRounds; ++round)
        statements << QStringLiteral("UPDATE reference_owners SET new_id = printf('%1-%05d', "
                                     "(random() & 1073741823) % 100000) WHERE new_id IS NULL")
                          .arg(QString::fromLatin1(reference.idPrefix))
                   << QStringLiteral(
                          "UPDATE reference_owners SET new_id = NULL WHERE new_id <> old_id AND "
                          "(new_id IN (SELECT id FROM issued_ids) OR new_id IN (SELECT id FROM %1) "
                          "OR new_id IN (SELECT new_id FROM reference_owners GROUP BY new_id "
                          "HAVING count(*) > 1))")
                          .arg(table);
    statements
        << QStringLiteral("INSERT INTO issued_ids(id) SELECT new_id FROM reference_owners "
                          "WHERE new_id IS NULL OR new_id <> old_id") // NULL fails
        << QStringLiteral("INSERT OR IGNORE INTO issued_ids(id) SELECT id FROM %1").arg(table)
        // Parent rows inserted after the old table is dropped, so that the deferred foreign key
        // count of the leads pointing at them goes back to zero.
        << QStringLiteral("PRAGMA defer_foreign_keys = ON")
        << QStringLiteral(
               "CREATE TABLE reference_rebuilt(\n"
               "        id TEXT PRIMARY KEY,\n"
               "        account_id TEXT NOT NULL REFERENCES accounts(id),\n"
               "        name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),\n"
               "        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),\n"
               "        UNIQUE (account_id, name))")
        << QStringLiteral("DROP TABLE %1").arg(table)
        << QStringLiteral("ALTER TABLE reference_rebuilt RENAME TO %1").arg(table)
        << QStringLiteral("INSERT INTO %1(id, account_id, name) "
                          "SELECT new_id, account_id, name FROM reference_owners")
               .arg(table)
        << QStringLiteral(
               "UPDATE leads SET %1 = (SELECT o.new_id FROM reference_owners o "
               "WHERE o.old_id = leads.%1 AND o.account_id = leads.distributor_account_id) "
               "WHERE EXISTS (SELECT 1 FROM reference_owners o WHERE o.old_id = leads.%1 "
               "AND o.account_id = leads.distributor_account_id AND o.new_id <> o.old_id)")
               .arg(column)
        << QStringLiteral("DROP TABLE reference_owners");
    // From now on a lead takes an entry of its distributor's list that is not retired; a lead
    // that already has an entry keeps it (an update that does not change it passes).
    const QString check =
        QStringLiteral(
            "WHEN NEW.%1 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %2 r WHERE r.id = NEW.%1 "
            "AND r.account_id = NEW.distributor_account_id AND r.retired = 0) BEGIN "
            "SELECT RAISE(ABORT, 'A lead takes an entry of its distributor''s %2 that is "
            "not retired'); END")
            .arg(column, table);
    statements << QStringLiteral("CREATE TRIGGER leads_%1_of_distributor_on_insert BEFORE INSERT "
                                 "ON leads %2")
                      .arg(column, check)
               // A lead's listing, so its distributor, never changes (LeadService::update).
               << QStringLiteral("CREATE TRIGGER leads_%1_of_distributor_on_update BEFORE UPDATE "
                                 "OF %1 ON leads %2")
                      .arg(column,
                           QString(check).replace(
                               QStringLiteral("WHEN NEW.%1 IS NOT NULL").arg(column),
                               QStringLiteral("WHEN NEW.%1 IS NOT NULL AND NEW.%1 IS NOT OLD.%1")
                                   .arg(column)));
    return statements;
}

const char* const lastAdminTriggers[] = {
    "CREATE TRIGGER memberships_keep_last_admin_on_delete BEFORE DELETE ON memberships "
    "WHEN OLD.role = 'crm_admin' "
    "AND EXISTS (SELECT 1 FROM accounts WHERE id = OLD.account_id) "
    "AND NOT EXISTS (SELECT 1 FROM memberships WHERE account_id = OLD.account_id "
    "AND role = 'crm_admin' AND user_id <> OLD.user_id) BEGIN "
    "SELECT RAISE(ABORT, 'The last CRM admin of an account cannot be removed'); END",
    "CREATE TRIGGER memberships_keep_last_admin_on_update "
    "BEFORE UPDATE OF role, account_id, user_id ON memberships "
    "WHEN OLD.role = 'crm_admin' "
    "AND (NEW.role <> 'crm_admin' OR NEW.account_id IS NOT OLD.account_id) "
    "AND NOT EXISTS (SELECT 1 FROM memberships WHERE account_id = OLD.account_id "
    "AND role = 'crm_admin' AND user_id <> OLD.user_id) BEGIN "
    "SELECT RAISE(ABORT, 'The last CRM admin of an account cannot be demoted'); END",
    R"(ALTER TABLE invitations ADD COLUMN revoked_at INTEGER)",
};

QStringList migration14()
{
    QStringList statements;
    for (const ReferenceTable& reference : referenceTables)
        statements << perAccountReferenceList(reference);
    statements << toList(lastAdminTriggers);
    return statements;
}

// 15: a row version on the records users change concurrently (issue 12, point 6). A write
// that acts on what a user read claims the row at the version read (RecordVersion), so a change
// made meanwhile by someone else is refused instead of lost; the trigger raises the version on
// every other change too, whoever makes it. core/storage/postgres/Migration15 is the same for
// PostgreSQL.
QStringList migration15()
{
    QStringList statements;
    for (const char* table : migration15Tables) {
        const QString name = QString::fromLatin1(table);
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
                          .arg(name)
                   << QStringLiteral(
                          "CREATE TRIGGER %1_version_on_update AFTER UPDATE ON %1 "
                          "WHEN NEW.version = OLD.version BEGIN "
                          "UPDATE %1 SET version = OLD.version + 1 WHERE id = NEW.id; END")
                          .arg(name);
    }
    return statements;
}

// 16: API keys (issue 14). A key acts for one account as one of its users with the role that
// user held when a crm_admin of the account created it; only the SHA-256 of its token is stored.
// api_idempotency keeps what the REST service answered to a request sent with an
// Idempotency-Key, so that a retried request is answered again instead of writing twice.
// core/integrations/ApiKeyService writes them; PostgresMigrations has the same for PostgreSQL.
const char* const migration16[] = {
    R"(CREATE TABLE api_keys(
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        user_id TEXT NOT NULL REFERENCES users(id),
        role TEXT NOT NULL
            CHECK (role IN ('crm_admin', 'crm_manager', 'crm_sales', 'crm_marketeer', 'viewer')),
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
        token_prefix TEXT NOT NULL CHECK (length(token_prefix) BETWEEN 4 AND 16),
        token_hash TEXT NOT NULL CHECK (length(token_hash) = 64),
        created_at INTEGER NOT NULL,
        created_by TEXT NOT NULL REFERENCES users(id),
        last_used_at INTEGER,
        revoked_at INTEGER,
        revoked_by TEXT REFERENCES users(id),
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))))",
    R"(CREATE UNIQUE INDEX api_keys_token_hash ON api_keys(token_hash))",
    R"(CREATE INDEX api_keys_account ON api_keys(account_id, created_at))",
    R"(CREATE INDEX api_keys_user ON api_keys(user_id, account_id))",
    "CREATE TRIGGER api_keys_member_on_insert BEFORE INSERT ON api_keys "
    "WHEN NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = NEW.user_id "
    "AND account_id = NEW.account_id AND role = NEW.role) BEGIN "
    "SELECT RAISE(ABORT, 'An API key acts for a user of its account with the role the user "
    "holds there'); END",
    "CREATE TRIGGER api_keys_created_by_admin BEFORE INSERT ON api_keys "
    "WHEN NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = NEW.created_by "
    "AND account_id = NEW.account_id AND role = 'crm_admin') BEGIN "
    "SELECT RAISE(ABORT, 'Only a CRM admin of the account creates or revokes its API keys'); END",
    "CREATE TRIGGER api_keys_revoked_by_admin BEFORE UPDATE OF revoked_by ON api_keys "
    "WHEN NEW.revoked_by IS NOT NULL AND NEW.revoked_by IS NOT OLD.revoked_by "
    "AND NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = NEW.revoked_by "
    "AND account_id = NEW.account_id AND role = 'crm_admin') BEGIN "
    "SELECT RAISE(ABORT, 'Only a CRM admin of the account creates or revokes its API keys'); END",
    "CREATE TRIGGER api_keys_fixed_on_update BEFORE UPDATE ON api_keys "
    "WHEN NEW.id IS NOT OLD.id OR NEW.account_id IS NOT OLD.account_id "
    "OR NEW.user_id IS NOT OLD.user_id OR NEW.role IS NOT OLD.role "
    "OR NEW.token_prefix IS NOT OLD.token_prefix OR NEW.token_hash IS NOT OLD.token_hash "
    "OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by "
    "OR (OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS NOT OLD.revoked_at "
    "OR NEW.revoked_by IS NOT OLD.revoked_by)) BEGIN "
    "SELECT RAISE(ABORT, 'An API key keeps its account, user, role and token, and a revoked key "
    "stays revoked'); END",
    R"(CREATE TABLE api_idempotency(
        key_id TEXT NOT NULL REFERENCES api_keys(id),
        idempotency_key TEXT NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
        request_hash TEXT NOT NULL CHECK (length(request_hash) = 64),
        lead_id TEXT REFERENCES leads(id),
        status INTEGER NOT NULL CHECK (status BETWEEN 100 AND 599),
        response TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        PRIMARY KEY (key_id, idempotency_key)) WITHOUT ROWID)",
    R"(CREATE INDEX api_idempotency_created ON api_idempotency(created_at))",
    R"(CREATE INDEX api_idempotency_lead ON api_idempotency(lead_id))",
};

// 17: vendors' lead forms published on websites (issue 14, point 3), and the indexes behind the
// REST API's lead feed (GET /api/v1/leads pages each account's leads by (updated_at, id)).
// A publication belongs to the distributor whose listing it is for: its leads are the
// distributor's, created as the crm_admin who published it. Unpublishing keeps the row (who did
// it and when); a pair is published at most once at a time. core/intake/WebFormPublications
// writes them; published_web_forms is what the public route serves (a live publication whose
// form is active and applies to the listing, the listing listed and the distributor's, and its
// publisher still a crm_admin there). PostgresMigrations has the same for PostgreSQL.
const char* const migration17[] = {
    R"(CREATE TABLE web_forms(
        id TEXT PRIMARY KEY,
        form_id TEXT NOT NULL REFERENCES lead_forms(id),
        listing_id TEXT NOT NULL REFERENCES listings(id),
        account_id TEXT NOT NULL REFERENCES accounts(id),
        service_url TEXT NOT NULL CHECK (length(service_url) BETWEEN 8 AND 200),
        allowed_origins TEXT NOT NULL DEFAULT '' CHECK (length(allowed_origins) <= 4200),
        published_at INTEGER NOT NULL,
        published_by TEXT NOT NULL REFERENCES users(id),
        changed_at INTEGER NOT NULL,
        unpublished_at INTEGER,
        unpublished_by TEXT REFERENCES users(id),
        CHECK ((unpublished_at IS NULL) = (unpublished_by IS NULL))))",
    R"(CREATE UNIQUE INDEX web_forms_published ON web_forms(form_id, listing_id)
        WHERE unpublished_at IS NULL)",
    R"(CREATE INDEX web_forms_account ON web_forms(account_id, published_at))",
    R"(CREATE INDEX web_forms_listing ON web_forms(listing_id))",
    R"(CREATE VIEW published_web_forms AS
        SELECT w.id, w.form_id, lf.name AS form_name, w.listing_id, l.product_id,
               p.name AS product_name, l.marketplace_id, mp.name AS marketplace_name,
               p.vendor_account_id, va.name AS vendor_name, w.account_id, w.service_url,
               w.allowed_origins, w.published_by, u.name AS published_by_name, w.published_at,
               lf.schema, da.name AS account_name, da.role AS account_role
          FROM web_forms w
          JOIN lead_forms lf ON lf.id = w.form_id AND lf.status = 'active'
          JOIN listings l ON l.id = w.listing_id AND l.status = 'listed'
          JOIN lead_form_listings fl ON fl.form_id = w.form_id AND fl.listing_id = w.listing_id
          JOIN products p ON p.id = l.product_id
          JOIN marketplaces mp ON mp.id = l.marketplace_id AND mp.owner_account_id = w.account_id
          JOIN accounts va ON va.id = p.vendor_account_id
          JOIN accounts da ON da.id = w.account_id
          JOIN users u ON u.id = w.published_by
          JOIN memberships m ON m.user_id = w.published_by AND m.account_id = w.account_id
                            AND m.role = 'crm_admin'
         WHERE w.unpublished_at IS NULL)",
    "CREATE TRIGGER web_forms_published_by_admin BEFORE INSERT ON web_forms "
    "WHEN NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = NEW.published_by "
    "AND account_id = NEW.account_id AND role = 'crm_admin') BEGIN "
    "SELECT RAISE(ABORT, 'Only a CRM admin of the account publishes or unpublishes its web "
    "forms'); END",
    "CREATE TRIGGER web_forms_unpublished_by_admin BEFORE UPDATE OF unpublished_by ON web_forms "
    "WHEN NEW.unpublished_by IS NOT NULL AND NEW.unpublished_by IS NOT OLD.unpublished_by "
    "AND NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = NEW.unpublished_by "
    "AND account_id = NEW.account_id AND role = 'crm_admin') BEGIN "
    "SELECT RAISE(ABORT, 'Only a CRM admin of the account publishes or unpublishes its web "
    "forms'); END",
    "CREATE TRIGGER web_forms_listing_of_account BEFORE INSERT ON web_forms "
    "WHEN NOT EXISTS (SELECT 1 FROM listings l JOIN marketplaces m ON m.id = l.marketplace_id "
    "JOIN lead_form_listings f ON f.listing_id = l.id AND f.form_id = NEW.form_id "
    "JOIN lead_forms lf ON lf.id = f.form_id AND lf.status = 'active' "
    "WHERE l.id = NEW.listing_id AND l.status = 'listed' AND m.owner_account_id = NEW.account_id) "
    "BEGIN SELECT RAISE(ABORT, 'A web form publishes an active lead form for a listed listing "
    "of the account that the form applies to'); END",
    "CREATE TRIGGER web_forms_fixed_on_update BEFORE UPDATE ON web_forms "
    "WHEN NEW.id IS NOT OLD.id OR NEW.form_id IS NOT OLD.form_id "
    "OR NEW.listing_id IS NOT OLD.listing_id OR NEW.account_id IS NOT OLD.account_id "
    "OR NEW.published_at IS NOT OLD.published_at OR NEW.published_by IS NOT OLD.published_by "
    "OR OLD.unpublished_at IS NOT NULL BEGIN "
    "SELECT RAISE(ABORT, 'A web form keeps its form, listing, account and publisher, and an "
    "unpublished one is not changed'); END",
    R"(CREATE INDEX leads_vendor_updated ON leads(vendor_account_id, updated_at, id))",
    R"(CREATE INDEX leads_distributor_updated ON leads(distributor_account_id, updated_at, id))",
};

} // namespace

QStringList Migrations::statements(int version)
{
    switch (version) {
    case 1:
        return toList(migration1);
    case 2:
        return toList(migration2);
    case 3:
        return toList(migration3);
    case 4:
        return toList(migration4);
    case 5:
        return toList(migration5);
    case 6:
        return toList(migration6);
    case 7:
        return toList(migration7);
    case 8:
        return migration8();
    case 9:
        return toList(migration9);
    case 10:
        return toList(migration10);
    case 11:
        return toList(migration11);
    case 12:
        return toList(migration12);
    case 13:
        return toList(migration13);
    case 14:
        return migration14();
    case 15:
        return migration15();
    case 16:
        return toList(migration16);
    case 17:
        return toList(migration17);
    default:
        return {};
    }
}
