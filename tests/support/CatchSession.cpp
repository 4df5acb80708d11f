#include "CatchSession.h"

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

int runCatchSession(int argc, char** argv)
{
    Catch::Session session;
    if (const int error = session.applyCommandLine(argc, argv); error != 0)
        return error;
    // A filter that matches no test (a mangled name under CTest) must fail, not pass silently.
    session.configData().warnings = static_cast<Catch::WarnAbout::What>(
        session.configData().warnings | Catch::WarnAbout::NoTests);
    return session.run();
}
