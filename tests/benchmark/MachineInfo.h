#pragma once

#include <QJsonObject>

/// What the benchmark ran on: CPU, cores, memory, operating system, SQLite and Qt versions.
class MachineInfo {
public:
    static QJsonObject describe();
    /// /proc/loadavg's first three figures: other work competing for the cores.
    static QString loadAverage();
};
