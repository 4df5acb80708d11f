#include "storage/SearchDeferral.h"

#include "storage/SqlEngine.h"

#include "storage/SqlError.h"

#include <QSqlQuery>

namespace {

Result<void> run(const QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    if (auto prepared = SqlError::prepare(query, sql); !prepared)
        return prepared;
    return SqlError::exec(query);
}

} // namespace

QString SearchDeferral::beginStatement()
{
    return QStringLiteral("INSERT OR IGNORE INTO search_deferrals(id) VALUES (1)");
}

QStringList SearchDeferral::finishStatements()
{
    return {QStringLiteral("DELETE FROM search_deferrals"),
            // A queued lead updated meanwhile may have its row already: replace it.
            QStringLiteral("DELETE FROM lead_search WHERE rowid IN "
                           "(SELECT lead_rowid FROM lead_search_queue)"),
            QStringLiteral("INSERT INTO lead_search(rowid, id, name, company, contact, email, tin, "
                           "description) "
                           "SELECT * FROM lead_search_source "
                           "WHERE rowid IN (SELECT lead_rowid FROM lead_search_queue)"),
            QStringLiteral("DELETE FROM lead_search_queue"),
            // The same for the companies and contacts the pickers search.
            QStringLiteral("DELETE FROM company_search WHERE rowid IN "
                           "(SELECT company_rowid FROM company_search_queue)"),
            QStringLiteral("INSERT INTO company_search(rowid, name, tin) "
                           "SELECT rowid, name, tin FROM companies "
                           "WHERE rowid IN (SELECT company_rowid FROM company_search_queue)"),
            QStringLiteral("DELETE FROM company_search_queue"),
            QStringLiteral("DELETE FROM contact_search WHERE rowid IN "
                           "(SELECT contact_rowid FROM contact_search_queue)"),
            QStringLiteral("INSERT INTO contact_search(rowid, company, name, email) "
                           "SELECT * FROM contact_search_source "
                           "WHERE rowid IN (SELECT contact_rowid FROM contact_search_queue)"),
            QStringLiteral("DELETE FROM contact_search_queue")};
}

Result<void> SearchDeferral::begin(const QSqlDatabase& database)
{
    // PostgreSQL's triggers write search rows at once and cheaply: nothing to defer there.
    if (sqlEngineOf(database) == SqlEngine::Postgres)
        return {};
    return run(database, beginStatement());
}

Result<void> SearchDeferral::finish(const QSqlDatabase& database)
{
    if (sqlEngineOf(database) == SqlEngine::Postgres)
        return {};
    for (const QString& sql : finishStatements())
        if (auto done = run(database, sql); !done)
            return done;
    return {};
}
