#include "CatchQt.h"

#include "app/CommandLine.h"

namespace {
CommandLineRequest parse(std::initializer_list<const char*> arguments)
{
    QStringList list{QStringLiteral("channeldesk")};
    for (const char* argument : arguments)
        list << QString::fromLatin1(argument);
    return CommandLine::parse(list);
}
using Action = CommandLineRequest::Action;
} // namespace

TEST_CASE("The command line", "[commandline][sqlite]")
{
    CHECK(parse({}).action == Action::OpenWindow);
    CHECK(parse({}).workspacePath.isEmpty());

    const auto workspace = parse({"--workspace", "/tmp/a.channeldesk"});
    CHECK(workspace.action == Action::OpenWindow);
    CHECK(workspace.workspacePath == QStringLiteral("/tmp/a.channeldesk"));
    CHECK(parse({"--workspace=/tmp/b.channeldesk"}).workspacePath ==
          QStringLiteral("/tmp/b.channeldesk"));

    const auto demo = parse({"--demo", "/tmp/demo.channeldesk"});
    CHECK(demo.action == Action::WriteDemo);
    CHECK(demo.demoPath == QStringLiteral("/tmp/demo.channeldesk"));

    const auto activate = parse({"--activate", "channeldesk://activate?token=abc"});
    CHECK(activate.action == Action::OpenWindow);
    CHECK(activate.activationLink == QStringLiteral("channeldesk://activate?token=abc"));
    CHECK(parse({"--demo", "a", "--activate", "x"}).action == Action::Fail);
    CHECK(parse({"--activate", " "}).action == Action::Fail);
    for (const char* foreign : {"https://evil.example/activate?token=abc",
                                "channeldesk://evil.example/activate?token=abc",
                                "javascript:alert(1)//?token=abc", "channeldesk://activate"}) {
        const auto refused = parse({"--activate", foreign});
        CHECK(refused.action == Action::Fail);
        CHECK(refused.text.contains(QStringLiteral("channeldesk://activate?token=")));
    }

    const auto large =
        parse({"--demo", "big.channeldesk", "--leads", "1000000", "--partners", "100000"});
    CHECK(large.action == Action::WriteDemo);
    CHECK(large.demoLeads == 1000000);
    CHECK(large.demoPartners == 100000);
    CHECK(parse({"--leads", "5"}).action == Action::Fail);
    CHECK(parse({"--demo", "a", "--leads", "many"}).action == Action::Fail);
    CHECK(parse({"--demo", "a", "--partners", "-3"}).action == Action::Fail);

    CHECK(parse({"--version"}).action == Action::ShowVersion);
    CHECK(parse({"--version"}).text.startsWith(QStringLiteral("channeldesk ")));
    CHECK(parse({"-h"}).action == Action::ShowHelp);
    CHECK(parse({"--help"}).text.contains(QStringLiteral("--workspace")));
    CHECK(parse({"--help"}).text.contains(QStringLiteral("--demo")));
    CHECK_FALSE(parse({"--help"}).text.contains(QStringLiteral("<executable_name>")));

    for (const auto& bad : {parse({"--bogus"}), parse({"--workspace"}), parse({"--demo"}),
                            parse({"stray"}), parse({"--demo", "a", "--workspace", "b"}),
                            parse({"--workspace", ""}), parse({"--demo", "a", "--demo", "b"})}) {
        CHECK(bad.action == Action::Fail);
        CHECK_FALSE(bad.text.isEmpty());
    }
    CHECK(parse({"--bogus"}).text.contains(QStringLiteral("bogus")));
}

TEST_CASE("The server init and add-user commands", "[commandline][rls][sqlite]")
{
    const QString url = QStringLiteral("postgresql://admin:pw@db.example:5432/team");
    const auto init = parse({"server", "init", "postgresql://admin:pw@db.example:5432/team"});
    CHECK(init.action == Action::ServerInit);
    CHECK(init.serverUrl == url);
    CHECK_FALSE(init.serverDemo);
    CHECK(init.demoPassword.isEmpty());
    const auto demo =
        parse({"server", "init", "postgresql://h/db", "--demo", "--demo-password", "s3cret"});
    CHECK(demo.action == Action::ServerInit);
    CHECK(demo.serverDemo);
    CHECK(demo.demoPassword == QStringLiteral("s3cret"));

    const auto add = parse({"server", "add-user", "postgresql://h/db", "--email", "a@b.example",
                            "--name", "Ann Bee", "--account", "PA-481-516", "--role", "crm_sales",
                            "--password-file", "/tmp/pw"});
    CHECK(add.action == Action::ServerAddUser);
    CHECK(add.serverUrl == QStringLiteral("postgresql://h/db"));
    CHECK(add.userEmail == QStringLiteral("a@b.example"));
    CHECK(add.userName == QStringLiteral("Ann Bee"));
    CHECK(add.userAccount == QStringLiteral("PA-481-516"));
    CHECK(add.userRole == QStringLiteral("crm_sales"));
    CHECK(add.passwordFile == QStringLiteral("/tmp/pw"));
    CHECK(parse({"server", "add-user", "postgresql://h/db", "--email", "a@b.example", "--name",
                 "Ann", "--account", "PA-481-516", "--role", "viewer"})
              .passwordFile.isEmpty());

    for (const auto& bad :
         {parse({"server", "init"}), parse({"server", "init", "u", "extra"}),
          parse({"server", "init", "u", "--demo-password", "x"}),
          parse({"server", "init", "u", "--demo", "--demo-password", ""}),
          parse({"server", "init", "u", "--email", "a@b.example"}),
          parse({"server", "add-user", "u", "--email", "a@b.example", "--name", "A", "--account",
                 "PA-481-516"}),
          parse({"server", "add-user", "u", "--email", " ", "--name", "A", "--account",
                 "PA-481-516", "--role", "viewer"}),
          parse({"server", "add-user", "u", "--email", "a@b.example", "--name", "A", "--account",
                 "PA-481-516", "--role", "boss"}),
          parse({"server", "add-user", "u", "--email", "a@b.example", "--email", "c@d.example",
                 "--name", "A", "--account", "PA-481-516", "--role", "viewer"}),
          parse({"server", "add-user", "u", "--email", "a@b.example", "--name", "A", "--account",
                 "PA-481-516", "--role", "viewer", "--password-file", ""}),
          parse({"server", "add-user", "u", "--demo"})}) {
        CHECK(bad.action == Action::Fail);
        CHECK_FALSE(bad.text.isEmpty());
    }
    CHECK(parse({"server", "add-user", "u", "--email", "a@b.example", "--name", "A", "--account",
                 "PA-481-516", "--role", "boss"})
              .text.contains(QStringLiteral("crm_admin")));
    CHECK(parse({"--help"}).text.contains(QStringLiteral("server add-user")));
}

TEST_CASE("The server set-password command", "[commandline][rls][sqlite]")
{
    const auto set = parse({"server", "set-password", "postgresql://h/db", "--email", "a@b.example",
                            "--password-file", "/tmp/pw"});
    CHECK(set.action == Action::ServerSetPassword);
    CHECK(set.serverUrl == QStringLiteral("postgresql://h/db"));
    CHECK(set.userEmail == QStringLiteral("a@b.example"));
    CHECK(set.passwordFile == QStringLiteral("/tmp/pw"));
    CHECK(parse({"server", "set-password", "postgresql://h/db", "--email", "a@b.example"})
              .passwordFile.isEmpty());
    for (const auto& bad : {parse({"server", "set-password", "postgresql://h/db"}),
                            parse({"server", "set-password", "postgresql://h/db", "--email", " "}),
                            parse({"server", "set-password", "--email", "a@b.example"}),
                            parse({"server", "set-password", "postgresql://h/db", "--email",
                                   "a@b.example", "--name", "A"}),
                            parse({"server", "set-password", "postgresql://h/db", "--email",
                                   "a@b.example", "--password-file", ""})}) {
        CHECK(bad.action == Action::Fail);
        CHECK_FALSE(bad.text.isEmpty());
    }
    CHECK(parse({"--help"}).text.contains(QStringLiteral("server set-password")));
}

TEST_CASE("The import and export commands", "[commandline][import][sqlite]")
{
    const auto leads = parse({"import", "leads", "/tmp/leads.csv"});
    CHECK(leads.action == Action::Import);
    CHECK(leads.records == TransferKind::Leads);
    CHECK(leads.transferPath == QStringLiteral("/tmp/leads.csv"));
    CHECK(leads.workspacePath.isEmpty());
    CHECK(leads.actingUser.isEmpty());
    CHECK(leads.actingAccount.isEmpty());

    const auto partners =
        parse({"--workspace", "w.channeldesk", "import", "partners", "p.csv", "--as",
               "michael.goldmill@mightymicks.example", "--account=PA-481-516"});
    CHECK(partners.action == Action::Import);
    CHECK(partners.records == TransferKind::Partners);
    CHECK(partners.transferPath == QStringLiteral("p.csv"));
    CHECK(partners.workspacePath == QStringLiteral("w.channeldesk"));
    CHECK(partners.actingUser == QStringLiteral("michael.goldmill@mightymicks.example"));
    CHECK(partners.actingAccount == QStringLiteral("PA-481-516"));

    const auto exported = parse({"export", "leads", "out.csv", "--search", "acme", "--sort",
                                 "created", "--desc", "--as", "UR-100-200-300"});
    CHECK(exported.action == Action::Export);
    CHECK(exported.records == TransferKind::Leads);
    CHECK(exported.transferPath == QStringLiteral("out.csv"));
    CHECK(exported.search == QStringLiteral("acme"));
    CHECK(exported.sortColumn == QStringLiteral("created"));
    CHECK(exported.descending);
    CHECK(exported.actingUser == QStringLiteral("UR-100-200-300"));
    const auto created = parse({"export", "leads", "out.csv", "--created-from", "2026-03-01",
                                "--created-to", "2026-03-31"});
    CHECK(created.action == Action::Export);
    CHECK(created.createdFrom == QStringLiteral("2026-03-01"));
    CHECK(created.createdTo == QStringLiteral("2026-03-31"));
    CHECK(parse({"export", "leads", "out.csv", "--created-to", "2026-03-31"}).action ==
          Action::Export);
    const auto badDay = parse({"export", "leads", "out.csv", "--created-from", "2026-02-30"});
    CHECK(badDay.action == Action::Fail);
    CHECK(badDay.text.contains(QStringLiteral("2026-02-30")));
    CHECK(badDay.text.contains(QStringLiteral("YYYY-MM-DD")));
    const auto backwards = parse({"export", "leads", "out.csv", "--created-from", "2026-03-31",
                                  "--created-to", "2026-03-01"});
    CHECK(backwards.action == Action::Fail);
    CHECK(backwards.text.contains(QStringLiteral("2026-03-31")));
    const auto plain = parse({"export", "partners", "out.csv"});
    CHECK(plain.action == Action::Export);
    CHECK(plain.records == TransferKind::Partners);
    CHECK(plain.search.isEmpty());
    CHECK(plain.sortColumn.isEmpty());
    CHECK_FALSE(plain.descending);

    // The window and the demo still parse as before.
    CHECK(parse({"--workspace", "a"}).action == Action::OpenWindow);
    CHECK(parse({"--demo", "a"}).action == Action::WriteDemo);

    for (const auto& bad : {parse({"import"}),
                            parse({"import", "leads"}),
                            parse({"import", "contacts", "a.csv"}),
                            parse({"import", "leads", "a.csv", "extra"}),
                            parse({"import", "leads", " "}),
                            parse({"import", "leads", "a.csv", "--search", "x"}),
                            parse({"import", "leads", "a.csv", "--desc"}),
                            parse({"import", "leads", "a.csv", "--demo", "d"}),
                            parse({"export", "leads", "a.csv", "--activate", "x"}),
                            parse({"import", "leads", "a.csv", "--as", ""}),
                            parse({"import", "leads", "a.csv", "--account", " "}),
                            parse({"import", "leads", "a.csv", "--as", "a", "--as", "b"}),
                            parse({"export", "leads", "a.csv", "--sort", ""}),
                            parse({"export", "partners", "a.csv", "--created-from", "2026-03-01"}),
                            parse({"import", "leads", "a.csv", "--created-to", "2026-03-01"}),
                            parse({"export", "leads", "a.csv", "--created-to", ""}),
                            parse({"export", "leads", "a.csv", "--created-to", "31.03.2026"}),
                            parse({"--created-from", "2026-03-01"}),
                            parse({"--as", "someone"}),
                            parse({"--desc"}),
                            parse({"--search", "x"}),
                            parse({"exports", "leads", "a.csv"})}) {
        CHECK(bad.action == Action::Fail);
        CHECK_FALSE(bad.text.isEmpty());
    }
    CHECK(parse({"import", "contacts", "a.csv"}).text.contains(QStringLiteral("contacts")));

    const QString help = parse({"--help"}).text;
    CHECK(help.contains(QStringLiteral("import leads|partners FILE")));
    CHECK(help.contains(QStringLiteral("export leads|partners FILE")));
    CHECK(help.contains(QStringLiteral("--as")));
    CHECK(help.contains(QStringLiteral("--account")));
    CHECK(help.contains(QStringLiteral("--created-from")));
    CHECK(help.contains(QStringLiteral("Exit codes: 0")));
    CHECK(help.contains(QStringLiteral("3 import: some rows were skipped")));
}

TEST_CASE("The server push command", "[commandline][push][sqlite]")
{
    const auto push = parse({"server", "push", "/tmp/a.channeldesk", "postgresql://o:p@db/team"});
    CHECK(push.action == Action::ServerPush);
    CHECK(push.pushFile == QStringLiteral("/tmp/a.channeldesk"));
    CHECK(push.pushUrl == QStringLiteral("postgresql://o:p@db/team"));

    for (const auto& refused :
         {parse({"server", "push"}), parse({"server", "push", "/tmp/a.channeldesk"}),
          parse({"server", "push", "a", "b", "c"}),
          parse({"server", "push", " ", "postgresql://db/t"}),
          parse({"server", "push", "a", "postgresql://db/t", "--workspace", "b"}),
          parse({"server", "push", "a", "postgresql://db/t", "--as", "US-1"}),
          parse({"server", "pull", "a", "postgresql://db/t"}),
          parse({"server", "push", "postgresql://db/t", "a.channeldesk"}),
          parse({"server", "push", "a.channeldesk", "b.channeldesk"})}) {
        CHECK(refused.action == Action::Fail);
        CHECK_FALSE(refused.text.isEmpty());
    }
    CHECK(parse({"server", "push"}).text.contains(QStringLiteral("server push FILE URL")));
}

TEST_CASE("The import-mail command", "[commandline][mail]")
{
    const auto mail = parse({"import-mail", "/tmp/Quote request.eml"});
    CHECK(mail.action == Action::OpenWindow);
    CHECK(mail.mailPath == QStringLiteral("/tmp/Quote request.eml"));
    CHECK(mail.workspacePath.isEmpty());
    const auto inWorkspace = parse({"import-mail", "a.eml", "--workspace", "/tmp/w.channeldesk"});
    CHECK(inWorkspace.action == Action::OpenWindow);
    CHECK(inWorkspace.mailPath == QStringLiteral("a.eml"));
    CHECK(inWorkspace.workspacePath == QStringLiteral("/tmp/w.channeldesk"));
    CHECK(parse({"--workspace=/tmp/w.channeldesk", "import-mail", "a.eml"}).mailPath ==
          QStringLiteral("a.eml"));
    // Without it, no e-mail is opened.
    CHECK(parse({"--workspace", "/tmp/w.channeldesk"}).mailPath.isEmpty());

    const auto missing = parse({"import-mail"});
    CHECK(missing.action == Action::Fail);
    CHECK(missing.text.contains(QStringLiteral("import-mail FILE.eml")));
    CHECK(parse({"import-mail", " "}).action == Action::Fail);
    CHECK(parse({"import-mail", "a.eml", "b.eml"}).action == Action::Fail);
    CHECK(parse({"import-mail", "a.eml", "--workspace", " "}).action == Action::Fail);
    CHECK(parse({"import-mail", "a.eml", "--workspace", "a", "--workspace", "b"}).action ==
          Action::Fail);
    for (const auto& foreign :
         {std::pair{"--demo", "d.channeldesk"}, std::pair{"--as", "u"}, std::pair{"--account", "a"},
          std::pair{"--activate", "channeldesk://activate?token=a"}, std::pair{"--search", "x"}}) {
        const auto refused = parse({"import-mail", "a.eml", foreign.first, foreign.second});
        INFO(foreign.first);
        CHECK(refused.action == Action::Fail);
        CHECK(refused.text.contains(QStringLiteral("cannot be used with import-mail")));
    }
    CHECK(parse({"--help"}).text.contains(QStringLiteral("import-mail FILE.eml")));
}
