#pragma once

#include "common/IdKind.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>

class QRandomGenerator;

/// Issues random identifiers that are unique in the workspace and never reused: every issued ID
/// is recorded in the issued_ids table, in the caller's transaction. One generator prepares its
/// statement once, so a writer issuing many IDs should keep one generator.
class IdGenerator {
    Q_DECLARE_TR_FUNCTIONS(IdGenerator)

public:
    /// random defaults to the system's secure generator; pass a seeded one for reproducible data.
    explicit IdGenerator(QSqlDatabase database, QRandomGenerator* random = nullptr);

    Result<QString> next(IdKind kind);

private:
    QString candidate(IdKind kind);
    quint32 draw();

    QSqlDatabase m_database;
    QRandomGenerator* m_random;
    QSqlQuery m_insert;
    bool m_prepared = false;
    std::array<quint32, 64> m_block{};
    std::size_t m_next = 64;
};
