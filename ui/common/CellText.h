#pragma once

#include <QString>

/// How directory cells show common values.
namespace CellText {
/// A local date and time for milliseconds since the epoch.
QString dateTime(qint64 msecsSinceEpoch);
/// A count, or "-" for none (as the Partners directory of seed 002 shows).
QString count(int value);
/// "Name\nsecond line", or "-" when both are empty.
QString twoLines(const QString& first, const QString& second);
} // namespace CellText
