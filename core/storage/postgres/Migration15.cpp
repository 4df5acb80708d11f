#include "storage/postgres/Migration15.h"

#include "storage/Migration15Tables.h"

QStringList postgresStatements15()
{
    QStringList statements{QStringLiteral(
        "CREATE FUNCTION channeldesk_raise_version() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF NEW.version = OLD.version THEN NEW.version := OLD.version + 1; END IF; "
        "RETURN NEW; END $$")};
    for (const char* table : migration15Tables) {
        const QString name = QString::fromLatin1(table);
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
                          .arg(name)
                   << QStringLiteral("CREATE TRIGGER %1_version_on_update BEFORE UPDATE ON %1 "
                                     "FOR EACH ROW EXECUTE FUNCTION channeldesk_raise_version()")
                          .arg(name);
    }
    return statements;
}
