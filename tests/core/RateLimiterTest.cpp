// The REST service's and web forms' rate limit: a token bucket per key or visitor address.
#include "intake/RateLimiter.h"

#include <catch2/catch.hpp>

TEST_CASE("A key may make burst requests at once, then perSecond, and is told how long to wait",
          "[intake][rate-limit]")
{
    RateLimiter limiter(3, 2);
    for (int i = 0; i < 3; ++i)
        CHECK(limiter.take(QStringLiteral("a"), 0) == 0);
    CHECK(limiter.take(QStringLiteral("a"), 0) == 1);
    CHECK(limiter.take(QStringLiteral("b"), 0) == 0);   // each key its own bucket
    CHECK(limiter.take(QStringLiteral("a"), 500) == 0); // one token back after half a second
    CHECK(limiter.take(QStringLiteral("a"), 500) == 1);
    RateLimiter slow(1, 0.1);
    CHECK(slow.take(QStringLiteral("a"), 0) == 0);
    CHECK(slow.take(QStringLiteral("a"), 0) == 10);
}

TEST_CASE("Buckets that have refilled are dropped, so visitors are not kept for ever",
          "[intake][rate-limit]")
{
    RateLimiter limiter(60, 20); // a bucket is full again 3 s after its last request
    for (int i = 0; i < RateLimiter::pruneThreshold; ++i)
        CHECK(limiter.take(QStringLiteral("visitor %1").arg(i), 0) == 0);
    CHECK(limiter.size() == RateLimiter::pruneThreshold);
    // Within 3 s nothing is dropped: each visitor has spent a token.
    CHECK(limiter.take(QStringLiteral("late"), 2'000) == 0);
    CHECK(limiter.size() == RateLimiter::pruneThreshold + 1);
    for (int i = 0; i < 60; ++i)
        CHECK(limiter.take(QStringLiteral("busy"), 5'100) == 0);
    CHECK(limiter.take(QStringLiteral("busy"), 5'100) > 0);
    // The next look comes at twice the kept buckets.
    for (int i = 0; i < RateLimiter::pruneThreshold - 2; ++i)
        limiter.take(QStringLiteral("more %1").arg(i), 5'100);
    CHECK(limiter.size() == 2 * RateLimiter::pruneThreshold);
    // Every refilled bucket goes; a recent one stays with its debt.
    CHECK(limiter.take(QStringLiteral("new"), 5'100) == 0);
    CHECK(limiter.size() == RateLimiter::pruneThreshold);
    CHECK(limiter.take(QStringLiteral("busy"), 5'100) > 0);
}
