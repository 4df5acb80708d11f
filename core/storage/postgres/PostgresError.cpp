#include "storage/postgres/PostgresError.h"

#include <QSqlError>

QString PostgresError::message(const QSqlError& error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    for (const QLatin1String severity : {QLatin1String("ERROR:"), QLatin1String("FATAL:")})
        if (text.startsWith(severity)) {
            text = text.mid(severity.size());
            break;
        }
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString PostgresError::state(const QSqlError& error)
{
    return error.nativeErrorCode();
}
