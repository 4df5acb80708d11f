#include "common/CellText.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QLocale>

QString CellText::dateTime(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toLocalTime(),
                              QLocale::ShortFormat);
}

QString CellText::empty()
{
    return QStringLiteral("\u2014");
}

QVariant CellText::display(const QVariant& value)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return empty();
    return value;
}

QVariant CellText::foreground(const QVariant& value, const QVariant& given)
{
    if (given.isValid() || display(value).toString() != empty())
        return given;
    return QGuiApplication::palette().brush(QPalette::PlaceholderText);
}

QString CellText::count(int value)
{
    return value > 0 ? QLocale().toString(value) : QString();
}

QString CellText::twoLines(const QString& first, const QString& second)
{
    if (second.isEmpty())
        return first;
    return first + QLatin1Char('\n') + second;
}
