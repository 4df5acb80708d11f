#include "TestWorkspace.h"

#include "demo/DemoVolume.h"
#include "demo/DemoWorkspace.h"
#include "directory/DayRange.h"
#include "leads/LeadDirectory.h"
#include "storage/SearchDeferral.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

QStringList idsOf(const QList<LeadDirectoryRow>& rows)
{
    QStringList ids;
    for (const LeadDirectoryRow& row : rows)
        ids << row.id;
    return ids;
}

QStringList found(const Workspace& workspace, const ActingContext& acting, const QString& text)
{
    DirectoryQuery query;
    query.search = text;
    auto rows = LeadDirectory::visibleTo(workspace.database(), acting, query);
    REQUIRE(rows);
    return idsOf(rows.value());
}

void run(const Workspace& workspace, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(workspace.database());
    REQUIRE(query.prepare(sql));
    for (const QVariant& value : values)
        query.addBindValue(value);
    INFO(sql.toStdString());
    REQUIRE(query.exec());
}

QString localDay(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).date().toString(Qt::ISODate);
}

/// The first rows of the lead directory sorted by column, ascending.
QList<LeadDirectoryRow> firstRows(const Workspace& workspace, const ActingContext& acting,
                                  const QString& column, int count)
{
    DirectoryQuery query;
    query.sortColumn = column;
    auto rows = LeadDirectory::source().page(workspace.database(), acting, query, std::nullopt,
                                             false, count);
    REQUIRE(rows);
    QList<LeadDirectoryRow> result;
    for (const DirectoryRow& row : rows.value())
        result << LeadDirectory::toRow(row);
    return result;
}

LeadDirectoryRow firstRow(const Workspace& workspace, const ActingContext& acting,
                          const QString& column)
{
    const QList<LeadDirectoryRow> rows = firstRows(workspace, acting, column, 1);
    REQUIRE(rows.size() == 1);
    return rows.first();
}

/// The demo workspace and its home distributor, whose Leads directory the tests read.
struct HomeDemo {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    ActingContext home = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
};

} // namespace

TEST_CASE("Lead search finds the company's TIN and the lead's description", "[core][directory]")
{
    HomeDemo demo;
    const std::unique_ptr<Workspace>& workspace = demo.workspace;
    const ActingContext& home = demo.home;
    auto all = LeadDirectory::visibleTo(workspace->database(), home);
    REQUIRE(all);
    // `export leads --search 7736050003`: the TIN of Northwind Traders, a visible lead's company.
    QStringList northwind;
    for (const LeadDirectoryRow& row : all.value())
        if (TestWorkspace::scalar(*workspace,
                                  QStringLiteral("SELECT tin FROM companies WHERE id = ?"),
                                  {row.companyId}) == QStringLiteral("7736050003"))
            northwind << row.id;
    REQUIRE_FALSE(northwind.isEmpty());
    CHECK(found(*workspace, home, QStringLiteral("7736050003")) == northwind);
    CHECK(found(*workspace, home, QStringLiteral("773605")) == northwind);
    CHECK(found(*workspace, home, QStringLiteral("7736050004")).isEmpty());

    // A new TIN is found at once, the old one no longer.
    const LeadDirectoryRow lead = all.value().first();
    const QString oldTin = TestWorkspace::scalar(
        *workspace, QStringLiteral("SELECT tin FROM companies WHERE id = ?"), {lead.companyId});
    REQUIRE_FALSE(oldTin.isEmpty());
    CHECK(found(*workspace, home, oldTin).contains(lead.id));
    run(*workspace, QStringLiteral("UPDATE companies SET tin = '500100732259' WHERE id = ?"),
        {lead.companyId});
    CHECK(found(*workspace, home, QStringLiteral("500100732259")).contains(lead.id));
    CHECK_FALSE(found(*workspace, home, oldTin).contains(lead.id));

    // The description, by any word or the start of one.
    run(*workspace, QStringLiteral("UPDATE leads SET description = ? WHERE id = ?"),
        {QStringLiteral("Wants a quarterly zebrafish rollout"), lead.id});
    CHECK(found(*workspace, home, QStringLiteral("zebrafish")) == QStringList{lead.id});
    CHECK(found(*workspace, home, QStringLiteral("ZEBRA quarter")) == QStringList{lead.id});
    run(*workspace, QStringLiteral("UPDATE leads SET description = 'plain' WHERE id = ?"),
        {lead.id});
    CHECK(found(*workspace, home, QStringLiteral("zebrafish")).isEmpty());

    // Leads written in bulk (search deferred to the end of the transaction) too.
    {
        Transaction transaction(workspace->database());
        REQUIRE(SearchDeferral::begin(workspace->database()));
        run(*workspace,
            QStringLiteral(
                "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
                "vendor_account_id, distributor_account_id, company_id, contact_id, "
                "selling_direction_id, description, created_by, created_at, updated_by, "
                "updated_at) SELECT 'LDR-000-000-002', 'Bulk lead', source, listing_id, "
                "product_id, marketplace_id, vendor_account_id, distributor_account_id, "
                "company_id, contact_id, selling_direction_id, 'narwhal tusk', created_by, "
                "created_at, updated_by, updated_at FROM leads WHERE id = ?"),
            {lead.id});
        REQUIRE(SearchDeferral::finish(workspace->database()));
        REQUIRE(transaction.commit());
    }
    CHECK(found(*workspace, home, QStringLiteral("narwhal")) == QStringList{id("LDR-000-000-002")});
    CHECK(found(*workspace, home, QStringLiteral("500100732259")).contains(id("LDR-000-000-002")));
}

TEST_CASE("The Created range keeps the leads of those local days", "[core][directory]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    REQUIRE(DemoVolume::add(workspace->database(), 2000, 0));
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    auto all = LeadDirectory::visibleTo(workspace->database(), home);
    REQUIRE(all);
    REQUIRE(all.value().size() > 1000);
    // Newest first: take days from the middle of the list.
    const QString from = localDay(all.value().at(all.value().size() * 3 / 4).createdAt);
    const QString to = localDay(all.value().at(all.value().size() / 4).createdAt);
    REQUIRE(from < to);
    const auto expected = [&](const QString& first, const QString& last) {
        QStringList ids;
        for (const LeadDirectoryRow& row : all.value()) {
            const QString day = localDay(row.createdAt);
            if ((first.isEmpty() || day >= first) && (last.isEmpty() || day <= last))
                ids << row.id;
        }
        return ids;
    };
    for (const DirectoryRange& range : {DirectoryRange{from, to}, DirectoryRange{from, from},
                                        DirectoryRange{from, {}}, DirectoryRange{{}, to}}) {
        INFO(range.from.toStdString() << " .. " << range.to.toStdString());
        DirectoryQuery query;
        query.ranges.insert(QStringLiteral("created"), range);
        auto rows = LeadDirectory::visibleTo(workspace->database(), home, query);
        REQUIRE(rows);
        const QStringList ids = idsOf(rows.value());
        CHECK(ids == expected(range.from, range.to));
        CHECK_FALSE(ids.isEmpty());
        CHECK(ids.size() < all.value().size());
        CHECK(LeadDirectory::source().count(workspace->database(), home, query).value() ==
              ids.size());
    }
    // An empty range is no filter.
    DirectoryQuery open;
    open.ranges.insert(QStringLiteral("created"), DirectoryRange{});
    CHECK(LeadDirectory::visibleTo(workspace->database(), home, open).value().size() ==
          all.value().size());
}

TEST_CASE("A Created range that is not two days in order is refused", "[core][directory]")
{
    const DirectorySource& source = LeadDirectory::source();
    const auto refused = [&source](const QString& column, const DirectoryRange& range) {
        DirectoryQuery query;
        query.ranges.insert(column, range);
        auto checked = source.checked(query);
        REQUIRE_FALSE(checked);
        CHECK(checked.error().code == ErrorCode::Invalid);
        return checked.error().message;
    };
    const QString created = QStringLiteral("created");
    for (const char* bad : {"2026-02-30", "2026-13-01", "2026-1-5", "05.01.2026", "yesterday",
                            "2026-01-05x", "20260105"}) {
        INFO(bad);
        const QString message = refused(created, {QString::fromLatin1(bad), {}});
        CHECK(message.contains(QString::fromLatin1(bad)));
        CHECK(message.contains(QStringLiteral("YYYY-MM-DD")));
        CHECK(refused(created, {{}, QString::fromLatin1(bad)}).contains(QString::fromLatin1(bad)));
    }
    const QString backwards =
        refused(created, {QStringLiteral("2026-03-05"), QStringLiteral("2026-03-01")});
    CHECK(backwards.contains(QStringLiteral("2026-03-05")));
    CHECK(backwards.contains(QStringLiteral("2026-03-01")));
    // Only columns with a range filter take one.
    CHECK_FALSE(refused(QStringLiteral("name"), {QStringLiteral("2026-03-01"), {}}).isEmpty());
    CHECK_FALSE(refused(QStringLiteral("x; DROP TABLE leads"), {QStringLiteral("2026-03-01"), {}})
                    .isEmpty());
    DirectoryQuery good;
    good.ranges.insert(created, {QStringLiteral("2026-03-01"), QStringLiteral("2026-03-01")});
    CHECK(source.checked(good));

    // The ends are whole local days: from the start of the first to the start of the day after
    // the last.
    auto days = DayRange::parse({QStringLiteral("2026-03-01"), QStringLiteral("2026-03-02")});
    REQUIRE(days);
    CHECK(days->startMs() == QDate(2026, 3, 1).startOfDay(Qt::LocalTime).toMSecsSinceEpoch());
    CHECK(days->endMs() == QDate(2026, 3, 3).startOfDay(Qt::LocalTime).toMSecsSinceEpoch());
    auto open = DayRange::parse({});
    REQUIRE(open);
    CHECK_FALSE(open->startMs());
    CHECK_FALSE(open->endMs());
}

TEST_CASE("Sorting by a related name follows renames and changes at once", "[core][directory]")
{
    HomeDemo demo;
    const std::unique_ptr<Workspace>& workspace = demo.workspace;
    const ActingContext& home = demo.home;
    auto all = LeadDirectory::visibleTo(workspace->database(), home);
    REQUIRE(all);
    REQUIRE(all.value().size() > 3);

    for (const char* column : {"company", "contact", "product", "marketplace", "owner", "id"})
        for (const bool descending : {false, true}) {
            INFO(column << (descending ? " descending" : ""));
            DirectoryQuery query;
            query.sortColumn = QString::fromLatin1(column);
            query.descending = descending;
            auto sorted = LeadDirectory::visibleTo(workspace->database(), home, query);
            REQUIRE(sorted);
            CHECK(sorted.value().size() == all.value().size());
            for (qsizetype i = 1; i < sorted.value().size(); ++i) {
                const auto value = [&](const LeadDirectoryRow& row) {
                    const QString key = QString::fromLatin1(column);
                    return key == QLatin1String("company")       ? row.company
                           : key == QLatin1String("contact")     ? row.contact
                           : key == QLatin1String("product")     ? row.product
                           : key == QLatin1String("marketplace") ? row.marketplace
                           : key == QLatin1String("owner")       ? row.owner
                                                                 : row.id;
                };
                const int order = value(sorted.value()[i - 1])
                                      .compare(value(sorted.value()[i]), Qt::CaseInsensitive);
                CHECK((descending ? order >= 0 : order <= 0));
            }
        }

    // The lead last by company comes first once its company is renamed to sort first (with
    // the other leads of that company).
    const QString lastByCompany =
        LeadDirectory::visibleTo(workspace->database(), home,
                                 DirectoryQuery{QStringLiteral("company"), true, {}, {}, {}})
            .value()
            .first()
            .id;
    const LeadDirectoryRow lead =
        LeadDirectory::find(workspace->database(), home, lastByCompany).value();
    run(*workspace, QStringLiteral("UPDATE companies SET name = 'Aaardvark Holdings' WHERE id = ?"),
        {lead.companyId});
    CHECK(firstRow(*workspace, home, QStringLiteral("company")).companyId == lead.companyId);
    CHECK(firstRow(*workspace, home, QStringLiteral("company")).company ==
          QStringLiteral("Aaardvark Holdings"));

    // Contact, product, marketplace and owner renames.
    run(*workspace,
        QStringLiteral("UPDATE contacts SET first_name = 'Aaron', middle_name = '', "
                       "last_name = 'Aab' WHERE id = ?"),
        {lead.contactId});
    CHECK(firstRow(*workspace, home, QStringLiteral("contact")).contactId == lead.contactId);
    CHECK(firstRow(*workspace, home, QStringLiteral("contact")).contact ==
          QStringLiteral("Aaron Aab"));
    run(*workspace, QStringLiteral("UPDATE products SET name = 'AAA Product' WHERE id = ?"),
        {lead.productId});
    CHECK(firstRow(*workspace, home, QStringLiteral("product")).productId == lead.productId);
    run(*workspace, QStringLiteral("UPDATE marketplaces SET name = 'AAA Market' WHERE id = ?"),
        {lead.marketplaceId});
    CHECK(firstRow(*workspace, home, QStringLiteral("marketplace")).marketplaceId ==
          lead.marketplaceId);
    const QString owner = TestWorkspace::scalar(
        *workspace,
        QStringLiteral("SELECT owner_user_id FROM leads WHERE owner_user_id IS NOT NULL "
                       "AND distributor_account_id = ? LIMIT 1"),
        {home.accountId});
    run(*workspace, QStringLiteral("UPDATE users SET name = 'Aaa Owner' WHERE id = ?"), {owner});
    {
        // Leads without an owner (an empty name) come before.
        QStringList owners;
        for (const LeadDirectoryRow& row :
             firstRows(*workspace, home, QStringLiteral("owner"), 1000))
            owners << row.owner;
        owners.removeAll(QString());
        REQUIRE_FALSE(owners.isEmpty());
        CHECK(owners.first() == QStringLiteral("Aaa Owner"));
    }

    // A lead moved to another company takes that company's place at once.
    const auto ofLeadsCompany = [&] {
        QStringList ids;
        for (const LeadDirectoryRow& row :
             firstRows(*workspace, home, QStringLiteral("company"), 1000))
            if (row.companyId == lead.companyId)
                ids << row.id;
        return ids;
    };
    const QStringList before = ofLeadsCompany();
    const LeadDirectoryRow other =
        LeadDirectory::find(workspace->database(), home, all.value().last().id).value();
    REQUIRE(other.companyId != lead.companyId);
    run(*workspace, QStringLiteral("UPDATE leads SET company_id = ?, contact_id = ? WHERE id = ?"),
        {lead.companyId, lead.contactId, other.id});
    const QStringList moved = ofLeadsCompany();
    CHECK(moved.size() == before.size() + 1);
    CHECK(firstRows(*workspace, home, QStringLiteral("company"), int(moved.size())).size() ==
          moved.size());
    QStringList firstOnes;
    for (const LeadDirectoryRow& row :
         firstRows(*workspace, home, QStringLiteral("company"), int(moved.size())))
        firstOnes << row.id;
    CHECK(firstOnes.contains(other.id));

    // The database keeps every key, whatever a writer puts there.
    run(*workspace,
        QStringLiteral("UPDATE leads SET company_sort = 'wrong', owner_sort = 'x' "
                       "WHERE id = ?"),
        {lead.id});
    run(*workspace,
        QStringLiteral(
            "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
            "vendor_account_id, distributor_account_id, company_id, contact_id, "
            "selling_direction_id, owner_user_id, created_by, created_at, updated_by, "
            "updated_at) SELECT 'LDR-000-000-003', 'New lead', source, listing_id, product_id, "
            "marketplace_id, vendor_account_id, distributor_account_id, company_id, contact_id, "
            "selling_direction_id, owner_user_id, created_by, created_at, updated_by, "
            "updated_at FROM leads WHERE id = ?"),
        {other.id});
    CHECK(
        TestWorkspace::count(
            *workspace,
            QStringLiteral(
                "SELECT count(*) FROM leads l JOIN companies co ON co.id = l.company_id "
                "JOIN contacts ct ON ct.id = l.contact_id "
                "JOIN products p ON p.id = l.product_id "
                "JOIN marketplaces m ON m.id = l.marketplace_id "
                "LEFT JOIN users u ON u.id = l.owner_user_id "
                "WHERE l.company_sort IS DISTINCT FROM co.name "
                "OR l.product_sort IS DISTINCT FROM p.name "
                "OR l.marketplace_sort IS DISTINCT FROM m.name "
                "OR l.owner_sort IS DISTINCT FROM coalesce(u.name, '') "
                "OR l.contact_sort IS DISTINCT FROM trim(ct.first_name || ' ' || CASE WHEN "
                "ct.middle_name <> '' THEN ct.middle_name || ' ' ELSE '' END || ct.last_name)")) ==
        0);
    CHECK(ofLeadsCompany().contains(id("LDR-000-000-003")));
}
