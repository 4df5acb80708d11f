#include "directory/DayRange.h"

#include <QRegularExpression>

Result<QDate> DayRange::parseDay(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    const QDate day = form.match(trimmed).hasMatch()
                          ? QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"))
                          : QDate();
    if (!day.isValid())
        return Error{ErrorCode::Invalid,
                     tr("\u201c%1\u201d is not a date: write the day as YYYY-MM-DD, for example "
                        "2026-03-31.")
                         .arg(text)};
    return day;
}

Result<DayRange> DayRange::parse(const DirectoryRange& range)
{
    DayRange days;
    for (const auto& [text, day] :
         {std::pair{&range.from, &days.first}, std::pair{&range.to, &days.last}}) {
        if (text->trimmed().isEmpty())
            continue;
        auto parsed = parseDay(*text);
        if (!parsed)
            return parsed.error();
        *day = parsed.value();
    }
    if (days.first.isValid() && days.last.isValid() && days.first > days.last)
        return Error{ErrorCode::Invalid,
                     tr("The first day, %1, comes after the last day, %2.")
                         .arg(days.first.toString(Qt::ISODate), days.last.toString(Qt::ISODate))};
    return days;
}

std::optional<qint64> DayRange::startMs() const
{
    if (!first.isValid())
        return std::nullopt;
    return first.startOfDay(Qt::LocalTime).toMSecsSinceEpoch();
}

std::optional<qint64> DayRange::endMs() const
{
    if (!last.isValid())
        return std::nullopt;
    return last.addDays(1).startOfDay(Qt::LocalTime).toMSecsSinceEpoch();
}
