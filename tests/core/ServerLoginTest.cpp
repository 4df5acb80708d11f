#include "CatchQt.h"

#include "session/ServerLogin.h"

TEST_CASE("A team server login names what keeps it from being connected to", "[server][login]")
{
    ServerAddress address;
    address.host = QStringLiteral("db.example.com");
    address.port = 5432;
    address.database = QStringLiteral("team");
    address.login = QStringLiteral("michael.goldmill@mightymicks.example");
    CHECK(ServerLogin::problems(address).isEmpty());

    ServerAddress empty;
    empty.port = 0;
    const auto problems = ServerLogin::problems(empty);
    CHECK(problems.keys() ==
          QList<ServerLogin::Field>{ServerLogin::Field::Host, ServerLogin::Field::Port,
                                    ServerLogin::Field::Database, ServerLogin::Field::Login});
    for (const QString& problem : problems)
        CHECK_FALSE(problem.isEmpty());

    ServerAddress bad = address;
    bad.host = QStringLiteral("db example/com");
    bad.database = QStringLiteral("a/b");
    bad.port = 70000;
    CHECK(ServerLogin::problems(bad).keys() ==
          QList<ServerLogin::Field>{ServerLogin::Field::Host, ServerLogin::Field::Port,
                                    ServerLogin::Field::Database});
    // IPv6 and plain addresses are hosts too.
    bad = address;
    bad.host = QStringLiteral("::1");
    CHECK(ServerLogin::problems(bad).isEmpty());
}

TEST_CASE("A login's keychain entry names login, server and database but never the password",
          "[server][login]")
{
    ServerAddress address;
    address.host = QStringLiteral("DB.example.com");
    address.port = 5433;
    address.database = QStringLiteral("team");
    address.login = QStringLiteral("Michael.Goldmill@mightymicks.example");
    address.password = QStringLiteral("secret");
    const QString key = ServerLogin::keychainKey(address);
    CHECK(key == QStringLiteral("michael.goldmill@mightymicks.example@db.example.com:5433/team"));
    CHECK_FALSE(key.contains(QStringLiteral("secret")));
}
