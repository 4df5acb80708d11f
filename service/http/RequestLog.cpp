#include "http/RequestLog.h"

#include <QDateTime>

RequestLog::RequestLog(Sink sink)
    : m_sink(std::move(sink))
{
}

void RequestLog::write(const QString& method, const QString& path, int status,
                       double milliseconds) const
{
    if (!m_sink)
        return;
    // A path is at most 200 characters in the log, control characters escaped.
    QString shown = path.left(200);
    for (QChar& c : shown)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    m_sink(QStringLiteral("%1 %2 %3 %4 %5 ms")
               .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), method, shown)
               .arg(status)
               .arg(milliseconds, 0, 'f', 1));
}
