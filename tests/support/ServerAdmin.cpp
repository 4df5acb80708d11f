#include "ServerAdmin.h"

#include "TestWorkspace.h"
#include "storage/ServerAddress.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

ServerAdmin::ServerAdmin()
    : m_name(QStringLiteral("test-admin-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    auto address = ServerAddress::parse(TestWorkspace::serverUrl());
    REQUIRE(address);
    Workspace::ConnectionOptions options;
    options.engine = SqlEngine::Postgres;
    options.server = address.value();
    QSqlDatabase db = Workspace::addConnection(m_name, options);
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
}

ServerAdmin::~ServerAdmin()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

void ServerAdmin::exec(const QString& sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    INFO(sql.toStdString());
    const bool done = query.exec(sql);
    INFO(query.lastError().text().toStdString());
    REQUIRE(done);
}
