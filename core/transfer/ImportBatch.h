#pragma once

/// When an import commits: a batch ends after maxRows imported rows or maxMilliseconds,
/// whichever comes first. Large batches write each touched index page once per commit (100 000
/// rows into a million-lead workspace took 39 s in batches of 5 000 and 28 s in batches of
/// 50 000); the time limit keeps the write lock short enough for other writers (Create Lead, a
/// second import) to get in between two batches. A cancel loses at most one batch.
struct ImportBatch {
    int maxRows = 50'000;
    int maxMilliseconds = 1'000;
    /// After a batch the import leaves the workspace alone this long before it writes again:
    /// SQLite queues no one, and a writer waiting for the lock tries again every few ms (at most
    /// 25 ms apart in Transaction's wait), so without a pause the import would take the lock
    /// back at once and keep it.
    int pauseMilliseconds = 30;
};
