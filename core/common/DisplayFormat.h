#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/// How dates, times and numbers are shown everywhere: one date format (the locale's short date
/// with the full year), the locale's short time, the locale's digit grouping. Follows QLocale(),
/// which the chosen language sets (AppLanguage).
class DisplayFormat {
public:
    /// The date format in QDate::toString() / QDateEdit::setDisplayFormat() notation.
    static QString dateFormat();
    static QString date(const QDate& date);
    /// The day text shows in the one date format (a one-digit day or month accepted too), or
    /// written YYYY-MM-DD; an invalid date for anything else.
    static QDate parseDate(const QString& text);
    /// Local date and time of a UTC moment.
    static QString dateTime(const QDateTime& moment);
    static QString date(qint64 msecsSinceEpoch);
    static QString dateTime(qint64 msecsSinceEpoch);
    static QString time(qint64 msecsSinceEpoch);
    static QString number(qint64 value);
};
