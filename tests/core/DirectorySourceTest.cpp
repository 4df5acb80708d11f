#include "TestWorkspace.h"

#include "demo/DemoVolume.h"
#include "demo/DemoWorkspace.h"
#include "directory/SearchText.h"
#include "leads/LeadDirectory.h"
#include "partners/PartnerDirectory.h"
#include "storage/SearchDeferral.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

struct BigDemo {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    ActingContext vendor = TestWorkspace::actingIn(*workspace, id(DemoWorkspace::demoVendorId));
    BigDemo() { REQUIRE(DemoVolume::add(db, 3000, 300)); }
};

/// While it lives, statements on the connection fail (SQLITE_INTERRUPT) after about
/// 100 × ticks SQLite instructions: a read that breaks off part way, as an I/O error would.
class FailingAfter {
public:
    FailingAfter(const QSqlDatabase& db, int ticks)
        : m_handle(*static_cast<sqlite3* const*>(db.driver()->handle().constData()))
        , m_left(ticks)
    {
        sqlite3_progress_handler(m_handle, 100, &FailingAfter::tick, this);
    }
    ~FailingAfter() { sqlite3_progress_handler(m_handle, 0, nullptr, nullptr); }
    int left() const { return m_left; }
    FailingAfter(const FailingAfter&) = delete;
    FailingAfter& operator=(const FailingAfter&) = delete;

private:
    static int tick(void* self) { return --static_cast<FailingAfter*>(self)->m_left <= 0 ? 1 : 0; }

    sqlite3* m_handle;
    int m_left;
};

QStringList idsOf(const QList<DirectoryRow>& rows)
{
    QStringList ids;
    for (const DirectoryRow& row : rows)
        ids << row.id;
    return ids;
}

/// Every row of the query read in windows of `window` rows, each from the previous one's key.
QList<DirectoryRow> readInWindows(const DirectorySource& source, const QSqlDatabase& db,
                                  const ActingContext& acting, const DirectoryQuery& query,
                                  int window)
{
    QList<DirectoryRow> rows;
    std::optional<DirectoryKey> from;
    for (;;) {
        auto page = source.page(db, acting, query, from, false, window);
        REQUIRE(page);
        rows << page.value();
        if (page.value().size() < window)
            return rows;
        from = page.value().last().key;
    }
}

QString plan(const QSqlDatabase& db, const DirectoryStatement& statement)
{
    QSqlQuery query(db);
    REQUIRE(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql));
    for (const auto& [name, value] : statement.bindings)
        query.bindValue(name, value);
    REQUIRE(query.exec());
    QStringList lines;
    while (query.next())
        lines << query.value(3).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Directory windows read by key cover every row once in order", "[core][directory]")
{
    BigDemo demo;
    const DirectorySource& source = LeadDirectory::source();
    for (const QString& sort :
         {QStringLiteral("created"), QStringLiteral("name"), QStringLiteral("status"),
          QStringLiteral("source"), QStringLiteral("id"), QStringLiteral("company"),
          QStringLiteral("contact"), QStringLiteral("product"), QStringLiteral("marketplace"),
          QStringLiteral("owner")}) {
        for (const bool descending : {false, true}) {
            INFO(sort.toStdString() << (descending ? " descending" : " ascending"));
            const DirectoryQuery query{sort, descending, {}, {}, {}};
            auto all = source.page(demo.db, demo.home, query, std::nullopt, false, 1'000'000);
            REQUIRE(all);
            auto count = source.count(demo.db, demo.home, query);
            REQUIRE(count);
            CHECK(all.value().size() == count.value());
            CHECK(count.value() > 1000);
            const QList<DirectoryRow> windows =
                readInWindows(source, demo.db, demo.home, query, 97);
            CHECK(idsOf(windows) == idsOf(all.value()));
            // In the sort's order: compare the visible value of the column.
            const int column = source.columnIndex(sort);
            for (qsizetype i = 1; i < windows.size(); ++i) {
                const QVariant a = windows[i - 1].values[column];
                const QVariant b = windows[i].values[column];
                const int order = a.typeId() == QMetaType::QString
                                      ? a.toString().compare(b.toString(), Qt::CaseInsensitive)
                                      : (a.toLongLong() < b.toLongLong() ? -1
                                         : a == b                        ? 0
                                                                         : 1);
                REQUIRE((descending ? order >= 0 : order <= 0));
            }
            auto last = source.lastPage(demo.db, demo.home, query, 50);
            REQUIRE(last);
            CHECK(idsOf(last.value()) == idsOf(all.value().mid(all.value().size() - 50)));
        }
    }
}

TEST_CASE("Bulk writes index every lead for search before they commit", "[core][directory][sqlite]")
{
    BigDemo demo;
    CHECK(
        TestWorkspace::count(*demo.workspace, QStringLiteral("SELECT count(*) FROM lead_search")) ==
        TestWorkspace::count(*demo.workspace, QStringLiteral("SELECT count(*) FROM leads")));
    CHECK(TestWorkspace::count(*demo.workspace,
                               QStringLiteral("SELECT count(*) FROM lead_search_queue")) == 0);
    CHECK(TestWorkspace::count(*demo.workspace,
                               QStringLiteral("SELECT count(*) FROM search_deferrals")) == 0);
    // A deferral rolled back with its transaction leaves nothing behind either.
    {
        Transaction transaction(demo.db);
        REQUIRE(SearchDeferral::begin(demo.db));
        QSqlQuery copy(demo.db);
        REQUIRE(copy.exec(QStringLiteral(
            "INSERT INTO leads(id, name, source, listing_id, product_id, marketplace_id, "
            "vendor_account_id, distributor_account_id, company_id, contact_id, "
            "selling_direction_id, created_by, created_at, updated_by, updated_at) "
            "SELECT 'LDR-000-000-001', 'Deferred lead', source, listing_id, product_id, "
            "marketplace_id, vendor_account_id, distributor_account_id, company_id, contact_id, "
            "selling_direction_id, created_by, created_at, updated_by, updated_at "
            "FROM leads LIMIT 1")));
        CHECK(TestWorkspace::count(*demo.workspace,
                                   QStringLiteral("SELECT count(*) FROM lead_search_queue")) == 1);
        REQUIRE(SearchDeferral::finish(demo.db));
        CHECK(TestWorkspace::count(
                  *demo.workspace,
                  QStringLiteral(
                      "SELECT count(*) FROM lead_search WHERE lead_search MATCH 'deferred'")) == 1);
    }
    CHECK(TestWorkspace::count(
              *demo.workspace,
              QStringLiteral(
                  "SELECT count(*) FROM lead_search WHERE lead_search MATCH 'deferred'")) == 0);
    CHECK(TestWorkspace::count(*demo.workspace,
                               QStringLiteral("SELECT count(*) FROM search_deferrals")) == 0);
}

TEST_CASE("A directory index gives the count and the key of every stride-th row",
          "[core][directory]")
{
    BigDemo demo;
    const DirectorySource& source = LeadDirectory::source();
    const DirectoryQuery query{QStringLiteral("name"), false, {}, {}, {}};
    auto all = source.page(demo.db, demo.vendor, query, std::nullopt, false, 1'000'000);
    REQUIRE(all);
    auto index = source.index(demo.db, demo.vendor, query, 128);
    REQUIRE(index);
    CHECK(index.value().count == all.value().size());
    CHECK(index.value().anchors.size() == (all.value().size() + 127) / 128);
    for (qsizetype i = 0; i < index.value().anchors.size(); ++i)
        REQUIRE(index.value().anchors[i] == all.value()[i * 128].key);
    auto everyRow = source.index(demo.db, demo.vendor, query, 1);
    REQUIRE(everyRow);
    CHECK(everyRow.value().anchors.size() == all.value().size());
    // The window starting at an anchor is the rows from that position on.
    const qsizetype lastAnchor = index.value().anchors.size() - 1;
    auto window =
        source.page(demo.db, demo.vendor, query, index.value().anchors[lastAnchor], true, 128);
    REQUIRE(window);
    CHECK(idsOf(window.value()) == idsOf(all.value().mid(lastAnchor * 128)));
    // Positions of objects in the same order.
    for (const qsizetype position : {qsizetype(0), qsizetype(777), all.value().size() - 1}) {
        auto found = source.positionOf(demo.db, demo.vendor, query, all.value()[position].id);
        REQUIRE(found);
        CHECK(found.value() == std::optional<qint64>(position));
    }
}

TEST_CASE("Directory filters and search keep only matching visible rows", "[core][directory]")
{
    BigDemo demo;
    const DirectorySource& source = LeadDirectory::source();
    DirectoryQuery query;
    query.filters.insert(QStringLiteral("status"), QStringLiteral("qualified"));
    auto qualified = LeadDirectory::visibleTo(demo.db, demo.home, query);
    REQUIRE(qualified);
    CHECK_FALSE(qualified.value().isEmpty());
    for (const LeadDirectoryRow& row : qualified.value())
        REQUIRE(row.statusKey == QStringLiteral("qualified"));
    CHECK(source.count(demo.db, demo.home, query).value() == qualified.value().size());

    const LeadDirectoryRow sample = qualified.value().first();
    query.filters.insert(QStringLiteral("product"), sample.productId);
    const auto narrowed = LeadDirectory::visibleTo(demo.db, demo.home, query);
    REQUIRE(narrowed);
    for (const LeadDirectoryRow& row : narrowed.value())
        REQUIRE(
            (row.productId == sample.productId && row.statusKey == QStringLiteral("qualified")));

    // Search: prefix of any word of the name, company, contact or e-mail; any case.
    DirectoryQuery search;
    search.search = sample.company.left(4).toUpper();
    auto found = LeadDirectory::visibleTo(demo.db, demo.home, search);
    REQUIRE(found);
    CHECK(std::any_of(found.value().cbegin(), found.value().cend(),
                      [&](const LeadDirectoryRow& row) { return row.id == sample.id; }));
    for (const LeadDirectoryRow& row : found.value())
        REQUIRE(QStringList{row.name, row.company, row.contact}
                    .join(QLatin1Char(' '))
                    .contains(QRegularExpression(QStringLiteral("\\b") + sample.company.left(4),
                                                 QRegularExpression::CaseInsensitiveOption)));
    search.search = sample.id;
    CHECK(idsOf(source.page(demo.db, demo.home, search, std::nullopt, false, 10).value()) ==
          QStringList{sample.id});

    // The vendor of another product does not find the distributor's other leads.
    search.search = QString();
    const auto vendorRows = LeadDirectory::visibleTo(demo.db, demo.vendor, search);
    REQUIRE(vendorRows);
    for (const LeadDirectoryRow& row : vendorRows.value())
        REQUIRE(row.vendorAccountId == id(DemoWorkspace::demoVendorId));
}

TEST_CASE("Full-text search follows renames and ignores case and accents", "[core][directory]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    auto rows = LeadDirectory::visibleTo(workspace->database(), home).value();
    const LeadDirectoryRow lead = rows.first();
    QSqlQuery rename(workspace->database());
    rename.prepare(QStringLiteral("UPDATE companies SET name = :name WHERE id = :id"));
    rename.bindValue(QStringLiteral(":name"), QStringLiteral("Café Zürich Ünited"));
    rename.bindValue(QStringLiteral(":id"), lead.companyId);
    REQUIRE(rename.exec());
    const auto search = [&](const QString& text) {
        return idsOf(LeadDirectory::source()
                         .page(workspace->database(), home, DirectoryQuery{{}, false, {}, {}, text},
                               std::nullopt, false, 100)
                         .value());
    };
    CHECK(search(QStringLiteral("zurich")).contains(lead.id));
    CHECK(search(QStringLiteral("CAFE zür")).contains(lead.id));
    CHECK(search(QStringLiteral("unit")).contains(lead.id));
    CHECK_FALSE(search(QStringLiteral("zurich nosuchword")).contains(lead.id));
    // Text that would be FTS5 syntax is searched as words, never run.
    for (const char* text :
         {"\"", "a OR b", "NEAR(", "*", "-", "col:x", "^", "'; DROP TABLE leads"})
        CHECK(LeadDirectory::source()
                  .page(workspace->database(), home,
                        DirectoryQuery{{}, false, {}, {}, QString::fromUtf8(text)}, std::nullopt,
                        false, 10)
                  .ok());
    CHECK(SearchText::toMatchQuery(QStringLiteral("  a\"b  c ")) ==
          QStringLiteral("\"a\"\"b\"* \"c\"*"));
    CHECK(SearchText::toMatchQuery(QStringLiteral(" - * ")).isEmpty());
    // One search row per lead, kept by the database.
    REQUIRE(TestWorkspace::count(*workspace,
                                 QStringLiteral("SELECT count(*) FROM lead_search WHERE id = ?"),
                                 {lead.id}) == 1);
}

TEST_CASE("Directory sorts and filters the UI offers use an index", "[core][directory][sqlite]")
{
    BigDemo demo;
    for (const auto& [source, acting] : {std::pair{&LeadDirectory::source(), demo.home},
                                         std::pair{&LeadDirectory::source(), demo.vendor},
                                         std::pair{&PartnerDirectory::source(), demo.home}}) {
        const QString table = source->spec().table.section(QLatin1Char(' '), 1);
        for (const DirectoryColumn& column : source->columns()) {
            QList<DirectoryQuery> queries;
            if (column.sortable())
                queries << DirectoryQuery{column.key, true, {}, {}, {}};
            if (column.filterable())
                queries << DirectoryQuery{{}, false, {{column.key, QStringLiteral("x")}}, {}, {}};
            if (column.takesDayRange()) {
                const QMap<QString, DirectoryRange> ranges{
                    {column.key, {QStringLiteral("2026-01-01"), QStringLiteral("2026-02-01")}}};
                queries << DirectoryQuery{{}, false, {}, ranges, {}}
                        << DirectoryQuery{{},
                                          false,
                                          {},
                                          {{column.key, {QStringLiteral("2026-01-01"), {}}}},
                                          {}}
                        << DirectoryQuery{QStringLiteral("name"), false, {}, ranges, {}};
            }
            for (const DirectoryQuery& query : queries) {
                const DirectoryQuery checked = source->checked(query).value();
                const int terms = static_cast<int>(
                    source->columns()[source->columnIndex(checked.sortColumn)].sort.size());
                DirectoryKey from;
                for (int i = 0; i < terms; ++i)
                    from.values << QVariant(QStringLiteral("m"));
                auto statement = source->pageStatement(acting, query, from, true, false, 128);
                REQUIRE(statement);
                const QString text = plan(demo.db, statement.value());
                INFO(column.key.toStdString() << "\n" << text.toStdString());
                CHECK_FALSE(text.contains(QStringLiteral("SCAN ") + table + QLatin1Char('\n')));
                CHECK_FALSE(text.endsWith(QStringLiteral("SCAN ") + table));
                CHECK(text.contains(QStringLiteral("USING")));
            }
        }
    }
}

TEST_CASE("Directory queries refuse columns they cannot sort or filter by", "[core][directory]")
{
    const DirectorySource& source = LeadDirectory::source();
    CHECK(source.checked(DirectoryQuery{QStringLiteral("vendorName"), false, {}, {}, {}})
              .error()
              .code == ErrorCode::Invalid);
    CHECK(
        source.checked(DirectoryQuery{QStringLiteral("l.id; DROP TABLE leads"), false, {}, {}, {}})
            .error()
            .code == ErrorCode::Invalid);
    CHECK(source
              .checked(DirectoryQuery{
                  {}, false, {{QStringLiteral("name"), QStringLiteral("x")}}, {}, {}})
              .error()
              .code == ErrorCode::Invalid);
    const auto defaulted = source.checked({});
    REQUIRE(defaulted);
    CHECK(defaulted.value().sortColumn == QStringLiteral("created"));
    CHECK(defaulted.value().descending);
}

TEST_CASE("Partner links follow partnerships and their status", "[core][directory]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    const auto statusOf = [&](const QString& accountId) {
        const auto partners = PartnerDirectory::of(workspace->database(), home);
        for (const PartnerDirectoryRow& row : partners.value())
            if (row.accountId == accountId)
                return row.statusKey;
        return QString();
    };
    const QString ingram = id(DemoWorkspace::ingramMicroId);
    const QString before = statusOf(ingram);
    REQUIRE_FALSE(before.isEmpty());
    QSqlQuery update(workspace->database());
    // A removed partner keeps no open contracts (the database refuses it otherwise).
    update.prepare(QStringLiteral("UPDATE contracts SET status = 'terminated' "
                                  "WHERE issuer_account_id = :me AND partner_account_id = :them "
                                  "AND status IN ('enrolling', 'pending', 'active')"));
    update.bindValue(QStringLiteral(":me"), home.accountId);
    update.bindValue(QStringLiteral(":them"), ingram);
    REQUIRE(update.exec());
    update.prepare(QStringLiteral("UPDATE partnerships SET status = 'removed' "
                                  "WHERE owner_account_id = :me AND partner_account_id = :them"));
    update.bindValue(QStringLiteral(":me"), home.accountId);
    update.bindValue(QStringLiteral(":them"), ingram);
    REQUIRE(update.exec());
    if (update.numRowsAffected() > 0)
        CHECK(statusOf(ingram) == QStringLiteral("removed"));
    DirectoryQuery removed;
    removed.filters.insert(QStringLiteral("status"), QStringLiteral("removed"));
    const auto removedRows = PartnerDirectory::of(workspace->database(), home, removed);
    REQUIRE(removedRows);
    for (const PartnerDirectoryRow& row : removedRows.value())
        CHECK(row.statusKey == QStringLiteral("removed"));
    DirectoryQuery named;
    named.search = QStringLiteral("ingr");
    CHECK(PartnerDirectory::of(workspace->database(), home, named).value().size() == 1);
}

TEST_CASE("A lead an account both sells and distributes is listed once", "[core][directory]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    for (const char* account : {DemoWorkspace::homeDistributorId, DemoWorkspace::demoVendorId}) {
        const ActingContext acting = TestWorkspace::actingIn(*workspace, id(account));
        const auto before = LeadDirectory::visibleTo(workspace->database(), acting);
        REQUIRE(before);
        REQUIRE_FALSE(before.value().isEmpty());
        // Make the first lead the account's on both sides.
        QSqlQuery both(workspace->database());
        both.prepare(
            QStringLiteral("UPDATE leads SET vendor_account_id = :a, distributor_account_id = :a "
                           "WHERE id = :id"));
        both.bindValue(QStringLiteral(":a"), acting.accountId);
        both.bindValue(QStringLiteral(":id"), before.value().first().id);
        REQUIRE(both.exec());
        const auto after = LeadDirectory::visibleTo(workspace->database(), acting);
        REQUIRE(after);
        QStringList ids;
        for (const LeadDirectoryRow& row : after.value())
            ids << row.id;
        CHECK(ids.size() == before.value().size());
        CHECK(ids.removeDuplicates() == 0);
        CHECK(LeadDirectory::source().count(workspace->database(), acting, {}).value() ==
              ids.size());
    }
}

TEST_CASE("A directory read that breaks off part way is an error and not a shorter list",
          "[core][directory][sqlite]")
{
    BigDemo demo;
    const DirectorySource& source = LeadDirectory::source();
    const DirectoryQuery all;
    auto rows = source.page(demo.db, demo.home, all, std::nullopt, true, 4096);
    REQUIRE(rows);
    REQUIRE(rows->size() > 1000);
    // Each read breaks off near its end (rows have been returned by then): after 95% of the
    // instructions it takes when it runs to the end.
    const auto nearTheEnd = [&demo](const std::function<void()>& read) {
        constexpr int plenty = 1'000'000;
        FailingAfter counting(demo.db, plenty);
        read();
        return (plenty - counting.left()) * 19 / 20;
    };
    const auto readPage = [&] {
        (void)source.page(demo.db, demo.home, all, std::nullopt, true, 4096);
    };
    const auto readIndex = [&] { (void)source.index(demo.db, demo.home, all, 128); };
    const int pageTicks = nearTheEnd(readPage);
    const int indexTicks = nearTheEnd(readIndex);
    REQUIRE(pageTicks > 10);
    REQUIRE(indexTicks > 10);
    {
        FailingAfter failing(demo.db, pageTicks);
        CHECK_FALSE(source.page(demo.db, demo.home, all, std::nullopt, true, 4096));
    }
    {
        // An export would otherwise end early and report success.
        FailingAfter failing(demo.db, pageTicks);
        qsizetype exported = 0;
        CHECK_FALSE(source.forEach(demo.db, demo.home, all, [&exported](const DirectoryRow&) {
            ++exported;
            return true;
        }));
        CHECK(exported < rows->size());
    }
    {
        FailingAfter failing(demo.db, indexTicks);
        CHECK_FALSE(source.index(demo.db, demo.home, all, 128));
    }
    // The connection reads normally again.
    CHECK(source.page(demo.db, demo.home, all, std::nullopt, true, 4096).value().size() ==
          rows->size());
}
