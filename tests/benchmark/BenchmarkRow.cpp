#include "BenchmarkRow.h"

#include <QStringList>

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

std::optional<double> BenchmarkRow::ratio() const
{
    if (!ours || !floor || *ours <= 0 || *floor <= 0)
        return std::nullopt;
    return higherIsBetter() ? *floor / *ours : *ours / *floor;
}

std::optional<double> BenchmarkRow::speedup() const
{
    if (!showSpeedup || !ours || !stock || *ours <= 0 || *stock <= 0)
        return std::nullopt;
    return higherIsBetter() ? *ours / *stock : *stock / *ours;
}

QString BenchmarkRow::targetText() const
{
    const QString unitText = unit == Unit::MiB             ? QStringLiteral(" MiB")
                             : unit == Unit::RowsPerSecond ? QStringLiteral(" rows/s")
                                                           : QStringLiteral(" ms");
    QStringList parts;
    if (maxFloorRatio)
        parts << QStringLiteral("\u2264%1\u00d7 floor").arg(number(*maxFloorRatio));
    if (minSpeedup)
        parts << QStringLiteral("\u2265%1\u00d7 stock").arg(number(*minSpeedup));
    if (maxValue)
        parts << QStringLiteral("<%1%2").arg(number(*maxValue), unitText);
    if (minValue)
        parts << QStringLiteral("\u2265%1%2").arg(number(*minValue), unitText);
    return parts.isEmpty() ? QStringLiteral("\u2014") : parts.join(QStringLiteral(", "));
}

std::optional<bool> BenchmarkRow::met() const
{
    bool any = false;
    bool all = true;
    if (maxFloorRatio) {
        if (!ratio())
            return std::nullopt;
        any = true;
        all = all && *ratio() <= *maxFloorRatio;
    }
    if (minSpeedup) {
        if (!speedup())
            return std::nullopt;
        any = true;
        all = all && *speedup() >= *minSpeedup;
    }
    if (maxValue) {
        if (!ours)
            return std::nullopt;
        any = true;
        all = all && *ours < *maxValue;
    }
    if (minValue) {
        if (!ours)
            return std::nullopt;
        any = true;
        all = all && *ours >= *minValue;
    }
    if (!any)
        return std::nullopt;
    return all;
}
