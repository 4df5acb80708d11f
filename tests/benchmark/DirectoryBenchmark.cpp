#include "DirectoryBenchmark.h"

#include "MachineInfo.h"
#include "ProcessMemory.h"
#include "RawPostgresConnection.h"
#include "RawSqliteConnection.h"
#include "StockLeadTable.h"
#include "demo/DemoVolume.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadDirectory.h"
#include "leads/LeadService.h"
#include "server/WorkspacePush.h"
#include "session/Memberships.h"
#include "storage/ServerAddress.h"

#include "BenchmarkLeadModel.h"
#include "ImportFloor.h"
#include "ImportListing.h"
#include "LeadCsvFile.h"
#include "ModelProbe.h"
#include "OtherWriter.h"
#include "transfer/ImportMapping.h"
#include "transfer/LeadImport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

/// How often the second connection writes while the import runs.
constexpr int otherWriterIntervalMs = 100;

/// Hands freed heap back to the system, so resident sizes measure what is still in use.
void trimHeap()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

Result<QVariant> scalar(const QSqlDatabase& database, const QString& sql,
                        const QVariantList& values = {})
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{ErrorCode::Storage, query.lastError().text()};
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{ErrorCode::Storage, query.lastError().text()};
    if (!query.next())
        return Error{ErrorCode::NotFound, DirectoryBenchmark::tr("No row for: %1").arg(sql)};
    return query.value(0);
}

/// A lead draft the home distributor may create (as the lead service tests build one): one of
/// its listings without a lead form, an existing company and one of its contacts.
Result<LeadDraft> leadDraft(const QSqlDatabase& database, const ActingContext& acting)
{
    auto listing = scalar(
        database,
        QStringLiteral("SELECT l.id FROM listings l JOIN marketplaces m ON m.id = l.marketplace_id "
                       "WHERE m.owner_account_id = ? AND l.status = 'listed' AND NOT EXISTS ("
                       "SELECT 1 FROM lead_form_listings f JOIN lead_forms lf ON lf.id = f.form_id "
                       "WHERE f.listing_id = l.id AND lf.status = 'active') ORDER BY l.id LIMIT 1"),
        {acting.accountId});
    if (!listing)
        return listing.error();
    LeadDraft draft;
    draft.listingId = listing->toString();
    auto context = LeadCatalog::listing(database, draft.listingId);
    if (!context)
        return context.error();
    draft.formId = context->formId;
    draft.name = QStringLiteral("Benchmark lead");
    draft.sourceKey = QStringLiteral("call");
    QSqlQuery contact(database);
    if (!contact.exec(QStringLiteral("SELECT company_id, id FROM contacts "
                                     "WHERE company_id IS NOT NULL ORDER BY id LIMIT 1")) ||
        !contact.next())
        return Error{ErrorCode::NotFound, DirectoryBenchmark::tr("The workspace has no contact.")};
    draft.existingCompanyId = contact.value(0).toString();
    draft.existingContactId = contact.value(1).toString();
    auto direction = scalar(
        database, QStringLiteral("SELECT min(id) FROM selling_directions WHERE account_id = ?"),
        {acting.accountId});
    if (!direction)
        return direction.error();
    draft.sellingDirectionId = direction->toString();
    return draft;
}

/// The SQL copying lead :source under the ID :id: the floor of creating one lead.
DirectoryStatement rawLeadCopy(const QString& sourceId, const QString& newId)
{
    const QString columns = QStringLiteral(
        "name, source, listing_id, product_id, marketplace_id, vendor_account_id, "
        "distributor_account_id, form_id, lead_company_name, company_id, contact_id, campaign_id, "
        "selling_direction_id, service_or_product, description, owner_user_id, city, channel_id, "
        "custom_values, status, status_note, created_by, created_at, updated_by, updated_at");
    return {QStringLiteral("INSERT INTO leads(id, %1) SELECT :id, %1 FROM leads WHERE id = :source")
                .arg(columns),
            {{QStringLiteral(":id"), newId}, {QStringLiteral(":source"), sourceId}}};
}

/// The error of result, if any, without its value.
template <typename T> Result<void> succeeded(const Result<T>& result)
{
    if (!result)
        return result.error();
    return {};
}

Error failed(const QString& what, const Error& error)
{
    return Error{error.code, QStringLiteral("%1: %2").arg(what, error.message)};
}

} // namespace

DirectoryBenchmark::DirectoryBenchmark(BenchmarkOptions options)
    : m_options(std::move(options))
{
}

DirectoryBenchmark::~DirectoryBenchmark() = default;

void DirectoryBenchmark::progress(const QString& text) const
{
    QTextStream(stderr) << "directory_benchmark: " << text << Qt::endl;
}

Result<void> DirectoryBenchmark::timed(const QString& key, bool keep,
                                       const std::function<Result<void>()>& body)
{
    QElapsedTimer timer;
    timer.start();
    auto done = body();
    const double milliseconds = Samples::millisecondsSince(timer);
    if (!done)
        return failed(key, done.error());
    if (keep)
        m_samples[key].add(milliseconds);
    return {};
}

std::optional<double> DirectoryBenchmark::median(const QString& key) const
{
    const auto it = m_samples.constFind(key);
    if (it == m_samples.cend() || it->isEmpty())
        return std::nullopt;
    return it->median();
}

int DirectoryBenchmark::repetitions(const QString& key) const
{
    return m_samples.value(key).size();
}

int DirectoryBenchmark::run()
{
    QTextStream out(stdout);
    if (!m_scratch.isValid()) {
        progress(tr("No temporary folder: %1").arg(m_scratch.errorString()));
        return 1;
    }
    const std::function<Result<void>()> phases[] = {
        [this] { return prepareWorkspace(); }, [this] { return measureCore(); },
        [this] { return measureModel(); },     [this] { return measureScroll(); },
        [this] { return measureStock(); },     [this] { return measureWrites(); },
        [this] { return measureServer(); },
    };
    const bool server = !m_options.serverUrl.isEmpty();
    for (const auto& phase : phases) {
        const auto index = &phase - &phases[0];
        const bool reads = index >= 1 && index <= 4;
        if (m_options.writesOnly && reads)
            continue;
        // With a server: core and the floors on both engines, the server's import and push.
        if (server ? index >= 2 && index <= 5 : index == 6)
            continue;
        if (auto done = phase(); !done) {
            progress(tr("failed: %1").arg(done.error().message));
            m_workspace.reset();
            return 1;
        }
    }
    m_workspace.reset();
    m_report.setExtra(QStringLiteral("load_average_at_end"), MachineInfo::loadAverage());
    buildReport();
    m_report.printTable(out);
    out << m_report.jsonLine() << Qt::endl;
    return 0; // a generated workspace goes with m_scratch
}

Result<void> DirectoryBenchmark::prepareWorkspace()
{
    m_path = m_options.workspacePath.isEmpty()
                 ? m_scratch.filePath(QStringLiteral("bench.channeldesk"))
                 : QFileInfo(m_options.workspacePath).absoluteFilePath();
    const bool reused = QFileInfo::exists(m_path);
    m_generated = m_options.workspacePath.isEmpty();
    QElapsedTimer timer;
    timer.start();
    if (!reused) {
        progress(tr("generating %1 leads and %2 partners into %3 …")
                     .arg(m_options.leads)
                     .arg(m_options.partners)
                     .arg(m_path));
        auto created = DemoVolume::create(
            m_path, m_options.leads, m_options.partners, [this](qint64 done, qint64 total) {
                if (done % 100'000 == 0 || done == total)
                    progress(QStringLiteral("generated %1 of %2").arg(done).arg(total));
            });
        if (!created)
            return failed(tr("generating the workspace"), created.error());
        m_report.setExtra(QStringLiteral("generate_s"), Samples::millisecondsSince(timer) / 1000);
        trimHeap();
    }
    // The first open migrates an older file; opening it once here keeps that out of the figures
    // and warms the operating system's file cache (every figure below is a warm-cache figure).
    timer.restart();
    auto opened = Workspace::open(m_path);
    if (!opened)
        return failed(tr("opening the workspace"), opened.error());
    m_workspace = std::move(opened).value();
    m_report.setExtra(QStringLiteral("first_open_ms"), Samples::millisecondsSince(timer));
    // A large file is checked for damage in the background; the figures below start after it.
    if (auto checked = m_workspace->waitForCheck(); !checked)
        return failed(tr("checking the workspace"), checked.error());
    m_report.setExtra(QStringLiteral("open_and_check_ms"), Samples::millisecondsSince(timer));
    const QSqlDatabase db = m_workspace->database();

    auto acting = Memberships::resolve(db, QString::fromLatin1(DemoWorkspace::homeUserId),
                                       QString::fromLatin1(DemoWorkspace::homeDistributorId));
    if (!acting)
        return failed(tr("acting as the home distributor"), acting.error());
    m_acting = acting.value();

    m_search = m_options.search;
    if (m_search.isEmpty()) {
        // The first word of the name of a company the acting account has leads of.
        auto name = scalar(
            db,
            QStringLiteral("SELECT co.name FROM leads l JOIN companies co ON co.id = l.company_id "
                           "WHERE l.distributor_account_id = ? "
                           "AND l.rowid >= (SELECT max(rowid) / 2 FROM leads) "
                           "ORDER BY l.rowid LIMIT 1"),
            {m_acting.accountId});
        if (!name)
            return failed(tr("choosing a search word"), name.error());
        m_search = name->toString().section(QLatin1Char(' '), 0, 0);
    }
    m_byName.sortColumn = QStringLiteral("name");
    m_byCompany.sortColumn = QStringLiteral("company");
    m_byOwner.sortColumn = QStringLiteral("owner");
    m_searched.search = m_search;

    auto visible = LeadDirectory::source().count(db, m_acting, {});
    if (!visible)
        return failed(tr("counting the visible leads"), visible.error());
    m_visibleLeads = visible.value();
    auto found = LeadDirectory::source().count(db, m_acting, m_searched);
    if (!found)
        return failed(tr("counting the leads found"), found.error());
    const auto total = [&db](const char* sql) {
        auto value = scalar(db, QString::fromLatin1(sql));
        return value ? value->toLongLong() : -1;
    };
    QFile file(m_path);
    m_report.setSection(
        QStringLiteral("workspace"),
        QJsonObject{{QStringLiteral("path"), m_path},
                    {QStringLiteral("reused"), reused},
                    {QStringLiteral("temporary"), m_generated},
                    {QStringLiteral("file_mib"), static_cast<double>(file.size()) / 1048576.0},
                    {QStringLiteral("leads"), total("SELECT count(*) FROM leads")},
                    {QStringLiteral("accounts"), total("SELECT count(*) FROM accounts")},
                    {QStringLiteral("partnerships"), total("SELECT count(*) FROM partnerships")},
                    {QStringLiteral("acting_account"), m_acting.accountId},
                    {QStringLiteral("acting_user"), m_acting.userId},
                    {QStringLiteral("visible_leads"), m_visibleLeads},
                    {QStringLiteral("search"), m_search},
                    {QStringLiteral("search_hits"), found.value()}});
    QJsonObject machine = MachineInfo::describe();
    auto qtSqlite = scalar(db, QStringLiteral("SELECT sqlite_version()"));
    machine.insert(QStringLiteral("sqlite_in_qt_driver"),
                   qtSqlite ? qtSqlite->toString() : QString());
    m_report.setSection(QStringLiteral("machine"), machine);
    m_report.setSection(QStringLiteral("options"),
                        QJsonObject{{QStringLiteral("leads"), m_options.leads},
                                    {QStringLiteral("partners"), m_options.partners},
                                    {QStringLiteral("repeat"), m_options.repeat},
                                    {QStringLiteral("creates"), m_options.creates},
                                    {QStringLiteral("import_rows"), m_options.importRows},
                                    {QStringLiteral("import_batch_ms"), m_options.importBatchMs},
                                    {QStringLiteral("window_rows"), m_options.windowRows},
                                    {QStringLiteral("stride"), m_options.stride},
                                    {QStringLiteral("scroll_step"), m_options.scrollStep}});
    progress(tr("workspace %1: %2 leads visible to %3, search \u201c%4\u201d finds %5")
                 .arg(m_path)
                 .arg(m_visibleLeads)
                 .arg(m_acting.accountName)
                 .arg(m_search)
                 .arg(found.value()));

    // The empty application: QApplication and the open workspace, nothing loaded yet.
    trimHeap();
    m_values[QStringLiteral("memory.empty_app")] = ProcessMemory::residentMiB();
    return {};
}

Result<void> DirectoryBenchmark::measureCore()
{
    progress(tr("core and raw SQLite floor …"));
    const DirectorySource& source = LeadDirectory::source();
    const QSqlDatabase db = m_workspace->database();
    const int window = m_options.windowRows;
    const DirectoryQuery byDefault;

    auto firstPage = source.pageStatement(m_acting, byDefault, std::nullopt, true, false, window);
    auto byName = source.pageStatement(m_acting, m_byName, std::nullopt, true, false, window);
    auto searched = source.pageStatement(m_acting, m_searched, std::nullopt, true, false, window);
    auto lastPage = source.pageStatement(m_acting, byDefault, std::nullopt, true, true, window);
    auto byCompany = source.pageStatement(m_acting, m_byCompany, std::nullopt, true, false, window);
    auto byOwner = source.pageStatement(m_acting, m_byOwner, std::nullopt, true, false, window);
    for (const auto* statement : {&firstPage, &byName, &searched, &lastPage, &byCompany, &byOwner})
        if (!*statement)
            return failed(tr("building a statement"), statement->error());

    RawSqliteConnection raw; // the floor's open connection (ChannelDesk's is m_workspace)
    if (auto opened = raw.open(m_path); !opened)
        return opened;

    // The directory index (built in the background by the model) and the window it gives for
    // the last row.
    DirectoryIndex index;
    std::optional<DirectoryStatement> lastWindow;
    const auto page = [&](const DirectoryQuery& query, const std::optional<DirectoryKey>& from,
                          int limit) -> Result<void> {
        auto rows = source.page(db, m_acting, query, from, true, limit);
        if (!rows)
            return rows.error();
        if (rows->isEmpty() && query.search.isEmpty() && m_visibleLeads > 0)
            return Error{ErrorCode::NotFound, tr("The page is empty.")};
        return {};
    };
    const auto runFloor = [&raw](const DirectoryStatement& statement) {
        return succeeded(raw.run(statement));
    };

    // Repetition 0 warms both connections' caches and is not kept.
    for (int rep = 0; rep <= m_options.repeat; ++rep) {
        std::unique_ptr<Workspace> opened;
        RawSqliteConnection fresh;
        const auto openFirstScreen = [&]() -> Result<void> {
            auto workspace = Workspace::open(m_path);
            if (!workspace)
                return workspace.error();
            opened = std::move(workspace).value();
            return succeeded(
                source.page(opened->database(), m_acting, byDefault, std::nullopt, true, window));
        };
        const auto openFloor = [&]() -> Result<void> {
            if (auto rawOpened = fresh.open(m_path); !rawOpened)
                return rawOpened;
            return succeeded(fresh.run(firstPage.value()));
        };
        const auto buildIndex = [&]() -> Result<void> {
            auto built = source.index(db, m_acting, byDefault, m_options.stride);
            if (!built)
                return built.error();
            index = std::move(built).value();
            if (index.anchors.isEmpty())
                return Error{ErrorCode::NotFound, tr("The directory is empty.")};
            // The statement the window holding the last row is read with.
            auto statement = source.pageStatement(m_acting, byDefault, index.anchors.last(), true,
                                                  false, index.stride);
            if (!statement)
                return statement.error();
            lastWindow = statement.value();
            return {};
        };
        // A page cache emptied before a floor run, as the model's loader connection has it after
        // building the previous sort's index: that scan evicts whatever the next sort reads.
        const auto emptyCache = [&raw] { return raw.exec(QStringLiteral("PRAGMA shrink_memory")); };
        const struct {
            const char* key;
            std::function<Result<void>()> body;
            std::function<Result<void>()> before = {};
        } steps[] = {
            {"core.open", openFirstScreen},
            {"floor.open", openFloor},
            {"core.index", buildIndex},
            {"core.count", [&] { return succeeded(source.count(db, m_acting, byDefault)); }},
            {"core.jump", [&] { return page(byDefault, index.anchors.last(), index.stride); }},
            {"floor.jump", [&] { return runFloor(*lastWindow); }},
            {"core.last_page",
             [&] { return succeeded(source.lastPage(db, m_acting, byDefault, window)); }},
            {"floor.last_page", [&] { return runFloor(lastPage.value()); }},
            {"core.sort", [&] { return page(m_byName, std::nullopt, window); }},
            {"floor.sort", [&] { return runFloor(byName.value()); }},
            {"core.search", [&] { return page(m_searched, std::nullopt, window); }},
            {"floor.search", [&] { return runFloor(searched.value()); }},
            {"core.sort_company", [&] { return page(m_byCompany, std::nullopt, window); }},
            {"floor.sort_company", [&] { return runFloor(byCompany.value()); }},
            {"core.sort_owner", [&] { return page(m_byOwner, std::nullopt, window); }},
            {"floor.sort_owner", [&] { return runFloor(byOwner.value()); }},
            {"floor.sort_company_cold", [&] { return runFloor(byCompany.value()); }, emptyCache},
            {"floor.sort_owner_cold", [&] { return runFloor(byOwner.value()); }, emptyCache},
        };
        for (const auto& step : steps) {
            if (step.before)
                if (auto ready = step.before(); !ready)
                    return ready;
            auto done = timed(QString::fromLatin1(step.key), rep > 0, step.body);
            opened.reset(); // closing is not part of the figure
            fresh.close();
            if (!done)
                return done;
        }
    }
    m_values[QStringLiteral("core.index_anchors")] = static_cast<double>(index.anchors.size());
    m_values[QStringLiteral("core.index_count")] = static_cast<double>(index.count);
    m_report.setExtra(QStringLiteral("floor_checksum"), QString::number(raw.checksum()));
    return {};
}

Result<void> DirectoryBenchmark::measureModel()
{
    progress(tr("DirectoryModel …"));
    const auto failure = [](const QString& what, const ModelProbe& probe) {
        return Error{ErrorCode::Storage,
                     tr("DirectoryModel, %1: %2")
                         .arg(what, probe.failure().isEmpty() ? tr("timed out") : probe.failure())};
    };
    QElapsedTimer timer;
    for (int rep = 0; rep <= m_options.repeat; ++rep) {
        const bool keep = rep > 0;
        BenchmarkLeadModel model;
        ModelProbe probe(&model);
        const auto counted = [&model, &probe] {
            return probe.count() >= 0 && model.rowCount() == probe.count();
        };

        // As the Leads window does: the query first, then open() starts the loader.
        timer.start();
        model.setQuery(DirectoryQuery());
        model.open(m_workspace, m_acting);
        if (!probe.waitUntil([&probe] { return probe.firstWindow(); }))
            return failure(tr("first window"), probe);
        if (keep)
            m_samples[QStringLiteral("model.open")].addSince(timer);
        if (!probe.waitUntil(counted))
            return failure(tr("count"), probe);
        if (keep)
            m_samples[QStringLiteral("model.index")].addSince(timer);
        if (probe.count() == 0)
            return Error{ErrorCode::NotFound, tr("The directory is empty.")};

        const int last = model.rowCount() - 1;
        timer.restart();
        if (!model.isServed(last) && !probe.waitForRow(last))
            return failure(tr("last row"), probe);
        if (!model.isServed(last))
            return failure(tr("last row not served after its window loaded"), probe);
        if (keep)
            m_samples[QStringLiteral("model.jump")].addSince(timer);

        // Each change once the previous query is settled (counted), as a user would make it. The
        // first sort by name reads pages the loader's connection has not cached yet; back to the
        // default order and to name again shows the same sort on a warm connection.
        const DirectoryQuery byDefault;
        const struct {
            const char* key;
            const DirectoryQuery* query;
        } changes[] = {{"model.sort", &m_byName},
                       {"model.search", &m_searched},
                       {"model.default", &byDefault},
                       {"model.sort_again", &m_byName},
                       {"model.sort_company", &m_byCompany},
                       {"model.sort_owner", &m_byOwner}};
        for (const auto& change : changes) {
            probe.reset();
            timer.restart();
            model.setQuery(*change.query);
            if (!probe.waitUntil([&probe] { return probe.firstWindow(); }))
                return failure(QString::fromLatin1(change.key), probe);
            if (keep)
                m_samples[QString::fromLatin1(change.key)].addSince(timer);
            if (!probe.waitUntil(counted))
                return failure(tr("count"), probe);
        }

        // A search typed while the previous query is still being counted (its index is built
        // on the same loader thread): not a table row, but what a quick user sees.
        probe.reset();
        model.setQuery(m_byName);
        if (!probe.waitUntil([&probe] { return probe.firstWindow(); }))
            return failure(tr("sort"), probe);
        probe.reset();
        timer.restart();
        model.setQuery(m_searched);
        if (!probe.waitUntil([&probe] { return probe.firstWindow(); }))
            return failure(tr("search while counting"), probe);
        if (keep)
            m_samples[QStringLiteral("model.search_while_counting")].addSince(timer);
    }
    return {};
}

Result<void> DirectoryBenchmark::measureScroll()
{
    progress(tr("scrolling the DirectoryModel end to end …"));
    BenchmarkLeadModel model;
    ModelProbe probe(&model);
    model.setQuery(DirectoryQuery());
    model.open(m_workspace, m_acting);
    if (!probe.waitUntil([&] { return probe.count() >= 0 && model.rowCount() == probe.count(); }))
        return Error{ErrorCode::Storage, tr("DirectoryModel, count: %1").arg(probe.failure())};
    const int rows = model.rowCount();
    trimHeap();
    const bool peakReset = ProcessMemory::resetPeak();
    const double before = ProcessMemory::residentMiB();
    double sampledPeak = before; // in case the kernel keeps VmHWM from earlier phases
    const int windowsBefore = probe.windowsLoaded();
    QElapsedTimer timer;
    timer.start();
    int asked = 0;
    for (qint64 row = 0; row < rows; row += m_options.scrollStep) {
        const int target = static_cast<int>(row);
        if (++asked % 64 == 0)
            sampledPeak = std::max(sampledPeak, ProcessMemory::residentMiB());
        if (model.isServed(target))
            continue;
        if (!probe.waitForRow(target) || !model.isServed(target))
            return Error{ErrorCode::Storage,
                         tr("DirectoryModel, row %1: %2").arg(target).arg(probe.failure())};
    }
    if (rows > 0 && !model.isServed(rows - 1) &&
        (!probe.waitForRow(rows - 1) || !model.isServed(rows - 1)))
        return Error{ErrorCode::Storage, tr("DirectoryModel, last row: %1").arg(probe.failure())};
    const double scrollMs = Samples::millisecondsSince(timer);
    const double after = ProcessMemory::residentMiB();
    const double peak = peakReset ? ProcessMemory::peakMiB() : std::max(sampledPeak, after);
    const double empty = m_values.value(QStringLiteral("memory.empty_app"));
    m_values[QStringLiteral("memory.model_after_scroll")] = after;
    m_values[QStringLiteral("memory.model_peak")] = peak;
    m_values[QStringLiteral("memory.model_delta")] = peak - empty;
    m_report.setExtra(
        QStringLiteral("scroll"),
        QJsonObject{{QStringLiteral("rows"), rows},
                    {QStringLiteral("rows_asked"), asked},
                    {QStringLiteral("windows_loaded"), probe.windowsLoaded() - windowsBefore},
                    {QStringLiteral("ms"), scrollMs},
                    {QStringLiteral("rss_before_mib"), before},
                    {QStringLiteral("rss_after_mib"), after},
                    {QStringLiteral("peak_mib"), peak},
                    {QStringLiteral("peak_from_vmhwm"), peakReset}});
    return {};
}

Result<void> DirectoryBenchmark::measureStock()
{
    progress(tr("QSqlTableModel …"));
    const QString account = m_acting.accountId;
    for (int rep = 0; rep <= m_options.repeat; ++rep) {
        const bool keep = rep > 0;
        StockLeadTable table(account);
        const auto openFirstScreen = [&]() -> Result<void> {
            if (auto opened = table.open(m_path); !opened)
                return opened;
            return table.select();
        };
        if (auto done = timed(QStringLiteral("stock.open"), keep, openFirstScreen); !done)
            return done;
        QElapsedTimer timer;
        timer.start();
        const int rowCount = table.rowCount();
        if (keep)
            m_samples[QStringLiteral("stock.row_count")].addSince(timer);
        m_values[QStringLiteral("stock.row_count_value")] = rowCount;

        const auto sortByName = [&] {
            table.sortByName();
            return table.select();
        };
        if (auto done = timed(QStringLiteral("stock.sort"), keep, sortByName); !done)
            return done;
        table.sortByCreated();
        const auto search = [&] {
            table.setSearch(m_search);
            return table.select();
        };
        if (auto done = timed(QStringLiteral("stock.search"), keep, search); !done)
            return done;
    }

    // Jumping to the last row: the stock model knows no row it has not fetched. Once: it reads
    // every visible lead, and what it keeps is the stock model's memory figure.
    trimHeap();
    const bool peakReset = ProcessMemory::resetPeak();
    {
        StockLeadTable table(account);
        if (auto opened = table.open(m_path); !opened)
            return opened;
        if (auto selected = table.select(); !selected)
            return selected;
        int rows = 0;
        const auto fetchEverything = [&]() -> Result<void> {
            rows = table.fetchAll();
            if (!table.firstCell(-1).isValid())
                return Error{ErrorCode::NotFound, tr("The last row has no value.")};
            return {};
        };
        if (auto done = timed(QStringLiteral("stock.jump"), true, fetchEverything); !done)
            return done;
        const double after = ProcessMemory::residentMiB();
        const double peak = peakReset ? std::max(after, ProcessMemory::peakMiB()) : after;
        m_values[QStringLiteral("memory.stock_after_fetch")] = after;
        m_values[QStringLiteral("memory.stock_peak")] = peak;
        m_values[QStringLiteral("memory.stock_delta")] =
            peak - m_values.value(QStringLiteral("memory.empty_app"));
        m_values[QStringLiteral("stock.rows_fetched")] = rows;
    }
    trimHeap();
    return {};
}

Result<void> DirectoryBenchmark::measureWrites()
{
    // Writes go to a copy, so a reused workspace stays as it was generated.
    progress(tr("copying the workspace for the writes …"));
    {
        QSqlQuery checkpoint(m_workspace->database());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QString copy = m_scratch.filePath(QStringLiteral("writes.channeldesk"));
    Workspace::removeFiles(copy);
    if (!QFile::copy(m_path, copy))
        return Error{ErrorCode::CannotCreate, tr("Could not copy %1 to %2.").arg(m_path, copy)};
    const QString wal = m_path + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0 && !QFile::copy(wal, copy + QStringLiteral("-wal")))
        return Error{ErrorCode::CannotCreate, tr("Could not copy %1.").arg(wal)};

    progress(tr("creating leads through core …"));
    {
        auto opened = Workspace::open(copy);
        if (!opened)
            return failed(tr("opening the copy"), opened.error());
        std::unique_ptr<Workspace> workspace = std::move(opened).value();
        if (auto checked = workspace->waitForCheck(); !checked)
            return failed(tr("checking the copy"), checked.error());
        const QSqlDatabase db = workspace->database();
        auto draft = leadDraft(db, m_acting);
        if (!draft)
            return failed(tr("building a lead draft"), draft.error());
        QString created;
        const auto create = [&]() -> Result<void> {
            auto id = LeadService::create(db, m_acting, draft.value());
            if (!id)
                return id.error();
            created = id.value();
            return {};
        };
        for (int i = 0; i <= m_options.creates; ++i)
            if (auto done = timed(QStringLiteral("core.create"), i > 0, create); !done)
                return done;

        RawSqliteConnection raw;
        if (auto rawOpened = raw.open(copy); !rawOpened)
            return rawOpened;
        DirectoryStatement insert;
        const auto insertCopy = [&]() -> Result<void> {
            if (auto begun = raw.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
                return begun;
            if (auto rows = raw.run(insert); !rows) {
                (void)raw.exec(QStringLiteral("ROLLBACK"));
                return rows.error();
            }
            return raw.exec(QStringLiteral("COMMIT"));
        };
        for (int i = 0; i <= m_options.creates; ++i) {
            insert = rawLeadCopy(created, QStringLiteral("BENCH-RAW-%1").arg(i));
            if (auto done = timed(QStringLiteral("floor.create"), i > 0, insertCopy); !done)
                return done;
        }
        raw.close();

        // The stock model re-selects the whole filtered, sorted table after each submitAll().
        StockLeadTable table(m_acting.accountId);
        if (auto tableOpened = table.open(copy); !tableOpened)
            return tableOpened;
        if (auto selected = table.select(); !selected)
            return selected;
        QString stockId;
        const auto submit = [&] { return table.insertCopy(created, stockId); };
        for (int i = 0; i <= m_options.repeat; ++i) {
            stockId = QStringLiteral("BENCH-QT-%1").arg(i);
            if (auto done = timed(QStringLiteral("stock.create"), i > 0, submit); !done)
                return done;
        }
    }
    auto imported = measureImport(copy);
    Workspace::removeFiles(copy);
    return imported;
}

Result<void> DirectoryBenchmark::measureImport(const QString& copyPath)
{
    const int rows = m_options.importRows;
    progress(tr("importing %1 CSV rows through core …").arg(rows));
    auto opened = Workspace::open(copyPath);
    if (!opened)
        return failed(tr("opening the copy"), opened.error());
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    if (auto checked = workspace->waitForCheck(); !checked)
        return failed(tr("checking the copy"), checked.error());
    std::optional<QSqlDatabase> db = workspace->database();
    auto csvFile = writeImportCsv(*db, m_acting);
    if (!csvFile)
        return csvFile.error();
    const QString& csv = csvFile->path;
    const QList<ImportListing>& listings = csvFile->listings;

    auto fields = LeadImport::fields(*db, m_acting);
    if (!fields)
        return failed(tr("import fields"), fields.error());
    const ImportMapping mapping = ImportMapping::fromHeader(LeadCsvFile::header(), fields.value());
    QElapsedTimer timer;
    timer.start();
    OtherWriter otherWriter(copyPath, otherWriterIntervalMs);
    auto report =
        LeadImport::importFile(*db, m_acting, csv, mapping, {},
                               ImportBatch{ImportBatch{}.maxRows, m_options.importBatchMs});
    const double importMs = Samples::millisecondsSince(timer);
    auto waits = otherWriter.stop();
    if (!waits)
        return failed(tr("writing beside the import"), waits.error());
    if (!report)
        return failed(tr("importing"), report.error());
    if (report->failure || report->imported != rows)
        return Error{ErrorCode::Storage,
                     tr("The import wrote %1 of %2 rows: %3\n%4")
                         .arg(report->imported)
                         .arg(rows)
                         .arg(report->summary(), report->problemsText().left(2000))};
    m_values[QStringLiteral("core.import_ms")] = importMs;
    m_values[QStringLiteral("core.import_rows_per_s")] = rows / (importMs / 1000);
    m_values[QStringLiteral("import.other_writer_writes")] = waits->size();
    m_values[QStringLiteral("import.other_writer_max_wait_ms")] = waits->maximum();
    m_values[QStringLiteral("import.other_writer_median_wait_ms")] = waits->median();
    db.reset(); // the connection goes with the workspace
    workspace.reset();

    const ImportFloor::Setup setup{
        copyPath,           rows,           ImportBatch{}.maxRows, listings, csvFile->direction,
        m_acting.accountId, m_acting.userId};
    progress(tr("writing the same records row by row through the C API \u2026"));
    auto floor = ImportFloor::rowByRow(setup);
    if (!floor)
        return failed(tr("raw import"), floor.error());
    m_values[QStringLiteral("floor.import_rows_per_s")] = floor.value();
    progress(tr("writing the same records with INSERT \u2026 SELECT \u2026"));
    auto ceiling = ImportFloor::setBased(setup);
    if (!ceiling)
        return failed(tr("set-based import"), ceiling.error());
    m_values[QStringLiteral("ceiling.import_rows_per_s")] = ceiling.value();
    return {};
}

Result<DirectoryBenchmark::ImportCsv>
DirectoryBenchmark::writeImportCsv(const QSqlDatabase& db, const ActingContext& acting)
{
    // The acting distributor's listed listings without a lead form (no custom field to fill).
    ImportCsv csv;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "SELECT l.id, p.id, m.id, p.vendor_account_id FROM listings l "
            "JOIN products p ON p.id = l.product_id JOIN marketplaces m ON m.id = l.marketplace_id "
            "WHERE m.owner_account_id = ? AND l.status = 'listed' AND NOT EXISTS ("
            "SELECT 1 FROM lead_form_listings f JOIN lead_forms lf ON lf.id = f.form_id "
            "WHERE f.listing_id = l.id AND lf.status = 'active') ORDER BY l.id"));
        query.addBindValue(acting.accountId);
        if (!query.exec())
            return Error{ErrorCode::Storage, query.lastError().text()};
        while (query.next())
            csv.listings << ImportListing{query.value(0).toString(), query.value(1).toString(),
                                          query.value(2).toString(), query.value(3).toString()};
    }
    auto direction =
        scalar(db, QStringLiteral("SELECT min(id) FROM selling_directions WHERE account_id = ?"),
               {acting.accountId});
    if (!direction)
        return failed(tr("choosing a selling direction"), direction.error());
    csv.direction = direction->toString();
    csv.path = m_scratch.filePath(QStringLiteral("import.csv"));
    if (auto written =
            LeadCsvFile::write(csv.path, m_options.importRows, csv.listings, csv.direction);
        !written)
        return failed(tr("writing the CSV file"), written.error());
    m_values[QStringLiteral("import.csv_mib")] =
        static_cast<double>(QFileInfo(csv.path).size()) / 1048576.0;
    return csv;
}

Result<void> DirectoryBenchmark::measureServer()
{
    auto address = ServerAddress::parse(m_options.serverUrl);
    if (!address)
        return failed(tr("the server's address"), address.error());
    const QString url = m_options.serverUrl;
    progress(tr("pushing %1 to %2 \u2026").arg(m_path, address->displayUrl()));
    {
        // The file's header current before push reads it.
        QSqlQuery checkpoint(m_workspace->database());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    qint64 shown = 0;
    auto pushed = WorkspacePush::push(m_path, url, [&](const WorkspacePush::Progress& step) {
        if (step.rowsCopied - shown >= 250'000 || step.rowsCopied == step.rowsTotal) {
            shown = step.rowsCopied;
            progress(tr("pushed %1 of %2 rows (%3)")
                         .arg(step.rowsCopied)
                         .arg(step.rowsTotal)
                         .arg(step.table));
        }
    });
    if (pushed) {
        m_values[QStringLiteral("pg.push_rows")] = static_cast<double>(pushed->rows);
        m_values[QStringLiteral("pg.push_s")] = static_cast<double>(pushed->milliseconds) / 1000;
        m_values[QStringLiteral("pg.push_rows_per_s")] =
            static_cast<double>(pushed->rows) / (qMax<qint64>(1, pushed->milliseconds) / 1000.0);
        m_values[QStringLiteral("pg.push_leads_per_s")] =
            static_cast<double>(pushed->rowsByTable.value(QStringLiteral("leads"))) /
            (qMax<qint64>(1, pushed->milliseconds) / 1000.0);
    } else if (pushed.error().code == ErrorCode::AlreadyExists) {
        progress(tr("%1: measuring the workspace it holds").arg(pushed.error().message));
    } else {
        return failed(tr("pushing the workspace"), pushed.error());
    }

    auto opened = Workspace::open(url);
    if (!opened)
        return failed(tr("opening the team workspace"), opened.error());
    const std::shared_ptr<Workspace> server = std::move(opened).value();
    const QSqlDatabase db = server->database();
    auto resolved = Memberships::resolve(db, QString::fromLatin1(DemoWorkspace::homeUserId),
                                         QString::fromLatin1(DemoWorkspace::homeDistributorId));
    if (!resolved)
        return failed(tr("acting as the home distributor on the server"), resolved.error());
    const ActingContext acting = resolved.value();
    const DirectorySource& source = LeadDirectory::source();
    const int window = m_options.windowRows;
    const DirectoryQuery byDefault;
    auto visible = source.count(db, acting, byDefault);
    if (!visible)
        return failed(tr("counting the visible leads on the server"), visible.error());
    m_values[QStringLiteral("pg.visible_leads")] = static_cast<double>(visible.value());
    QSqlQuery version(db);
    if (version.exec(QStringLiteral("SELECT version()")) && version.next())
        m_report.setExtra(QStringLiteral("postgresql"), version.value(0).toString());
    progress(
        tr("PostgreSQL core and raw libpq floor (%1 leads visible) \u2026").arg(visible.value()));

    auto firstPage = source.pageStatement(acting, byDefault, std::nullopt, true, false, window);
    auto byName = source.pageStatement(acting, m_byName, std::nullopt, true, false, window);
    auto searched = source.pageStatement(acting, m_searched, std::nullopt, true, false, window);
    auto byCompany = source.pageStatement(acting, m_byCompany, std::nullopt, true, false, window);
    auto byOwner = source.pageStatement(acting, m_byOwner, std::nullopt, true, false, window);
    for (const auto* statement : {&firstPage, &byName, &searched, &byCompany, &byOwner})
        if (!*statement)
            return failed(tr("building a statement"), statement->error());
    RawPostgresConnection raw;
    if (auto rawOpened = raw.open(address.value()); !rawOpened)
        return rawOpened;

    DirectoryIndex index;
    std::optional<DirectoryStatement> lastWindow;
    const auto page = [&](const DirectoryQuery& query, const std::optional<DirectoryKey>& from,
                          int limit) -> Result<void> {
        auto rows = source.page(db, acting, query, from, true, limit);
        if (!rows)
            return rows.error();
        if (rows->isEmpty() && query.search.isEmpty() && visible.value() > 0)
            return Error{ErrorCode::NotFound, tr("The page is empty.")};
        return {};
    };
    const auto runFloor = [&raw](const DirectoryStatement& statement) {
        return succeeded(raw.run(statement));
    };
    for (int rep = 0; rep <= m_options.repeat; ++rep) {
        std::unique_ptr<Workspace> reopened;
        RawPostgresConnection fresh;
        const auto openFirstScreen = [&]() -> Result<void> {
            auto workspace = Workspace::open(url);
            if (!workspace)
                return workspace.error();
            reopened = std::move(workspace).value();
            return succeeded(
                source.page(reopened->database(), acting, byDefault, std::nullopt, true, window));
        };
        const auto openFloor = [&]() -> Result<void> {
            if (auto rawOpened = fresh.open(address.value()); !rawOpened)
                return rawOpened;
            return succeeded(fresh.run(firstPage.value()));
        };
        const auto buildIndex = [&]() -> Result<void> {
            auto built = source.index(db, acting, byDefault, m_options.stride);
            if (!built)
                return built.error();
            index = std::move(built).value();
            if (index.anchors.isEmpty())
                return Error{ErrorCode::NotFound, tr("The directory is empty.")};
            auto statement = source.pageStatement(acting, byDefault, index.anchors.last(), true,
                                                  false, index.stride);
            if (!statement)
                return statement.error();
            lastWindow = statement.value();
            return {};
        };
        const struct {
            const char* key;
            std::function<Result<void>()> body;
        } steps[] = {
            {"pg.core.open", openFirstScreen},
            {"pg.floor.open", openFloor},
            {"pg.core.first_page", [&] { return page(byDefault, std::nullopt, window); }},
            {"pg.floor.first_page", [&] { return runFloor(firstPage.value()); }},
            {"pg.core.index", buildIndex},
            {"pg.core.jump", [&] { return page(byDefault, index.anchors.last(), index.stride); }},
            {"pg.floor.jump", [&] { return runFloor(*lastWindow); }},
            {"pg.core.sort", [&] { return page(m_byName, std::nullopt, window); }},
            {"pg.floor.sort", [&] { return runFloor(byName.value()); }},
            {"pg.core.search", [&] { return page(m_searched, std::nullopt, window); }},
            {"pg.floor.search", [&] { return runFloor(searched.value()); }},
            {"pg.core.sort_company", [&] { return page(m_byCompany, std::nullopt, window); }},
            {"pg.floor.sort_company", [&] { return runFloor(byCompany.value()); }},
            {"pg.core.sort_owner", [&] { return page(m_byOwner, std::nullopt, window); }},
            {"pg.floor.sort_owner", [&] { return runFloor(byOwner.value()); }},
        };
        for (const auto& step : steps) {
            auto done = timed(QString::fromLatin1(step.key), rep > 0, step.body);
            reopened.reset();
            fresh.close();
            if (!done)
                return done;
        }
    }
    m_report.setExtra(QStringLiteral("pg_floor_checksum"), QString::number(raw.checksum()));
    raw.close();
    return measureServerImport(db, acting);
}

Result<void> DirectoryBenchmark::measureServerImport(const QSqlDatabase& db,
                                                     const ActingContext& acting)
{
    progress(tr("importing %1 CSV rows into the team workspace \u2026").arg(m_options.importRows));
    auto csv = writeImportCsv(db, acting);
    if (!csv)
        return csv.error();
    auto fields = LeadImport::fields(db, acting);
    if (!fields)
        return failed(tr("import fields"), fields.error());
    const ImportMapping mapping = ImportMapping::fromHeader(LeadCsvFile::header(), fields.value());
    QElapsedTimer timer;
    timer.start();
    auto report =
        LeadImport::importFile(db, acting, csv->path, mapping, {},
                               ImportBatch{ImportBatch{}.maxRows, m_options.importBatchMs});
    const double importMs = Samples::millisecondsSince(timer);
    if (!report)
        return failed(tr("importing into the team workspace"), report.error());
    if (report->failure || report->imported != m_options.importRows)
        return Error{ErrorCode::Storage, tr("The import wrote %1 of %2 rows: %3")
                                             .arg(report->imported)
                                             .arg(m_options.importRows)
                                             .arg(report->summary())};
    m_values[QStringLiteral("pg.import_ms")] = importMs;
    m_values[QStringLiteral("pg.import_rows_per_s")] = m_options.importRows / (importMs / 1000);
    return {};
}

void DirectoryBenchmark::addServerRows()
{
    using Unit = BenchmarkRow::Unit;
    const struct {
        const char* key;
        const char* what;
        QString operation;
        std::optional<double> maxValue;
    } operations[] = {
        {"pg_open_first_screen_core", "open", tr("open \u2192 first screen"), 50.0},
        {"pg_first_screen_connected_core", "first_page", tr("first screen, connection open"), 50.0},
        {"pg_jump_last_row_core", "jump", tr("jump to the last row"), std::nullopt},
        {"pg_change_sort_core", "sort", tr("change sort \u2192 name"), std::nullopt},
        {"pg_search_core", "search", QStringLiteral("search \u201c%1\u201d").arg(m_search), 50.0},
        {"pg_change_sort_company_core", "sort_company", tr("change sort \u2192 company"),
         std::nullopt},
        {"pg_change_sort_owner_core", "sort_owner", tr("change sort \u2192 owner"), std::nullopt},
    };
    for (const auto& operation : operations) {
        const QString what = QString::fromLatin1(operation.what);
        BenchmarkRow line;
        line.key = QString::fromLatin1(operation.key);
        line.operation = operation.operation + tr(" (core, PostgreSQL)");
        line.ours = median(QStringLiteral("pg.core.") + what);
        line.floor = median(QStringLiteral("pg.floor.") + what);
        line.repetitions = repetitions(QStringLiteral("pg.core.") + what);
        line.maxFloorRatio = 2;
        line.maxValue = operation.maxValue;
        if (line.key == QLatin1String("pg_open_first_screen_core"))
            line.note = tr("PostgreSQL rows: floor = the same statement through raw libpq "
                           "(PQexecParams); open = a new connection (password authentication, "
                           "SCRAM) and the first page, on both sides");
        m_report.add(line);
    }
    const auto figure = [this](const char* key) -> std::optional<double> {
        if (const QString name = QString::fromLatin1(key); m_values.contains(name))
            return m_values.value(name);
        return std::nullopt;
    };
    BenchmarkRow index;
    index.key = QStringLiteral("pg_build_index_background");
    index.operation = tr("build index (background, PostgreSQL)");
    index.ours = median(QStringLiteral("pg.core.index"));
    index.repetitions = repetitions(QStringLiteral("pg.core.index"));
    m_report.add(index);
    BenchmarkRow import;
    import.key = QStringLiteral("pg_import_csv");
    import.operation = tr("import %L1 CSV rows (PostgreSQL)").arg(m_options.importRows);
    import.unit = Unit::RowsPerSecond;
    import.ours = figure("pg.import_rows_per_s");
    import.minValue = 100'000;
    import.note = tr("LeadImport::importFile (what `channeldesk import leads` runs) into the team "
                     "workspace");
    m_report.add(import);
    BenchmarkRow push;
    push.key = QStringLiteral("pg_server_push");
    push.operation = tr("server push (rows of every table)");
    push.unit = Unit::RowsPerSecond;
    push.ours = figure("pg.push_rows_per_s");
    push.note = tr("WorkspacePush of the workspace file into the empty database: %1 rows in %2 s, "
                   "schema, triggers off, derived rows and sequences included")
                    .arg(m_values.value(QStringLiteral("pg.push_rows")))
                    .arg(m_values.value(QStringLiteral("pg.push_s")), 0, 'f', 1);
    m_report.add(push);
}

void DirectoryBenchmark::buildReport()
{
    using Unit = BenchmarkRow::Unit;
    const auto row = [&](const char* key, const QString& operation, const char* ours,
                         const char* floorKey, const char* stockKey) {
        BenchmarkRow line;
        line.key = QString::fromLatin1(key);
        line.operation = operation;
        line.ours = median(QString::fromLatin1(ours));
        if (floorKey)
            line.floor = median(QString::fromLatin1(floorKey));
        if (stockKey) {
            line.stock = median(QString::fromLatin1(stockKey));
            line.stockRepetitions = repetitions(QString::fromLatin1(stockKey));
        }
        line.repetitions = repetitions(QString::fromLatin1(ours));
        return line;
    };
    const QString search = QStringLiteral("search \u201c%1\u201d").arg(m_search);

    for (const char* via : {"model", "core"}) {
        const bool model = qstrcmp(via, "model") == 0;
        const QString suffix = QStringLiteral(" (%1)").arg(QString::fromLatin1(via));
        const auto key = [via](const char* what) {
            return QStringLiteral("%1.%2").arg(QString::fromLatin1(via), QString::fromLatin1(what));
        };
        const QByteArray open = key("open").toLatin1();
        BenchmarkRow first = row(model ? "open_first_screen_model" : "open_first_screen_core",
                                 tr("open \u2192 first screen") + suffix, open.constData(),
                                 "floor.open", "stock.open");
        first.maxFloorRatio = 2;
        first.maxValue = 50;
        m_report.add(first);
    }
    {
        BenchmarkRow index = row("build_index_background", tr("build index (background)"),
                                 "core.index", nullptr, nullptr);
        index.note = tr("core index(): count + key of every %1th row; the model builds it after "
                        "the first window")
                         .arg(m_options.stride);
        m_report.add(index);
        // ChannelDesk knows the exact count when the model's background index is built; the
        // stock model's rowCount() answers at once, but only with the rows fetched so far.
        const bool model = median(QStringLiteral("model.index")).has_value();
        BenchmarkRow count = row("row_count", tr("row count known"),
                                 model ? "model.index" : "core.count", nullptr, "stock.row_count");
        count.showSpeedup = false;
        count.note = tr("ChannelDesk: %1; stock: rowCount() right after select() says %2 of %3 "
                        "rows (SQLite gives Qt no size: the true count needs every row fetched, "
                        "see jump)")
                         .arg(model ? tr("from open() until the model's count (first window, "
                                         "then index)")
                                    : tr("core count()"))
                         .arg(m_values.value(QStringLiteral("stock.row_count_value")))
                         .arg(m_visibleLeads);
        m_report.add(count);
    }
    const struct {
        const char* key;
        const char* what;
        QString operation;
        const char* floorKey;
        const char* stockKey;
        std::optional<double> minSpeedup;
        std::optional<double> maxValue;
        const char* modelFloorKey = nullptr; ///< when the model's connection starts cold
    } operations[] = {
        {"jump_last_row", "jump", tr("jump to the last row"), "floor.jump", "stock.jump", 100.0,
         std::nullopt},
        {"change_sort", "sort", tr("change sort \u2192 name"), "floor.sort", "stock.sort",
         std::nullopt, std::nullopt},
        {"search", "search", search, "floor.search", "stock.search", std::nullopt, 50.0},
        // The stock model sorts the leads table's own columns only. The model changes to these
        // sorts right after building the index of the previous one, so its floor starts cold.
        {"change_sort_company", "sort_company", tr("change sort \u2192 company"),
         "floor.sort_company", nullptr, std::nullopt, std::nullopt, "floor.sort_company_cold"},
        {"change_sort_owner", "sort_owner", tr("change sort \u2192 owner"), "floor.sort_owner",
         nullptr, std::nullopt, std::nullopt, "floor.sort_owner_cold"},
    };
    for (const auto& operation : operations) {
        for (const char* via : {"model", "core"}) {
            const QByteArray ours =
                QStringLiteral("%1.%2")
                    .arg(QString::fromLatin1(via), QString::fromLatin1(operation.what))
                    .toLatin1();
            const QByteArray key = QByteArray(operation.key) + '_' + via;
            const bool coldModel = operation.modelFloorKey && qstrcmp(via, "model") == 0;
            BenchmarkRow line =
                row(key.constData(),
                    operation.operation + QStringLiteral(" (%1)").arg(QString::fromLatin1(via)),
                    ours.constData(), coldModel ? operation.modelFloorKey : operation.floorKey,
                    operation.stockKey);
            if (coldModel)
                line.note = tr("floor with an emptied page cache (PRAGMA shrink_memory), as the "
                               "model's loader connection is after building the previous sort's "
                               "index; the core row beside it is warm on both sides");
            line.maxFloorRatio = 2;
            line.minSpeedup = operation.minSpeedup;
            line.maxValue = operation.maxValue;
            m_report.add(line);
        }
    }
    {
        BenchmarkRow again =
            row("change_sort_again_model", tr("change sort \u2192 name, again (model)"),
                "model.sort_again", "floor.sort", "stock.sort");
        again.maxFloorRatio = 2;
        again.note = tr("the same sort after sorting by the default order: the loader's connection "
                        "has the pages cached, as the floor's and core's connections have");
        m_report.add(again);

        BenchmarkRow create = row("create_lead", tr("create one lead (core)"), "core.create",
                                  "floor.create", "stock.create");
        create.note = tr("floor: the same row copied by one INSERT in its own transaction; stock: "
                         "insertRecord() + submitAll(), which re-selects the table");
        m_report.add(create);

        const auto figure = [this](const char* key) -> std::optional<double> {
            if (const QString name = QString::fromLatin1(key); m_values.contains(name))
                return m_values.value(name);
            return std::nullopt;
        };
        BenchmarkRow import;
        import.key = QStringLiteral("import_csv");
        import.operation = tr("import %L1 CSV rows").arg(m_options.importRows);
        import.unit = Unit::RowsPerSecond;
        import.ours = figure("core.import_rows_per_s");
        import.floor = figure("floor.import_rows_per_s");
        import.minValue = 100'000;
        import.note = tr("LeadImport::importFile of a generated CSV (every 10th row a new "
                         "company and contact), validated by the wizard's rules; floor: "
                         "the same records, IDs and events row by row through prepared C "
                         "API statements, with the import's pragmas, batches and deferred "
                         "search");
        m_report.add(import);

        BenchmarkRow ceiling;
        ceiling.key = QStringLiteral("import_csv_vs_set_based");
        ceiling.operation = tr("import %L1 CSV rows vs set-based").arg(m_options.importRows);
        ceiling.unit = Unit::RowsPerSecond;
        ceiling.ours = import.ours;
        ceiling.floor = figure("ceiling.import_rows_per_s");
        ceiling.note = tr("floor here: the most this schema takes in, the same records built "
                          "beforehand (not timed) and written with one INSERT \u2026 SELECT per "
                          "table and batch");
        m_report.add(ceiling);

        for (const bool longest : {true, false}) {
            BenchmarkRow wait;
            wait.key = longest ? QStringLiteral("import_other_writer_max_wait")
                               : QStringLiteral("import_other_writer_median_wait");
            wait.operation = longest ? tr("another writer's wait during the import (max)")
                                     : tr("another writer's wait during the import (median)");
            wait.ours = figure(longest ? "import.other_writer_max_wait_ms"
                                       : "import.other_writer_median_wait_ms");
            if (longest)
                wait.maxValue = 2000;
            wait.note = tr("a second connection begins a small write transaction every %1 ms "
                           "while the import runs (%2 writes); its wait for the write lock")
                            .arg(otherWriterIntervalMs)
                            .arg(m_values.value(QStringLiteral("import.other_writer_writes")));
            m_report.add(wait);
        }

        BenchmarkRow memory;
        memory.key = QStringLiteral("memory_after_full_scroll");
        memory.operation = tr("memory after full scroll (over empty app)");
        memory.unit = Unit::MiB;
        memory.ours = figure("memory.model_delta");
        memory.stock = figure("memory.stock_delta");
        memory.maxValue = 150;
        memory.note = tr("peak resident size while scrolling (VmHWM) minus the empty app (%1 MiB); "
                         "stock: after fetching every row")
                          .arg(m_values.value(QStringLiteral("memory.empty_app")), 0, 'f', 1);
        m_report.add(memory);
    }

    if (!m_options.serverUrl.isEmpty()) {
        m_report.removeUnmeasured();
        addServerRows();
    }

    QJsonObject values;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        values.insert(it.key(), qRound64(it.value() * 1000) / 1000.0);
    m_report.setExtra(QStringLiteral("values"), values);
    QJsonObject medians;
    for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it)
        medians.insert(it.key(), QJsonObject{{QStringLiteral("median_ms"),
                                              qRound64(it->median() * 1000) / 1000.0},
                                             {QStringLiteral("n"), it->size()}});
    m_report.setExtra(QStringLiteral("samples"), medians);
}
