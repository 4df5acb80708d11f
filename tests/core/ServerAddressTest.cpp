#include "CatchQt.h"

#include "storage/ServerAddress.h"

TEST_CASE("A team server address is read from a postgresql:// URL", "[storage][server]")
{
    auto address = ServerAddress::parse(QStringLiteral(
        "postgresql://michael.goldmill%40mightymicks.example:s3cr%2Ft@db.example:6543/"
        "channel?sslmode=require"));
    REQUIRE(address);
    CHECK(address->host == QStringLiteral("db.example"));
    CHECK(address->port == 6543);
    CHECK(address->database == QStringLiteral("channel"));
    CHECK(address->login == QStringLiteral("michael.goldmill@mightymicks.example"));
    CHECK(address->password == QStringLiteral("s3cr/t"));
    CHECK(address->sslMode == QStringLiteral("require"));
    CHECK(address->connectOptions().contains(QStringLiteral("sslmode=require")));

    SECTION("the default port, and postgres:// too")
    {
        auto plain = ServerAddress::parse(QStringLiteral("postgres://host/db"));
        REQUIRE(plain);
        CHECK(plain->port == 5432);
        CHECK(plain->login.isEmpty());
    }
    SECTION("the URL with its password survives a round trip")
    {
        auto again = ServerAddress::parse(address->url());
        REQUIRE(again);
        CHECK(again->login == address->login);
        CHECK(again->password == address->password);
        CHECK(again->database == address->database);
    }
}

TEST_CASE("What people see of a server address never holds the password", "[storage][server]")
{
    const QString url = QStringLiteral("postgresql://ann%40example.com:hunter2@db.example/team");
    CHECK_FALSE(ServerAddress::shown(url).contains(QStringLiteral("hunter2")));
    CHECK(ServerAddress::shown(url).contains(QStringLiteral("db.example")));
    auto address = ServerAddress::parse(url);
    REQUIRE(address);
    CHECK_FALSE(address->displayUrl().contains(QStringLiteral("hunter2")));
    // Also when the URL cannot be read as an address.
    CHECK_FALSE(ServerAddress::shown(QStringLiteral("postgresql://ann:hunter2@db.example/"))
                    .contains(QStringLiteral("hunter2")));
    CHECK(ServerAddress::shown(QStringLiteral("/tmp/a.channeldesk")) ==
          QStringLiteral("/tmp/a.channeldesk"));
}

TEST_CASE("A bad team server address is refused with its reason", "[storage][server]")
{
    for (const char* text :
         {"postgresql://", "postgresql:///db", "postgresql://host", "postgresql://host/",
          "postgresql://host:99999/db", "mysql://host/db", "postgresql://host/db?color=blue",
          "postgresql://host/db?sslmode=sometimes"}) {
        INFO(text);
        auto address = ServerAddress::parse(QString::fromLatin1(text));
        REQUIRE_FALSE(address);
        CHECK(address.error().code == ErrorCode::Invalid);
        CHECK(address.error().message.contains(QStringLiteral("postgresql://host:port/database")));
    }
    CHECK(ServerAddress::isServerUrl(QStringLiteral("  PostgreSQL://h/d")));
    CHECK_FALSE(ServerAddress::isServerUrl(QStringLiteral("/home/me/postgresql://x")));
}
