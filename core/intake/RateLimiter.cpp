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
