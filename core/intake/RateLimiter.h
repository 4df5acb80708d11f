#pragma once

#include <QHash>
#include <QString>

/// Token buckets, one per API key or visitor address: up to burst requests at once, then
/// perSecond on average. A key over its rate is told how long to wait (HTTP 429 with
/// Retry-After). A bucket left alone until it is full again is dropped (it is the same as a new
/// one), so a public service does not keep one per visitor for ever.
class RateLimiter {
public:
    explicit RateLimiter(int burst = 60, double perSecond = 20);

    /// Takes one request of key at nowMs (any steady clock): 0 when it may go ahead, otherwise
    /// the whole seconds (at least 1) until it may.
    int take(const QString& key, qint64 nowMs);
    /// How many buckets are kept.
    qsizetype size() const { return m_buckets.size(); }

    /// Buckets are looked over for dropping once there are this many.
    static constexpr qsizetype pruneThreshold = 1024;

private:
    /// Drops the buckets that have refilled completely by nowMs.
    void prune(qint64 nowMs);

    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    int m_burst;
    double m_perSecond;
    QHash<QString, Bucket> m_buckets;
    qsizetype m_pruneAt = pruneThreshold;
};
