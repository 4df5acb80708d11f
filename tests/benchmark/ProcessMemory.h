#pragma once

/// This process's memory as Linux reports it in /proc/self/status, in MiB (-1 elsewhere).
class ProcessMemory {
public:
    static double residentMiB(); ///< VmRSS: resident now
    static double peakMiB();     ///< VmHWM: the highest resident size so far
    /// Starts VmHWM again from the current size (Linux 4.0+); false when the kernel refuses.
    static bool resetPeak();
};
