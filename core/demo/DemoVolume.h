#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

/// Grows a filled demo workspace to a realistic size (SPEC 7): many leads on the demo's listings
/// (with their companies and contacts) and many partners of the home distributor. Seeded, so the
/// same counts give the same workspace. Used by `--demo PATH --leads N --partners M` and by
/// benchmarks.
class DemoVolume {
    Q_DECLARE_TR_FUNCTIONS(DemoVolume)

public:
    static constexpr int maxLeads = 10'000'000;
    static constexpr int maxPartners = 1'000'000;

    /// progress(done, total) is called now and then; one transaction, nothing kept on error.
    static Result<void> add(const QSqlDatabase& database, int leads, int partners,
                            const std::function<void(qint64, qint64)>& progress = {});
    /// A new demo workspace at path grown by leads and partners; no file is left on failure.
    static Result<void> create(const QString& path, int leads, int partners,
                               const std::function<void(qint64, qint64)>& progress = {});
};
