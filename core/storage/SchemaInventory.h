#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

/// The tables, indexes, triggers and views of a workspace, one "type name" line each, sorted;
/// SQLite's own objects (sqlite_*) left out. A file whose inventory differs from what the
/// migrations create for its version is not a workspace ChannelDesk made.
class SchemaInventory {
    Q_DECLARE_TR_FUNCTIONS(SchemaInventory)

public:
    /// What migrations 1 … version create, built once per version in an in-memory database.
    static Result<QStringList> expected(int version);
    static Result<QStringList> of(const QSqlDatabase& database);
};
