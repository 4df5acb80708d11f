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

TEST_CASE("The command line", "[commandline]")
{
    CHECK(parse({}).action == Action::OpenWindow);
    CHECK(parse({}).workspacePath.isEmpty());

    const auto workspace = parse({"--workspace", "/tmp/a.channeldesk"});
    CHECK(workspace.action == Action::OpenWindow);
    CHECK(workspace.workspacePath == QStringLiteral("/tmp/a.channeldesk"));
    CHECK(parse({"--workspace=/tmp/b.channeldesk"}).workspacePath == QStringLiteral("/tmp/b.channeldesk"));

    const auto demo = parse({"--demo", "/tmp/demo.channeldesk"});
    CHECK(demo.action == Action::WriteDemo);
    CHECK(demo.demoPath == QStringLiteral("/tmp/demo.channeldesk"));

    const auto activate = parse({"--activate", "channeldesk://activate?token=abc"});
    CHECK(activate.action == Action::OpenWindow);
    CHECK(activate.activationLink == QStringLiteral("channeldesk://activate?token=abc"));
    CHECK(parse({"--demo", "a", "--activate", "x"}).action == Action::Fail);
    CHECK(parse({"--activate", " "}).action == Action::Fail);

    const auto large = parse({"--demo", "big.channeldesk", "--leads", "1000000", "--partners", "100000"});
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

    for (const auto& bad : {parse({"--bogus"}), parse({"--workspace"}), parse({"--demo"}),
                            parse({"stray"}), parse({"--demo", "a", "--workspace", "b"}),
                            parse({"--workspace", ""}), parse({"--demo", "a", "--demo", "b"})}) {
        CHECK(bad.action == Action::Fail);
        CHECK_FALSE(bad.text.isEmpty());
    }
    CHECK(parse({"--bogus"}).text.contains(QStringLiteral("bogus")));
}
