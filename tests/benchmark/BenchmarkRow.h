#pragma once

#include <QString>

#include <optional>

/// One line of the benchmark table: ChannelDesk's figure next to the raw SQLite floor and Qt's
/// stock QSqlTableModel, with the targets of the scale issue it is held to.
struct BenchmarkRow {
    enum class Unit { Milliseconds, RowsPerSecond, MiB };

    QString key;       ///< name in the JSON line
    QString operation; ///< text in the table
    Unit unit = Unit::Milliseconds;
    std::optional<double> ours;
    std::optional<double> floor;
    std::optional<double> stock;
    int repetitions = 0;      ///< samples behind ours and floor (their median is shown)
    int stockRepetitions = 0; ///< samples behind stock

    std::optional<double> maxFloorRatio; ///< target: at most this many times the floor
    std::optional<double> minSpeedup;    ///< target: at least this many times better than stock
    std::optional<double> maxValue;      ///< target: ours at most this (ms, MiB)
    std::optional<double> minValue;      ///< target: ours at least this (rows/s)
    QString note;                        ///< why a figure is missing, or what it means
    bool showSpeedup = true;             ///< false when the stock figure is not comparable

    bool higherIsBetter() const { return unit == Unit::RowsPerSecond; }
    /// How many times the floor ours costs (≥ 1 when the floor is faster).
    std::optional<double> ratio() const;
    /// How many times better than the stock model ours is.
    std::optional<double> speedup() const;
    QString targetText() const;
    /// Whether every target is met; nothing when a figure a target needs is missing or there
    /// is no target.
    std::optional<bool> met() const;
};
