#pragma once

/// Runs the Catch2 test cases linked into this program with the command line's options; a
/// filter that matches no test case fails. Returns the exit code. Catch2's implementation is
/// compiled once, here, for every test program (CatchQtMain sets up Qt first).
int runCatchSession(int argc, char** argv);
