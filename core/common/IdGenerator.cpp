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

quint32 IdGenerator::draw()
{
    if (m_random != QRandomGenerator::system())
        return m_random->generate(); // a seeded sequence stays the same for its other uses
    // The secure generator is slow per call: take its numbers a block at a time.
    if (m_next == m_block.size()) {
        m_random->fillRange(m_block.data(), static_cast<qsizetype>(m_block.size()));
        m_next = 0;
    }
    return m_block[m_next++];
}

QString IdGenerator::candidate(IdKind kind)
{
    const IdFormat& format = IdFormat::of(kind);
    QString id = format.prefix();
    for (int digits : format.groups()) {
        id += QLatin1Char('-');
        for (int i = 0; i < digits; ++i) // as QRandomGenerator::bounded(10)
            id += QLatin1Char(static_cast<char>('0' + ((quint64(draw()) * 10) >> 32)));
    }
    return id;
}

Result<QString> IdGenerator::next(IdKind kind)
{
    if (!m_prepared) {
        m_insert = QSqlQuery(m_database);
        if (!m_insert.prepare(
                QStringLiteral("INSERT INTO issued_ids(id) VALUES (?) ON CONFLICT DO NOTHING")))
            return Error{
                ErrorCode::Storage,
                tr("Could not record a new identifier: %1").arg(m_insert.lastError().text())};
        m_prepared = true;
    }
    QSqlQuery& insert = m_insert;
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        const QString id = candidate(kind);
        insert.bindValue(0, id);
        if (!insert.exec())
            return Error{
                ErrorCode::Storage,
                tr("Could not record a new identifier: %1").arg(insert.lastError().text())};
        if (insert.numRowsAffected() == 1)
            return id;
    }
    return Error{
        ErrorCode::Storage,
        tr("No free identifier of the form %1 is left.").arg(IdFormat::of(kind).pattern())};
}
