#pragma once

#include <QElapsedTimer>
#include <QList>

/// Timings of one measurement, in milliseconds; reports their median.
class Samples {
public:
    void add(double milliseconds) { m_values << milliseconds; }
    /// Adds the time since timer was started.
    void addSince(const QElapsedTimer& timer) { add(millisecondsSince(timer)); }
    bool isEmpty() const { return m_values.isEmpty(); }
    int size() const { return static_cast<int>(m_values.size()); }
    /// The median; -1 when there is no sample.
    double median() const;
    /// The largest sample; -1 when there is none.
    double maximum() const;

    static double millisecondsSince(const QElapsedTimer& timer);

private:
    QList<double> m_values;
};
