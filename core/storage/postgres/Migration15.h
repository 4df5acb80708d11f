#pragma once

#include <QStringList>

/// Migration 15 for PostgreSQL: the row version of the records users change concurrently, as in
/// core/storage/Migrations.cpp, with a BEFORE UPDATE trigger that raises it on every change.
QStringList postgresStatements15();
