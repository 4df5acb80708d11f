#pragma once

#include <functional>

/// Runs code in a forked copy of the test process, for what must end a process: a fatal check,
/// a kill -9 part-way through a write. The child's output is discarded, fatal signals end it as
/// they would any program (not through the test runner's handlers), and it leaves no core file.
class ForkedChild {
public:
    struct Exit {
        bool signalled = false;
        int code = -1;  ///< the exit status, when not signalled
        int signal = 0; ///< the signal that ended it, when signalled
    };

    /// Runs body in the child, which then exits with status 0; waits for the child.
    static Exit run(const std::function<void()>& body);
};
