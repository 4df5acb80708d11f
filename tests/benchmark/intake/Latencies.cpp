#include "Latencies.h"

#include <algorithm>
#include <cmath>

double Latencies::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double Latencies::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
}

QJsonObject Latencies::json(double seconds) const
{
    return QJsonObject{{QStringLiteral("count"), count()},
                       {QStringLiteral("per_second"), seconds > 0 ? double(count()) / seconds : 0},
                       {QStringLiteral("p50_ms"), percentile(50)},
                       {QStringLiteral("p99_ms"), percentile(99)},
                       {QStringLiteral("max_ms"), max()}};
}
