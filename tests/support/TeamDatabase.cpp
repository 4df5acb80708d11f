#include "TeamDatabase.h"

#include "server/TeamServerSetup.h"
#include "storage/ServerAddress.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString serverUrl()
{
    return qEnvironmentVariable("CHANNELDESK_TEST_POSTGRES_URL");
}

} // namespace

TeamDatabase::TeamDatabase()
    : m_name(QStringLiteral("cd_rls_%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    ServerAdmin().exec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
}

TeamDatabase::~TeamDatabase()
{
    ServerAdmin admin;
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    admin.exec(QStringLiteral("SET client_min_messages = warning"));
    for (const QString& login : std::as_const(m_logins))
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
}

QString TeamDatabase::urlAs(const QString& login, const QString& password) const
{
    auto address = ServerAddress::parse(serverUrl());
    REQUIRE(address);
    address->database = m_name;
    if (!login.isEmpty()) {
        address->login = login;
        address->password = password;
    }
    return address->url();
}

void TeamDatabase::init(bool demo)
{
    TeamServerSetup::InitOptions options;
    options.demo = demo;
    auto report = TeamServerSetup::init(adminUrl(), options);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report);
}

std::unique_ptr<Workspace> TeamDatabase::open(const QString& login) const
{
    return open(login, TeamServerSetup::defaultDemoPassword());
}

std::unique_ptr<Workspace> TeamDatabase::open(const QString& login, const QString& password) const
{
    auto opened = Workspace::open(login.isEmpty() ? adminUrl() : urlAs(login, password));
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened);
    return std::move(opened.value());
}

QString TeamDatabase::newEmail()
{
    const QString email = QStringLiteral("rls.%1@mightymicks.example")
                              .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    m_logins << email;
    return email;
}
