#include "leads/LeadDirectory.h"

#include "directory/DirectoryChoices.h"
#include "leads/LeadSource.h"
#include "leads/LeadStatus.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace {

DirectoryColumn column(const char* key, const char* select, QList<DirectorySortTerm> sort = {},
                       const char* filter = "", const char* dayRange = "")
{
    return {QString::fromLatin1(key), QString::fromLatin1(select), std::move(sort),
            QString::fromLatin1(filter), QString::fromLatin1(dayRange)};
}

DirectorySortTerm term(const char* expression, bool noCase = false)
{
    return {QString::fromLatin1(expression), noCase};
}

Result<QList<DirectoryChoice>> leadChoices(const QSqlDatabase& database,
                                           const ActingContext& acting, const QString& column)
{
    if (column == QLatin1String("status"))
        return DirectoryChoices::fromEnum(leadStatuses);
    if (column == QLatin1String("source"))
        return DirectoryChoices::fromEnum(leadSources);
    if (column == QLatin1String("product"))
        return DirectoryChoices::fromSql(
            database, acting,
            QStringLiteral(
                "SELECT p.id, p.name FROM products p WHERE p.vendor_account_id = :account "
                "OR p.id IN (SELECT li.product_id FROM listings li "
                "JOIN marketplaces m ON m.id = li.marketplace_id WHERE m.owner_account_id = "
                ":account) "
                "ORDER BY p.name COLLATE NOCASE"));
    if (column == QLatin1String("marketplace"))
        return DirectoryChoices::fromSql(
            database, acting,
            QStringLiteral(
                "SELECT m.id, m.name FROM marketplaces m WHERE m.owner_account_id = :account "
                "OR m.id IN (SELECT li.marketplace_id FROM listings li "
                "JOIN products p ON p.id = li.product_id WHERE p.vendor_account_id = :account) "
                "ORDER BY m.name COLLATE NOCASE"));
    if (column == QLatin1String("owner"))
        return DirectoryChoices::fromSql(
            database, acting,
            QStringLiteral(
                "SELECT u.id, u.name FROM users u WHERE "
                "EXISTS (SELECT 1 FROM leads l WHERE l.owner_user_id = u.id "
                "AND l.vendor_account_id = :account) OR "
                "EXISTS (SELECT 1 FROM leads l WHERE l.owner_user_id = u.id "
                "AND l.distributor_account_id = :account) ORDER BY u.name COLLATE NOCASE"));
    return QList<DirectoryChoice>();
}

DirectorySpec leadSpec()
{
    DirectorySpec spec;
    spec.table = QStringLiteral("leads l");
    spec.rowId = QStringLiteral("l.rowid");
    spec.id = QStringLiteral("l.id");
    // Two indexed branches instead of one OR, so each uses its own index. The second leaves out
    // the leads the first already has; that check reads the lead row, so it goes on the branch
    // the account's role leaves (nearly) empty, and the other one is read from its index alone.
    spec.branchesFor = [](const ActingContext& acting) {
        const QString vendor = QStringLiteral("l.vendor_account_id = :account");
        const QString distributor = QStringLiteral("l.distributor_account_id = :account");
        if (acting.isVendorPortal())
            return QStringList{vendor, distributor +
                                           QStringLiteral(" AND l.vendor_account_id <> :account")};
        return QStringList{distributor,
                           vendor + QStringLiteral(" AND l.distributor_account_id <> :account")};
    };
    spec.joins = QStringLiteral("JOIN companies co ON co.id = l.company_id "
                                "JOIN contacts ct ON ct.id = l.contact_id "
                                "JOIN products p ON p.id = l.product_id "
                                "JOIN marketplaces m ON m.id = l.marketplace_id "
                                "JOIN accounts v ON v.id = l.vendor_account_id "
                                "LEFT JOIN users u ON u.id = l.owner_user_id");
    spec.searchCondition = QStringLiteral(
        "l.rowid IN (SELECT rowid FROM lead_search WHERE lead_search MATCH :search)");
    // Company, contact, product, marketplace and owner sort by the names the database copies
    // to the lead (migration 9), so that each sort has an index per branch.
    spec.columns = {
        column("id", "l.id", {term("l.id")}),
        column("name", "l.name", {term("l.name", true)}),
        column("company", "co.name", {term("l.company_sort", true)}),
        column("contact",
               "trim(ct.first_name || ' ' || CASE WHEN ct.middle_name <> '' "
               "THEN ct.middle_name || ' ' ELSE '' END || ct.last_name)",
               {term("l.contact_sort", true)}),
        column("source", "l.source", {term("l.source"), term("l.created_at")}, "l.source"),
        column("product", "p.name", {term("l.product_sort", true)}, "l.product_id"),
        column("marketplace", "m.name", {term("l.marketplace_sort", true)}, "l.marketplace_id"),
        column("status", "l.status", {term("l.status"), term("l.created_at")}, "l.status"),
        column("owner", "coalesce(u.name, '')", {term("l.owner_sort", true)}, "l.owner_user_id"),
        column("created", "l.created_at", {term("l.created_at")}, "", "l.created_at"),
        column("companyId", "l.company_id"),
        column("contactId", "l.contact_id"),
        column("productId", "l.product_id"),
        column("marketplaceId", "l.marketplace_id"),
        column("vendorId", "v.id"),
        column("vendorName", "v.name"),
    };
    spec.defaultSortColumn = QStringLiteral("created");
    spec.defaultDescending = true;
    spec.choices = leadChoices;
    return spec;
}

} // namespace

const DirectorySource& LeadDirectory::source()
{
    static const DirectorySource source(leadSpec());
    return source;
}

LeadDirectoryRow LeadDirectory::toRow(const DirectoryRow& directoryRow)
{
    const QVariantList& values = directoryRow.values;
    const auto text = [&values](Column column) { return values.value(column).toString(); };
    LeadDirectoryRow row;
    row.id = directoryRow.id;
    row.name = text(Name);
    row.company = text(Company);
    row.contact = text(Contact);
    row.sourceKey = text(Source);
    row.product = text(Product);
    row.marketplace = text(Marketplace);
    row.statusKey = text(Status);
    row.owner = text(Owner);
    row.createdAt = values.value(Created).toLongLong();
    row.companyId = text(CompanyId);
    row.contactId = text(ContactId);
    row.productId = text(ProductId);
    row.marketplaceId = text(MarketplaceId);
    row.vendorAccountId = text(VendorId);
    row.vendorName = text(VendorName);
    return row;
}

Result<QList<LeadDirectoryRow>> LeadDirectory::visibleTo(const QSqlDatabase& database,
                                                         const ActingContext& acting,
                                                         const DirectoryQuery& query)
{
    QList<LeadDirectoryRow> rows;
    auto read = source().forEach(database, acting, query, [&rows](const DirectoryRow& row) {
        rows << toRow(row);
        return true;
    });
    if (!read)
        return read.error();
    return rows;
}

Result<LeadDirectoryRow> LeadDirectory::find(const QSqlDatabase& database,
                                             const ActingContext& acting, const QString& leadId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT rowid, created_at FROM leads WHERE id = :lead "
                                 "AND (vendor_account_id = :account "
                                 "OR distributor_account_id = :account)"));
    query.bindValue(QStringLiteral(":lead"), leadId);
    query.bindValue(QStringLiteral(":account"), acting.accountId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     LeadDirectory::tr("There is no lead %1 in your portal.").arg(leadId)};
    // The lead's own position in the default order: the page starting there begins with it.
    const DirectoryKey key{{query.value(1)}, query.value(0).toLongLong()};
    auto page = source().page(database, acting, {}, key, true, 1);
    if (!page)
        return page.error();
    if (page.value().isEmpty() || page.value().first().id != leadId)
        return Error{ErrorCode::NotFound,
                     LeadDirectory::tr("There is no lead %1 in your portal.").arg(leadId)};
    return toRow(page.value().first());
}
