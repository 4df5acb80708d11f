#include "ForkedChild.h"
#include "TestWorkspace.h"

#include "common/Result.h"

#include <csignal>

TEST_CASE("Reading the value of an error stops the program, in every build", "[result]")
{
    const Result<int> failedNumber(Error{ErrorCode::NotFound, QStringLiteral("no such thing")});
    const Result<QString> failedText(Error{ErrorCode::Invalid, QStringLiteral("bad input")});
    const Result<int> number(42);
    REQUIRE(number.ok());
    CHECK(number.value() == 42);

    const ForkedChild::Exit value = ForkedChild::run([&] {
        volatile int seen = failedNumber.value();
        static_cast<void>(seen);
    });
    CHECK(value.signalled);
    CHECK(value.signal == SIGABRT);

    const ForkedChild::Exit arrow = ForkedChild::run([&] {
        volatile qsizetype size = failedText->size();
        static_cast<void>(size);
    });
    CHECK(arrow.signalled);
    CHECK(arrow.signal == SIGABRT);

    // The harness itself tells a clean exit from a stop.
    const ForkedChild::Exit clean = ForkedChild::run([&] {
        volatile int seen = number.value();
        static_cast<void>(seen);
    });
    CHECK_FALSE(clean.signalled);
    CHECK(clean.code == 0);
}
