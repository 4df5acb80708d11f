#include "intake/RateLimiter.h"

#include <algorithm>
#include <cmath>

RateLimiter::RateLimiter(int burst, double perSecond)
    : m_burst(std::max(1, burst))
    , m_perSecond(std::max(0.001, perSecond))
{
}

int RateLimiter::take(const QString& key, qint64 nowMs)
{
    if (m_buckets.size() >= m_pruneAt)
        prune(nowMs);
    auto found = m_buckets.find(key);
    if (found == m_buckets.end())
        found = m_buckets.insert(key, Bucket{double(m_burst), nowMs});
    Bucket& bucket = found.value();
    const double elapsed = double(std::max<qint64>(0, nowMs - bucket.lastMs)) / 1000.0;
    bucket.tokens = std::min(double(m_burst), bucket.tokens + elapsed * m_perSecond);
    bucket.lastMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_perSecond)));
}

void RateLimiter::prune(qint64 nowMs)
{
    const double refillMs = double(m_burst) / m_perSecond * 1000.0;
    m_buckets.removeIf([nowMs, refillMs](const QHash<QString, Bucket>::iterator& it) {
        return double(nowMs - it.value().lastMs) >= refillMs;
    });
    // Look again only when the kept ones have doubled: pruning stays linear overall.
    m_pruneAt = std::max(pruneThreshold, m_buckets.size() * 2);
}
