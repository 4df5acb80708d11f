#pragma once

#include "BenchmarkOptions.h"
#include "BenchmarkReport.h"
#include "ImportListing.h"
#include "Samples.h"
#include "common/Result.h"
#include "directory/DirectoryQuery.h"
#include "session/ActingContext.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QMap>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

/// The directory benchmark of the scale issue (SPEC 7): on a generated workspace of a million
/// leads, times what a user does in the Leads directory of the home distributor through
/// ChannelDesk (the lazy DirectoryModel and the core DirectorySource), through the raw SQLite
/// C API running the very same statements (the floor) and through Qt's stock QSqlTableModel
/// (what a plain Qt application does); then writes, import and memory.
class DirectoryBenchmark {
    Q_DECLARE_TR_FUNCTIONS(DirectoryBenchmark)

public:
    explicit DirectoryBenchmark(BenchmarkOptions options);
    ~DirectoryBenchmark();

    /// Measures everything, prints the table and the JSON line; returns the exit code.
    int run();

private:
    Result<void> prepareWorkspace();
    Result<void> measureCore();
    Result<void> measureModel();
    Result<void> measureScroll();
    Result<void> measureStock();
    Result<void> measureWrites();
    Result<void> measureImport(const QString& copyPath);
    /// The same reads on a PostgreSQL copy of the workspace (--server) against raw libpq, the
    /// push that made it and an import into it.
    Result<void> measureServer();
    Result<void> measureServerImport(const QSqlDatabase& db, const ActingContext& acting);
    /// The generated CSV file of the import and what its rows refer to.
    struct ImportCsv {
        QString path;
        QList<ImportListing> listings;
        QString direction;
    };
    Result<ImportCsv> writeImportCsv(const QSqlDatabase& db, const ActingContext& acting);
    void addServerRows();
    void buildReport();

    /// Runs body, and adds its time to the samples of key when timed and body succeeded.
    Result<void> timed(const QString& key, bool keep, const std::function<Result<void>()>& body);
    std::optional<double> median(const QString& key) const;
    int repetitions(const QString& key) const;
    void progress(const QString& text) const;

    BenchmarkOptions m_options;
    QTemporaryDir m_scratch;
    QString m_path;
    bool m_generated = false;
    std::shared_ptr<Workspace> m_workspace;
    ActingContext m_acting;
    QString m_search;
    DirectoryQuery m_byName;
    DirectoryQuery m_byCompany; ///< sorts by a related record's name, copied to a sort key
    DirectoryQuery m_byOwner;
    DirectoryQuery m_searched;
    qint64 m_visibleLeads = 0;
    QMap<QString, Samples> m_samples;
    QMap<QString, double> m_values; ///< single figures (memory, counts)
    BenchmarkReport m_report;
};
