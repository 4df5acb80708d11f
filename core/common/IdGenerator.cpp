#include "common/IdGenerator.h"

#include "common/IdFormat.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {
constexpr int maxAttempts = 64;
}

IdGenerator::IdGenerator(QSqlDatabase database, QRandomGenerator* random)
    : m_database(std::move(database))
    , m_random(random ? random : QRandomGenerator::system())
{
}

QString IdGenerator::candidate(IdKind kind)
{
    const IdFormat& format = IdFormat::of(kind);
    QString id = format.prefix();
    for (int digits : format.groups()) {
        id += QLatin1Char('-');
        for (int i = 0; i < digits; ++i)
            id += QLatin1Char(static_cast<char>('0' + m_random->bounded(10)));
    }
    return id;
}

Result<QString> IdGenerator::next(IdKind kind)
{
    QSqlQuery insert(m_database);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO issued_ids(id) VALUES (?)"));
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        const QString id = candidate(kind);
        insert.bindValue(0, id);
        if (!insert.exec())
            return Error{ErrorCode::Storage,
                         tr("Could not record a new identifier: %1").arg(insert.lastError().text())};
        if (insert.numRowsAffected() == 1)
            return id;
    }
    return Error{ErrorCode::Storage,
                 tr("No free identifier of the form %1 is left.").arg(IdFormat::of(kind).pattern())};
}
