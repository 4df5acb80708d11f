#pragma once

#include "storage/Transaction.h"

/// Sets how long a write waits for another connection's write lock, for the life of a test.
struct WriteWaitLimit {
    explicit WriteWaitLimit(int milliseconds) { Transaction::setWaitLimit(milliseconds); }
    ~WriteWaitLimit()
    {
        Transaction::setWaitLimit(Transaction::defaultWaitLimitMilliseconds);
        Transaction::setWaitObserver({});
    }
    WriteWaitLimit(const WriteWaitLimit&) = delete;
    WriteWaitLimit& operator=(const WriteWaitLimit&) = delete;
};
