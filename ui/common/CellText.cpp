#include "common/CellText.h"

#include "common/DisplayFormat.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

QString CellText::dateTime(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch <= 0)
        return {};
    return DisplayFormat::dateTime(msecsSinceEpoch);
}

QString CellText::empty()
{
    return QStringLiteral("\u2014");
}

QVariant CellText::display(const QVariant& display)
{
    if (display.isNull() ||
        (display.typeId() == QMetaType::QString && display.toString().isEmpty()))
        return empty();
    return display;
}

QVariant CellText::foreground(const QVariant& display, const QVariant& foreground)
{
    if (foreground.isValid() || CellText::display(display).toString() != empty())
        return foreground;
    return QGuiApplication::palette().brush(QPalette::PlaceholderText);
}

QString CellText::count(int value)
{
    return value > 0 ? DisplayFormat::number(value) : QString();
}

QString CellText::twoLines(const QString& first, const QString& second)
{
    if (second.isEmpty())
        return first;
    return first + QLatin1Char('\n') + second;
}
