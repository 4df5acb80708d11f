#include "common/CellText.h"

#include "common/DisplayFormat.h"

#include <QDateTime>
#include <QLocale>

QString CellText::dateTime(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch <= 0)
        return {};
    return DisplayFormat::dateTime(msecsSinceEpoch);
}

QString CellText::count(int value)
{
    return value > 0 ? DisplayFormat::number(value) : QStringLiteral("-");
}

QString CellText::twoLines(const QString& first, const QString& second)
{
    if (first.isEmpty() && second.isEmpty())
        return QStringLiteral("-");
    if (second.isEmpty())
        return first;
    return first + QLatin1Char('\n') + second;
}
