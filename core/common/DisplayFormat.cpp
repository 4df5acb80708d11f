#include "common/DisplayFormat.h"

#include <QLocale>
#include <QRegularExpression>

QString DisplayFormat::dateFormat()
{
    // Some locales' short dates have a two-digit year (en_US "M/d/yy", de "dd.MM.yy").
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString DisplayFormat::date(const QDate& date)
{
    return QLocale().toString(date, dateFormat());
}

QDate DisplayFormat::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    // "d" and "M" read one or two digits; "dd" and "MM" insist on two.
    static const QRegularExpression twoDigits(QStringLiteral("(?<![dM])(d|M)\\1(?![dM])"));
    QString format = dateFormat();
    format.replace(twoDigits, QStringLiteral("\\1"));
    const QDate shown = QLocale().toDate(trimmed, format);
    if (shown.isValid())
        return shown.year() >= 1000 ? shown : QDate(); // "1.12.26" is not the year 26

    return QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
}

QString DisplayFormat::dateTime(const QDateTime& moment)
{
    const QDateTime local = moment.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString DisplayFormat::date(qint64 msecsSinceEpoch)
{
    return date(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toLocalTime().date());
}

QString DisplayFormat::dateTime(qint64 msecsSinceEpoch)
{
    return dateTime(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch));
}

QString DisplayFormat::time(qint64 msecsSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toLocalTime().time(),
                              QLocale::ShortFormat);
}

QString DisplayFormat::number(qint64 value)
{
    return QLocale().toString(value);
}
