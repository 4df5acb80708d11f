#include "storage/postgres/PostgresSecurity.h"

// Who sees and writes what on a team server (SPEC 1, 3, 4, 9).
//
// Roles (PostgreSQL roles belong to the whole cluster, not to one database):
// - The administrator who runs `server init` (a superuser, or a role with CREATEDB and
//   CREATEROLE) owns the tables, the trigger functions and the functions below. Row-level
//   security is ENABLEd but not FORCEd: the owner's SECURITY DEFINER triggers and look-ups see
//   every row (rules, search rows, sort keys, partner links), and the administrator can run
//   `server push`, backups and repairs. Nobody works as the owner day to day.
// - channeldesk_user: NOLOGIN group role, granted per table exactly the commands its policies
//   cover (nothing else; no DDL). Shared by every team database of the cluster: grants are per
//   database, so membership alone opens no database's tables.
// - One LOGIN role per user, named after the user's e-mail address in lower case (at most 63
//   bytes, PostgreSQL's limit), member of channeldesk_user, created by channeldesk_set_login
//   (`server init --demo`, `server add-user`, the app's Users tab). As roles are cluster-wide,
//   the same e-mail in two team databases of one cluster is one login with one password (the
//   last one set); a role of that name that is not a plain ChannelDesk login (superuser,
//   CREATEROLE, CREATEDB, BYPASSRLS or not in channeldesk_user) is refused, never changed.
//
// Who is connected: channeldesk_current_user_id() maps session_user to users.id
// (case-insensitively); a login with no user of this database sees nothing. The sets the policies
// use come from STABLE SECURITY DEFINER functions (they read memberships and partnerships whatever
// the policies let the login see, and keep policies from referring to each other in a cycle), each
// called once per statement through `(SELECT …)`:
//   M = channeldesk_my_accounts(): the login's accounts; W = those where it has a crm_* role
//   (viewer is read-only); G = crm_admin or crm_manager (partners, agreements, contracts);
//   A = crm_admin (users and memberships); P = M and every account in a partnership with one of M.
//
// Visibility and rights, table by table (SELECT / writes):
// - leads: vendor or distributor in M / inserted by its distributor (W) on a listing whose
//   product and marketplace are the row's, status new unless the vendor writes; updated by
//   vendor or distributor (W); status changed only by the vendor (trigger
//   leads_decided_by_vendor, 42501). opportunities, lead_search: those of visible leads /
//   opportunities written by the lead's vendor; search rows by the triggers only.
// - partnerships: owner or partner in M / G. partner_links: viewer in M (triggers write).
//   agreements: owner in M, or a visible contract on it, or the covered marketplace in M / owner
//   in G; versions and product groups of agreements follow their agreement. contracts: issuer or
//   partner in M / G. invitations: of visible partnerships / partnership owner in G.
// - catalog: products by vendor, marketplaces and product groups by owner, lead forms by vendor,
//   news and media by account: visible within P, written by the owning account (W). listings:
//   visible when the product's vendor or the marketplace's owner is in P, written by either (W).
//   lead_form_listings and product_group_products follow their form or group.
// - accounts, partner_search: the network's company directory, readable by every login; a new
//   account by G (Add partner); updated by its own members (W), or by the inviting company (G)
//   while the partner account has no crm_admin yet.
// - users: the login's own user and those sharing one of its accounts / added by A; updated by
//   themselves or by a crm_admin of a shared account. memberships: of accounts in M (and the
//   login's own) / A, or the inviting company while the partner account has no crm_admin.
// - api_keys: of accounts in A / created and revoked (updated) by A, never deleted; a token is
//   resolved by channeldesk_api_key_identity for any login. api_idempotency: of keys of M /
//   written by W of the key's account.
// - web_forms: of accounts in M / published (inserted) and changed or unpublished (updated) by
//   A, never deleted; a live one is found by channeldesk_web_form for any login.
// - events: of accounts in M, by the login, or about an object the login may see / written by
//   the login as itself in one of M. saved_views: the login's own.
// - reference lists (campaigns, selling directions, content channels): per account, visible
//   within P (their names show on shared leads), written by their account (W).
// - shared registries with no owner in the schema: customer companies and contacts (and their
//   search rows): readable by every login, written by any login with a crm_* role. issued_ids (IDs
//   are unique across the workspace): readable and insertable. stored_files: those referenced by a
//   visible agreement version or media item, or not referenced yet (being attached) / inserted by
//   W. workspace_info: read only.
// - the SQLite search queues (no business data): no policies, no grants beyond reading.
// Views run with the caller's rights (security_invoker), so they show no more than the tables.
// A refused write raises 42501 (insufficient_privilege: "new row violates row-level security
// policy"), which SqlError reports as a permission error.

namespace {

// The cast makes ANY(…) take the array, not the rows of a subquery.
#define CD_MY "((SELECT channeldesk_my_accounts())::text[])"
#define CD_WRITING                                                                                 \
    "((SELECT channeldesk_my_accounts(ARRAY['crm_admin', 'crm_manager', 'crm_sales', "             \
    "'crm_marketeer']))::text[])"
#define CD_MANAGING "((SELECT channeldesk_my_accounts(ARRAY['crm_admin', 'crm_manager']))::text[])"
#define CD_ADMIN "((SELECT channeldesk_my_accounts(ARRAY['crm_admin']))::text[])"
#define CD_PARTNERS "((SELECT channeldesk_partner_accounts())::text[])"
#define CD_ME "(SELECT channeldesk_current_user_id())"
#define CD_ANY_WRITING "cardinality" CD_WRITING " > 0"

/// A STABLE SECURITY DEFINER SQL function of this schema.
QString definer(const char* signature, const char* body)
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1 LANGUAGE sql STABLE SECURITY DEFINER "
                          "SET search_path FROM CURRENT AS $body$ %2 $body$")
        .arg(QString::fromLatin1(signature), QString::fromUtf8(body));
}

const char* const functions[][2] = {
    {"channeldesk_current_user_id() RETURNS text",
     "SELECT id FROM users WHERE email = session_user::text COLLATE nocase"},
    {"channeldesk_my_accounts(roles text[] DEFAULT NULL) RETURNS text[]",
     "SELECT coalesce(array_agg(account_id), '{}') FROM memberships "
     "WHERE user_id = channeldesk_current_user_id() AND (roles IS NULL OR role = ANY(roles))"},
    {"channeldesk_partner_accounts() RETURNS text[]",
     "WITH mine AS (SELECT unnest(channeldesk_my_accounts()) AS id) "
     "SELECT coalesce(array_agg(DISTINCT id), '{}') FROM ("
     "SELECT id FROM mine "
     "UNION SELECT partner_account_id FROM partnerships WHERE owner_account_id IN (SELECT id FROM "
     "mine) "
     "UNION SELECT owner_account_id FROM partnerships WHERE partner_account_id IN (SELECT id FROM "
     "mine)"
     ") s"},
    {"channeldesk_colleagues() RETURNS text[]",
     "SELECT coalesce(array_agg(DISTINCT user_id), '{}') || "
     "coalesce(ARRAY[channeldesk_current_user_id()], '{}') FROM memberships "
     "WHERE account_id = ANY(channeldesk_my_accounts())"},
    {"channeldesk_user_accounts(member text) RETURNS text[]",
     "SELECT coalesce(array_agg(account_id), '{}') FROM memberships WHERE user_id = member"},
    // A partner account the login's company (crm_admin or crm_manager) invited and that has no
    // crm_admin of its own yet: the inviter fills in its profile and first users.
    {"channeldesk_account_unclaimed(account text) RETURNS boolean",
     "SELECT NOT EXISTS (SELECT 1 FROM memberships WHERE account_id = account AND role = "
     "'crm_admin') "
     "AND EXISTS (SELECT 1 FROM partnerships WHERE partner_account_id = account "
     "AND owner_account_id = ANY(channeldesk_my_accounts(ARRAY['crm_admin', 'crm_manager'])))"},
    {"channeldesk_product_vendor(product text) RETURNS text",
     "SELECT vendor_account_id FROM products WHERE id = product"},
    {"channeldesk_marketplace_owner(marketplace text) RETURNS text",
     "SELECT owner_account_id FROM marketplaces WHERE id = marketplace"},
    {"channeldesk_group_owner(product_group text) RETURNS text",
     "SELECT owner_account_id FROM product_groups WHERE id = product_group"},
    {"channeldesk_form_vendor(form text) RETURNS text",
     "SELECT vendor_account_id FROM lead_forms WHERE id = form"},
    {"channeldesk_agreement_owner(agreement text) RETURNS text",
     "SELECT owner_account_id FROM agreements WHERE id = agreement"},
    {"channeldesk_lead_vendor(lead text) RETURNS text",
     "SELECT vendor_account_id FROM leads WHERE id = lead"},
    {"channeldesk_partnership_owner(partnership bigint) RETURNS text",
     "SELECT owner_account_id FROM partnerships WHERE id = partnership"},
    {"channeldesk_file_referenced(file bigint) RETURNS boolean",
     "SELECT EXISTS (SELECT 1 FROM agreement_versions WHERE file_id = file) "
     "OR EXISTS (SELECT 1 FROM media WHERE file_id = file)"},
    // Whether a lead's listing, product, marketplace, vendor and distributor belong together.
    {"channeldesk_listing_fits(listing text, product text, marketplace text, vendor text, "
     "distributor text) RETURNS boolean",
     "SELECT EXISTS (SELECT 1 FROM listings l JOIN products p ON p.id = l.product_id "
     "JOIN marketplaces m ON m.id = l.marketplace_id WHERE l.id = listing "
     "AND l.product_id = product AND l.marketplace_id = marketplace "
     "AND p.vendor_account_id = vendor AND m.owner_account_id = distributor)"},
};

/// Whether the login may see the object an event is about: runs with the login's rights, so the
/// policies of the object's table decide.
const char* const eventObjectVisible =
    R"(CREATE OR REPLACE FUNCTION channeldesk_event_visible(kind text, object text)
        RETURNS boolean LANGUAGE sql STABLE SET search_path FROM CURRENT AS $body$
        SELECT CASE kind
            WHEN 'lead' THEN EXISTS (SELECT 1 FROM leads WHERE id = object)
            WHEN 'opportunity' THEN EXISTS (SELECT 1 FROM opportunities WHERE id = object)
            WHEN 'contract' THEN EXISTS (SELECT 1 FROM contracts WHERE id = object)
            WHEN 'agreement' THEN EXISTS (SELECT 1 FROM agreements WHERE id = object)
            WHEN 'account' THEN object = ANY(channeldesk_partner_accounts())
            WHEN 'partner' THEN object = ANY(channeldesk_partner_accounts())
            WHEN 'product' THEN EXISTS (SELECT 1 FROM products WHERE id = object)
            WHEN 'marketplace' THEN EXISTS (SELECT 1 FROM marketplaces WHERE id = object)
            WHEN 'listing' THEN EXISTS (SELECT 1 FROM listings WHERE id = object)
            WHEN 'product_group' THEN EXISTS (SELECT 1 FROM product_groups WHERE id = object)
            WHEN 'lead_form' THEN EXISTS (SELECT 1 FROM lead_forms WHERE id = object)
            WHEN 'news' THEN EXISTS (SELECT 1 FROM news WHERE id = object)
            WHEN 'user' THEN EXISTS (SELECT 1 FROM users WHERE id = object)
            WHEN 'company' THEN true
            WHEN 'contact' THEN true
            ELSE false END
        $body$)";

/// Creates or changes the login of a user (see the design above). The caller is the
/// administrator (the owner of this function, or a superuser), or a login that is crm_admin of
/// one of the user's accounts. The login and password are quoted by format(%I, %L).
const char* const setLogin =
    R"(CREATE OR REPLACE FUNCTION channeldesk_set_login(target text, password text)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $body$
        DECLARE
            login text;
            caller text := channeldesk_current_user_id();
            existing record;
        BEGIN
            IF password IS NULL OR password = '' THEN
                RAISE EXCEPTION USING ERRCODE = 'check_violation',
                    MESSAGE = 'A login needs a password';
            END IF;
            SELECT lower(email) INTO login FROM users WHERE id = target;
            IF login IS NULL THEN
                RAISE EXCEPTION USING ERRCODE = 'no_data_found',
                    MESSAGE = format('There is no user %s', target);
            END IF;
            IF caller IS NULL THEN
                IF NOT (session_user = current_user OR EXISTS (
                        SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)) THEN
                    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                        MESSAGE = 'Only the administrator of the team workspace or a CRM admin of the user''s account may set a login';
                END IF;
            ELSIF NOT EXISTS (SELECT 1 FROM memberships t JOIN memberships a
                              ON a.account_id = t.account_id
                              WHERE t.user_id = target AND a.user_id = caller
                              AND a.role = 'crm_admin') THEN
                RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                    MESSAGE = 'Only the administrator of the team workspace or a CRM admin of the user''s account may set a login';
            END IF;
            IF octet_length(login) > 63 THEN
                RAISE EXCEPTION USING ERRCODE = 'check_violation',
                    MESSAGE = format('The e-mail address %s is longer than a PostgreSQL login may be (63 bytes)', login);
            END IF;
            SELECT * INTO existing FROM pg_roles WHERE rolname = login;
            IF NOT FOUND THEN
                BEGIN
                    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE channeldesk_user',
                                   login, password);
                    RETURN;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    -- made meanwhile by another database's administrator: checked below
                END;
                SELECT * INTO existing FROM pg_roles WHERE rolname = login;
            END IF;
            IF existing.rolsuper OR existing.rolcreaterole OR existing.rolcreatedb
               OR existing.rolbypassrls OR NOT pg_has_role(login, 'channeldesk_user', 'MEMBER') THEN
                RAISE EXCEPTION USING ERRCODE = 'duplicate_object',
                    MESSAGE = format('The server already has a login %s that is not a ChannelDesk login; it was left as it was', login);
            END IF;
            EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', login, password);
        END $body$)";

/// A user by exact e-mail (the column's collation ignores case) for a crm_admin, whom the users
/// policy shows only colleagues: Add existing user and the duplicate check of Add new user.
const char* const userWithEmail =
    R"(CREATE OR REPLACE FUNCTION channeldesk_user_with_email(address text)
        RETURNS TABLE (id text, name text) LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path FROM CURRENT AS $body$
            SELECT u.id, u.name FROM users u
             WHERE u.email = address
               AND (channeldesk_current_user_id() IS NULL
                    OR cardinality(channeldesk_my_accounts(ARRAY['crm_admin'])) > 0)
        $body$)";

/// The key whose token has the SHA-256 hash (hex), for the REST service, which authenticates a
/// request before it knows the account: any login may ask, and learns nothing without the token.
/// No row for an unknown or revoked key, or when its user no longer holds the key's role in
/// the key's account.
const char* const apiKeyIdentity =
    R"(CREATE OR REPLACE FUNCTION channeldesk_api_key_identity(hash text)
        RETURNS TABLE (id text, name text, account_id text, account_name text, account_role text,
                       user_id text, user_name text, role text, last_used_at bigint)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $body$
            SELECT k.id, k.name, k.account_id, a.name, a.role, k.user_id, u.name, k.role,
                   k.last_used_at
              FROM api_keys k
              JOIN memberships m ON m.user_id = k.user_id AND m.account_id = k.account_id
                               AND m.role = k.role
              JOIN accounts a ON a.id = k.account_id
              JOIN users u ON u.id = k.user_id
             WHERE k.token_hash = hash AND k.revoked_at IS NULL
        $body$)";

/// Records that the key with the token's hash was used at used_at (milliseconds), at most once
/// a minute (ApiKeyService::lastUsedResolutionMs); true when the row was written.
const char* const apiKeyUsed =
    R"(CREATE OR REPLACE FUNCTION channeldesk_api_key_used(hash text, used_at bigint)
        RETURNS boolean LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
        AS $body$
            WITH used AS (UPDATE api_keys SET last_used_at = used_at
                           WHERE token_hash = hash AND revoked_at IS NULL
                             AND (last_used_at IS NULL OR last_used_at <= used_at - 60000)
                          RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM used)
        $body$)";

/// The live web form of a lead form and a listing as the public route serves it (a visitor has no
/// login; the service's login need not see the distributor's publications). published_web_forms
/// (migration 17) says which publications are live; no login may read that view itself (and it
/// runs with its reader's rights, here the owner's).
const char* const webForm =
    R"(CREATE OR REPLACE FUNCTION channeldesk_web_form(wanted_form text, wanted_listing text)
        RETURNS SETOF published_web_forms LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path FROM CURRENT AS $body$
            SELECT * FROM published_web_forms
             WHERE form_id = wanted_form AND listing_id = wanted_listing
        $body$)";

/// Only the vendor qualifies or disqualifies a lead (core checks it too: LeadService).
const char* const leadsDecidedByVendor[] = {
    R"(CREATE OR REPLACE FUNCTION channeldesk_leads_decided_by_vendor() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $body$
        BEGIN
            IF NEW.status IS DISTINCT FROM OLD.status
               AND channeldesk_current_user_id() IS NOT NULL
               AND NOT NEW.vendor_account_id = ANY(channeldesk_my_accounts(
                   ARRAY['crm_admin', 'crm_manager', 'crm_sales', 'crm_marketeer'])) THEN
                RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                    MESSAGE = 'Only the vendor that owns the product may qualify or disqualify the lead';
            END IF;
            RETURN NEW;
        END $body$)",
    "DROP TRIGGER IF EXISTS leads_decided_by_vendor ON leads",
    "CREATE TRIGGER leads_decided_by_vendor BEFORE UPDATE OF status ON leads "
    "FOR EACH ROW EXECUTE FUNCTION channeldesk_leads_decided_by_vendor()",
};

/// A table's policies: for each command, the condition (USING, and WITH CHECK for writes);
/// nullptr = the command is not granted.
struct TablePolicies {
    const char* table;
    const char* select;
    const char* insert;
    const char* update;
    const char* remove;
};

#define CD_LEAD_FITS                                                                               \
    "distributor_account_id = ANY" CD_WRITING                                                      \
    " AND (status = 'new' OR vendor_account_id = ANY" CD_WRITING                                   \
    ") AND channeldesk_listing_fits(listing_id, product_id, marketplace_id, vendor_account_id, "   \
    "distributor_account_id)"
#define CD_OWNED_BY(column) column " = ANY" CD_WRITING
#define CD_SHARED "true", CD_ANY_WRITING, CD_ANY_WRITING, CD_ANY_WRITING
/// Visible to the owning account's partners, written by the owning account.
#define CD_OWNED(column)                                                                           \
    column " = ANY" CD_PARTNERS, CD_OWNED_BY(column), CD_OWNED_BY(column), CD_OWNED_BY(column)

const TablePolicies tables[] = {
    {"workspace_info", "true", nullptr, nullptr, nullptr},
    {"issued_ids", "true", CD_ANY_WRITING, nullptr, nullptr},
    {"accounts", "true", "cardinality" CD_MANAGING " > 0",
     "id = ANY" CD_WRITING " OR channeldesk_account_unclaimed(id)", nullptr},
    {"partner_search", "true", nullptr, nullptr, nullptr},
    {"users", "id = ANY((SELECT channeldesk_colleagues())::text[])", "cardinality" CD_ADMIN " > 0",
     "id = " CD_ME " OR channeldesk_user_accounts(id) && " CD_ADMIN, nullptr},
    {"memberships", "account_id = ANY" CD_MY " OR user_id = " CD_ME,
     "account_id = ANY" CD_ADMIN " OR channeldesk_account_unclaimed(account_id)",
     "account_id = ANY" CD_ADMIN, "account_id = ANY" CD_ADMIN},
    {"events",
     "account_id = ANY" CD_MY " OR user_id = " CD_ME
     " OR channeldesk_event_visible(object_type, object_id)",
     "user_id = " CD_ME " AND (account_id IS NULL OR account_id = ANY" CD_MY ")", nullptr, nullptr},
    {"saved_views", "user_id = " CD_ME, "user_id = " CD_ME, "user_id = " CD_ME, "user_id = " CD_ME},
    // Catalog.
    {"products", CD_OWNED("vendor_account_id")},
    {"marketplaces", CD_OWNED("owner_account_id")},
    {"product_groups", CD_OWNED("owner_account_id")},
    {"product_group_products", "EXISTS (SELECT 1 FROM product_groups g WHERE g.id = group_id)",
     CD_OWNED_BY("channeldesk_group_owner(group_id)"),
     CD_OWNED_BY("channeldesk_group_owner(group_id)"),
     CD_OWNED_BY("channeldesk_group_owner(group_id)")},
    {"listings",
     "channeldesk_product_vendor(product_id) = ANY" CD_PARTNERS
     " OR channeldesk_marketplace_owner(marketplace_id) = ANY" CD_PARTNERS,
     CD_OWNED_BY("channeldesk_product_vendor(product_id)") " OR " CD_OWNED_BY(
         "channeldesk_marketplace_owner(marketplace_id)"),
     CD_OWNED_BY("channeldesk_product_vendor(product_id)") " OR " CD_OWNED_BY(
         "channeldesk_marketplace_owner(marketplace_id)"),
     CD_OWNED_BY("channeldesk_marketplace_owner(marketplace_id)")},
    {"lead_forms", CD_OWNED("vendor_account_id")},
    {"lead_form_listings", "EXISTS (SELECT 1 FROM lead_forms f WHERE f.id = form_id)",
     CD_OWNED_BY("channeldesk_form_vendor(form_id)"),
     CD_OWNED_BY("channeldesk_form_vendor(form_id)"),
     CD_OWNED_BY("channeldesk_form_vendor(form_id)")},
    {"news", CD_OWNED("account_id")},
    {"media", CD_OWNED("account_id")},
    {"stored_files",
     "EXISTS (SELECT 1 FROM agreement_versions v WHERE v.file_id = stored_files.id) "
     "OR EXISTS (SELECT 1 FROM media m WHERE m.file_id = stored_files.id) "
     "OR NOT channeldesk_file_referenced(id)",
     CD_ANY_WRITING, nullptr, "NOT channeldesk_file_referenced(id)"},
    // Leads.
    {"leads", "vendor_account_id = ANY" CD_MY " OR distributor_account_id = ANY" CD_MY,
     CD_LEAD_FITS,
     "(vendor_account_id = ANY" CD_WRITING " OR distributor_account_id = ANY" CD_WRITING
     ") AND channeldesk_listing_fits(listing_id, product_id, marketplace_id, vendor_account_id, "
     "distributor_account_id)",
     "distributor_account_id = ANY" CD_WRITING},
    {"lead_search", "EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_search.id)", nullptr, nullptr,
     nullptr},
    {"opportunities", "EXISTS (SELECT 1 FROM leads l WHERE l.id = lead_id)",
     CD_OWNED_BY("channeldesk_lead_vendor(lead_id)"),
     CD_OWNED_BY("channeldesk_lead_vendor(lead_id)"), nullptr},
    // Partners.
    {"partnerships", "owner_account_id = ANY" CD_MY " OR partner_account_id = ANY" CD_MY,
     "owner_account_id = ANY" CD_MANAGING,
     "owner_account_id = ANY" CD_MANAGING " OR partner_account_id = ANY" CD_MANAGING,
     "owner_account_id = ANY" CD_MANAGING},
    {"partner_links", "viewer_account_id = ANY" CD_MY, nullptr, nullptr, nullptr},
    {"agreements",
     "owner_account_id = ANY" CD_MY
     " OR EXISTS (SELECT 1 FROM contracts c WHERE c.agreement_id = agreements.id)"
     " OR channeldesk_marketplace_owner(marketplace_id) = ANY" CD_MY,
     "owner_account_id = ANY" CD_MANAGING, "owner_account_id = ANY" CD_MANAGING,
     "owner_account_id = ANY" CD_MANAGING},
    {"agreement_versions", "EXISTS (SELECT 1 FROM agreements a WHERE a.id = agreement_id)",
     "channeldesk_agreement_owner(agreement_id) = ANY" CD_MANAGING,
     "channeldesk_agreement_owner(agreement_id) = ANY" CD_MANAGING,
     "channeldesk_agreement_owner(agreement_id) = ANY" CD_MANAGING},
    {"agreement_product_groups", "EXISTS (SELECT 1 FROM agreements a WHERE a.id = agreement_id)",
     "channeldesk_agreement_owner(agreement_id) = ANY" CD_MANAGING,
     "channeldesk_agreement_owner(agreement_id) = ANY" CD_MANAGING,
     "channeldesk_agreement_owner(agreement_id) = ANY" CD_MANAGING},
    {"contracts", "issuer_account_id = ANY" CD_MY " OR partner_account_id = ANY" CD_MY,
     "issuer_account_id = ANY" CD_MANAGING " OR partner_account_id = ANY" CD_MANAGING,
     "issuer_account_id = ANY" CD_MANAGING " OR partner_account_id = ANY" CD_MANAGING,
     "issuer_account_id = ANY" CD_MANAGING},
    {"invitations", "EXISTS (SELECT 1 FROM partnerships p WHERE p.id = partnership_id)",
     "channeldesk_partnership_owner(partnership_id) = ANY" CD_MANAGING,
     "channeldesk_partnership_owner(partnership_id) = ANY" CD_MANAGING,
     "channeldesk_partnership_owner(partnership_id) = ANY" CD_MANAGING},
    // Shared registries (no owner column).
    {"companies", CD_SHARED},
    {"contacts", CD_SHARED},
    {"company_search", "true", nullptr, nullptr, nullptr},
    {"contact_search", "true", nullptr, nullptr, nullptr},
    // Reference lists, per account: their names show on the leads partners share.
    {"campaigns", CD_OWNED("account_id")},
    {"selling_directions", CD_OWNED("account_id")},
    {"content_channels", CD_OWNED("account_id")},
};

// Migration 16. API keys: listed, created and revoked by the crm_admins of their account (the
// REST service finds a key by its token's hash through channeldesk_api_key_identity); the
// service's idempotency records by the users of the key's account.
const TablePolicies apiKeyTables[] = {
    {"api_keys", "account_id = ANY" CD_ADMIN,
     "account_id = ANY" CD_ADMIN " AND created_by = " CD_ME, "account_id = ANY" CD_ADMIN, nullptr},
    {"api_idempotency", "channeldesk_api_key_account(key_id) = ANY" CD_MY,
     "channeldesk_api_key_account(key_id) = ANY" CD_WRITING, nullptr,
     "channeldesk_api_key_account(key_id) = ANY" CD_WRITING},
};
constexpr int apiKeysVersion = 16;

// Migration 17. Web forms: seen by the users of their distributor account, published, changed
// and unpublished by its crm_admins, never deleted; the public route finds a live one by form and
// listing through channeldesk_web_form for any login.
const TablePolicies webFormTables[] = {
    {"web_forms", "account_id = ANY" CD_MY,
     "account_id = ANY" CD_ADMIN " AND published_by = " CD_ME, "account_id = ANY" CD_ADMIN,
     nullptr},
};
constexpr int webFormsVersion = 17;

#undef CD_SHARED
#undef CD_OWNED
#undef CD_OWNED_BY
#undef CD_LEAD_FITS

QStringList policiesOf(const TablePolicies& policies)
{
    const QString table = QString::fromLatin1(policies.table);
    QStringList statements{
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
        QStringLiteral("REVOKE ALL ON %1 FROM channeldesk_user").arg(table),
    };
    const struct {
        const char* command;
        const char* name;
        const char* condition;
        bool using_;
        bool check;
    } commands[] = {
        {"SELECT", "read", policies.select, true, false},
        {"INSERT", "insert", policies.insert, false, true},
        {"UPDATE", "update", policies.update, true, true},
        {"DELETE", "delete", policies.remove, true, false},
    };
    for (const auto& command : commands) {
        const QString name =
            QStringLiteral("channeldesk_%1").arg(QString::fromLatin1(command.name));
        statements << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table);
        if (!command.condition)
            continue;
        const QString condition = QString::fromUtf8(command.condition);
        QString policy = QStringLiteral("CREATE POLICY %1 ON %2 FOR %3 TO channeldesk_user")
                             .arg(name, table, QString::fromLatin1(command.command));
        if (command.using_)
            policy += QStringLiteral(" USING (%1)").arg(condition);
        if (command.check)
            policy += QStringLiteral(" WITH CHECK (%1)").arg(condition);
        statements << policy
                   << QStringLiteral("GRANT %1 ON %2 TO channeldesk_user")
                          .arg(QString::fromLatin1(command.command), table);
    }
    return statements;
}

} // namespace

QStringList PostgresSecurity::tablesWithoutPolicies()
{
    return {QStringLiteral("search_deferrals"), QStringLiteral("lead_search_queue"),
            QStringLiteral("company_search_queue"), QStringLiteral("contact_search_queue")};
}

QStringList PostgresSecurity::statements(int schemaVersion)
{
    const bool apiKeys = schemaVersion < 0 || schemaVersion >= apiKeysVersion;
    QStringList statements{
        QStringLiteral("SET LOCAL client_min_messages = warning"), // no "does not exist, skipping"
        // Two databases of one cluster may be set up at the same moment.
        QStringLiteral(R"(DO $body$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'channeldesk_user') THEN
                BEGIN
                    CREATE ROLE channeldesk_user NOLOGIN;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                END;
            END IF;
        END $body$)"),
        QStringLiteral("DO $body$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO "
                       "channeldesk_user', current_schema()); END $body$"),
    };
    for (const auto& function : functions)
        statements << definer(function[0], function[1]);
    statements << QString::fromUtf8(eventObjectVisible) << QString::fromUtf8(setLogin)
               << QStringLiteral(
                      "REVOKE ALL ON FUNCTION channeldesk_set_login(text, text) FROM PUBLIC")
               << QStringLiteral("GRANT EXECUTE ON FUNCTION channeldesk_set_login(text, text) TO "
                                 "channeldesk_user");
    statements << QString::fromUtf8(userWithEmail)
               << QStringLiteral("REVOKE ALL ON FUNCTION channeldesk_user_with_email(text) FROM "
                                 "PUBLIC")
               << QStringLiteral("GRANT EXECUTE ON FUNCTION channeldesk_user_with_email(text) TO "
                                 "channeldesk_user");
    if (apiKeys) {
        statements << definer("channeldesk_api_key_account(api_key text) RETURNS text",
                              "SELECT account_id FROM api_keys WHERE id = api_key")
                   << QString::fromUtf8(apiKeyIdentity) << QString::fromUtf8(apiKeyUsed);
        for (const char* function :
             {"channeldesk_api_key_identity(text)", "channeldesk_api_key_used(text, bigint)"})
            statements << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC")
                              .arg(QString::fromLatin1(function))
                       << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO channeldesk_user")
                              .arg(QString::fromLatin1(function));
    }
    const bool webForms = schemaVersion < 0 || schemaVersion >= webFormsVersion;
    if (webForms)
        statements << QString::fromUtf8(webForm)
                   << QStringLiteral(
                          "REVOKE ALL ON FUNCTION channeldesk_web_form(text, text) FROM PUBLIC")
                   << QStringLiteral("GRANT EXECUTE ON FUNCTION channeldesk_web_form(text, text) "
                                     "TO channeldesk_user")
                   << QStringLiteral("ALTER VIEW published_web_forms SET (security_invoker = "
                                     "true)")
                   << QStringLiteral("REVOKE ALL ON published_web_forms FROM channeldesk_user");
    for (const char* statement : leadsDecidedByVendor)
        statements << QString::fromUtf8(statement);
    for (const TablePolicies& table : tables)
        statements << policiesOf(table);
    if (apiKeys)
        for (const TablePolicies& table : apiKeyTables)
            statements << policiesOf(table);
    if (webForms)
        for (const TablePolicies& table : webFormTables)
            statements << policiesOf(table);
    for (const QString& table : tablesWithoutPolicies())
        statements << QStringLiteral("GRANT SELECT ON %1 TO channeldesk_user").arg(table);
    for (const char* view : {"lead_search_source", "contact_search_source"})
        statements << QStringLiteral("ALTER VIEW %1 SET (security_invoker = true)")
                          .arg(QString::fromLatin1(view))
                   << QStringLiteral("GRANT SELECT ON %1 TO channeldesk_user")
                          .arg(QString::fromLatin1(view));
    statements << QStringLiteral(
        "DO $body$ BEGIN EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO "
        "channeldesk_user', current_schema()); END $body$");
    return statements;
}
