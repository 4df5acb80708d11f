#pragma once

#include <QJsonObject>
#include <QList>

/// Latencies of requests in milliseconds, and their percentiles.
class Latencies {
public:
    void add(double milliseconds) { m_values.append(milliseconds); }
    void add(const Latencies& other) { m_values.append(other.m_values); }
    qsizetype count() const { return m_values.size(); }
    /// The nearest-rank percentile (0 < p <= 100); 0 when there are none.
    double percentile(double p) const;
    double max() const;
    /// count, p50_ms, p99_ms, max_ms and per_second (count over seconds).
    QJsonObject json(double seconds) const;

private:
    QList<double> m_values;
};
