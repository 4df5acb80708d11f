#include "storage/postgres/PostgresNotifications.h"

namespace {
const QString triggerName = QStringLiteral("channeldesk_notify");
} // namespace

QString PostgresNotifications::channel()
{
    return QStringLiteral("channeldesk");
}

QStringList PostgresNotifications::tables()
{
    return {QStringLiteral("accounts"),      QStringLiteral("users"),
            QStringLiteral("memberships"),   QStringLiteral("products"),
            QStringLiteral("marketplaces"),  QStringLiteral("product_groups"),
            QStringLiteral("companies"),     QStringLiteral("contacts"),
            QStringLiteral("partnerships"),  QStringLiteral("agreements"),
            QStringLiteral("contracts"),     QStringLiteral("listings"),
            QStringLiteral("invitations"),   QStringLiteral("news"),
            QStringLiteral("lead_forms"),    QStringLiteral("leads"),
            QStringLiteral("opportunities"), QStringLiteral("events")};
}

QStringList PostgresNotifications::statements()
{
    // One notification per statement (not per row): an import of a million rows sends one.
    // The function body holds ";": run each statement with QSqlQuery::exec, not prepared.
    QStringList statements{QStringLiteral(R"(CREATE OR REPLACE FUNCTION %1() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('%2', TG_TABLE_NAME);
    RETURN NULL;
END
$$)")
                               .arg(triggerName, channel())};
    for (const QString& table : tables())
        statements << QStringLiteral("CREATE OR REPLACE TRIGGER %1 AFTER INSERT OR UPDATE OR "
                                     "DELETE OR TRUNCATE ON %2 FOR EACH STATEMENT EXECUTE "
                                     "FUNCTION %1()")
                          .arg(triggerName, table);
    return statements;
}

QString PostgresNotifications::installedQuery()
{
    return QStringLiteral("SELECT count(*) FROM pg_catalog.pg_trigger t "
                          "JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
                          "WHERE t.tgname = '%1' AND c.relnamespace = "
                          "current_schema()::regnamespace")
        .arg(triggerName);
}
