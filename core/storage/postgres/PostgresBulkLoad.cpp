#include "storage/postgres/PostgresBulkLoad.h"

#include <QRegularExpression>

bool PostgresBulkLoad::isIdentifier(const QString& name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return identifier.match(name).hasMatch();
}

QString PostgresBulkLoad::tableCountQuery()
{
    return QStringLiteral(
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()");
}

QString PostgresBulkLoad::columnsQuery()
{
    return QStringLiteral(
        "SELECT c.relname, a.attname FROM pg_catalog.pg_attribute a "
        "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 "
        "AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY c.relname, a.attnum");
}

QString PostgresBulkLoad::foreignKeysQuery()
{
    return QStringLiteral("SELECT child.relname, parent.relname FROM pg_catalog.pg_constraint k "
                          "JOIN pg_catalog.pg_class child ON child.oid = k.conrelid "
                          "JOIN pg_catalog.pg_class parent ON parent.oid = k.confrelid "
                          "JOIN pg_catalog.pg_namespace n ON n.oid = child.relnamespace "
                          "WHERE k.contype = 'f' AND n.nspname = current_schema()");
}

QString PostgresBulkLoad::identityColumnsQuery()
{
    return QStringLiteral("SELECT c.relname, a.attname FROM pg_catalog.pg_attribute a "
                          "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
                          "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                          "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 "
                          "AND NOT a.attisdropped AND a.attidentity <> ''");
}

QStringList PostgresBulkLoad::derivedTables()
{
    return {QStringLiteral("lead_search"),          QStringLiteral("partner_search"),
            QStringLiteral("company_search"),       QStringLiteral("contact_search"),
            QStringLiteral("partner_links"),        QStringLiteral("search_deferrals"),
            QStringLiteral("lead_search_queue"),    QStringLiteral("partner_search_queue"),
            QStringLiteral("company_search_queue"), QStringLiteral("contact_search_queue")};
}

QString PostgresBulkLoad::triggersOff(const QString& table)
{
    return QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table);
}

QString PostgresBulkLoad::triggersOn(const QString& table)
{
    return QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table);
}

QString PostgresBulkLoad::identityAfterCopy(const QString& table, const QString& column)
{
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                          "coalesce(max(%2), 0) + 1, false) FROM %1")
        .arg(table, column);
}

QString PostgresBulkLoad::migrationLock()
{
    return QStringLiteral("SELECT pg_advisory_xact_lock(4342001)");
}
