#pragma once

#include <QString>
#include <QVariant>

/// How directory cells and detail views show common values.
namespace CellText {
/// What an empty cell or field shows, the same in every directory and details window (an em
/// dash, drawn in the palette's placeholder colour); exports leave such cells empty.
QString empty();
/// The display value of a cell whose text is display (empty() for an empty one).
QVariant display(const QVariant& display);
/// The foreground of a cell that shows empty(), or foreground as the cell gave it.
QVariant foreground(const QVariant& display, const QVariant& foreground);
/// A local date and time for milliseconds since the epoch.
QString dateTime(qint64 msecsSinceEpoch);
/// A count, or nothing (shown as empty()) for none.
QString count(int value);
/// "Name\nsecond line", or nothing when both are empty.
QString twoLines(const QString& first, const QString& second);
} // namespace CellText
