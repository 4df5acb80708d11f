#include "Samples.h"

#include <algorithm>

double Samples::median() const
{
    if (m_values.isEmpty())
        return -1;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

double Samples::maximum() const
{
    return m_values.isEmpty() ? -1 : *std::max_element(m_values.cbegin(), m_values.cend());
}

double Samples::millisecondsSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}
