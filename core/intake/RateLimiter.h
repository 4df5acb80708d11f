#pragma once

#include <QHash>
#include <QString>

/// Token buckets, one per API key: up to burst requests at once, then perSecond on average. A
/// key over its rate is told how long to wait (HTTP 429 with Retry-After).
class RateLimiter {
public:
    explicit RateLimiter(int burst = 60, double perSecond = 20);

    /// Takes one request of key at nowMs (any steady clock): 0 when it may go ahead, otherwise
    /// the whole seconds (at least 1) until it may.
    int take(const QString& key, qint64 nowMs);

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    int m_burst;
    double m_perSecond;
    QHash<QString, Bucket> m_buckets;
};
