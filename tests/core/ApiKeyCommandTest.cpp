// `channeldesk api-key create|list|revoke`: parsing (CommandLine) and the command itself
// (ApiKeyCommand, what main() runs). tests/cli/api-key-commands.sh runs the real binary.
#include "TestWorkspace.h"

#include "app/ApiKeyCommand.h"
#include "app/CommandLine.h"
#include "demo/DemoWorkspace.h"
#include "integrations/ApiKeyService.h"
#include "integrations/ApiKeyToken.h"

#include <QDateTime>
#include <QFileInfo>

namespace {

using Action = CommandLineRequest::Action;

CommandLineRequest parse(const QStringList& arguments)
{
    return CommandLine::parse(QStringList{QStringLiteral("channeldesk")} + arguments);
}

QStringList apiKey(const QString& command, const QStringList& more = {})
{
    return QStringList{QStringLiteral("api-key"), command} + more +
           QStringList{QStringLiteral("--workspace"), QStringLiteral("/tmp/w.channeldesk"),
                       QStringLiteral("--as"),        QStringLiteral("UR-100-200-300"),
                       QStringLiteral("--account"),   QStringLiteral("PA-481-516")};
}

/// What a run wrote and returned.
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const CommandLineRequest& request)
{
    Run result;
    {
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.code = ApiKeyCommand::run(request, out, err);
    }
    return result;
}

} // namespace

TEST_CASE("The api-key commands parse their options and refuse bad ones in words",
          "[commandline][api-keys][sqlite]")
{
    const auto create = parse(apiKey(
        QStringLiteral("create"), {QStringLiteral("--name"), QStringLiteral(" Website  form ")}));
    CHECK(create.action == Action::ApiKeyCreate);
    CHECK(create.workspacePath == QStringLiteral("/tmp/w.channeldesk"));
    CHECK(create.actingUser == QStringLiteral("UR-100-200-300"));
    CHECK(create.actingAccount == QStringLiteral("PA-481-516"));
    CHECK(create.apiKeyName == QStringLiteral("Website form"));

    const auto list = parse(apiKey(QStringLiteral("list")));
    CHECK(list.action == Action::ApiKeyList);
    CHECK(parse({QStringLiteral("api-key"), QStringLiteral("list"), QStringLiteral("--workspace"),
                 QStringLiteral("postgresql://db.example/team"), QStringLiteral("--as"),
                 QStringLiteral("a@b.example"), QStringLiteral("--account"),
                 QStringLiteral("PA-481-516")})
              .workspacePath == QStringLiteral("postgresql://db.example/team"));

    const auto revoke =
        parse(apiKey(QStringLiteral("revoke"), {QStringLiteral("KEY-123-456-789")}));
    CHECK(revoke.action == Action::ApiKeyRevoke);
    CHECK(revoke.apiKeyId == QStringLiteral("KEY-123-456-789"));

    const struct {
        QStringList arguments;
        const char* says;
    } refusals[] = {
        {{QStringLiteral("api-key")}, "api-key create|list|revoke"},
        {{QStringLiteral("api-key"), QStringLiteral("delete")}, "not \u201cdelete\u201d"},
        {apiKey(QStringLiteral("create")), "needs --name"},
        {apiKey(QStringLiteral("create"), {QStringLiteral("--name"), QStringLiteral("  ")}),
         "Give the key a name"},
        {apiKey(QStringLiteral("create"),
                {QStringLiteral("--name"), QString(101, QLatin1Char('n'))}),
         "at most 100 characters"},
        {apiKey(QStringLiteral("create"), {QStringLiteral("--name"), QStringLiteral("a"),
                                           QStringLiteral("--name"), QStringLiteral("b")}),
         "--name at most once"},
        {apiKey(QStringLiteral("list"), {QStringLiteral("--name"), QStringLiteral("a")}),
         "--name goes with api-key create"},
        {apiKey(QStringLiteral("list"), {QStringLiteral("extra")}),
         "Write: channeldesk api-key list"},
        {apiKey(QStringLiteral("revoke")), "Write: channeldesk api-key revoke ID"},
        {apiKey(QStringLiteral("revoke"), {QStringLiteral("UR-100-200-300")}),
         "is not an API key ID (KEY-ddd-ddd-ddd)"},
        {apiKey(QStringLiteral("list"), {QStringLiteral("--bogus")}), "bogus"},
        {{QStringLiteral("api-key"), QStringLiteral("list"), QStringLiteral("--as"),
          QStringLiteral("x"), QStringLiteral("--account"), QStringLiteral("PA-481-516")},
         "api-key list needs --workspace"},
        {{QStringLiteral("api-key"), QStringLiteral("list"), QStringLiteral("--workspace"),
          QStringLiteral("w"), QStringLiteral("--account"), QStringLiteral("PA-481-516")},
         "api-key list needs --as"},
        {{QStringLiteral("api-key"), QStringLiteral("list"), QStringLiteral("--workspace"),
          QStringLiteral("w"), QStringLiteral("--as"), QStringLiteral("x"),
          QStringLiteral("--account"), QStringLiteral(" ")},
         "api-key list needs --account"},
    };
    for (const auto& refusal : refusals) {
        INFO(refusal.arguments.join(QLatin1Char(' ')).toStdString());
        const auto refused = parse(refusal.arguments);
        CHECK(refused.action == Action::Fail);
        INFO(refused.text.toStdString());
        CHECK(refused.text.contains(QString::fromUtf8(refusal.says)));
    }
    CHECK(parse({QStringLiteral("--help")}).text.contains(QStringLiteral("api-key create")));
}

TEST_CASE("api-key create writes only the key on stdout, and list and revoke work on it",
          "[commandline][api-keys]")
{
    TestWorkspace dir;
    QString workspacePath;
    {
        auto workspace = dir.createDemo();
        workspacePath = workspace->path();
        if (TestWorkspace::engine() == SqlEngine::Postgres)
            workspacePath = workspace->server().url(); // with the password
    }
    const auto request = [&workspacePath](const QString& command, const QStringList& more = {},
                                          const char* user =
                                              "michael.goldmill@mightymicks.example") {
        return parse(QStringList{QStringLiteral("api-key"), command} + more +
                     QStringList{QStringLiteral("--workspace"), workspacePath,
                                 QStringLiteral("--as"), QString::fromLatin1(user),
                                 QStringLiteral("--account"),
                                 id(DemoWorkspace::homeDistributorId)});
    };
    const Run created =
        run(request(QStringLiteral("create"), {QStringLiteral("--name"), QStringLiteral("CI")}));
    INFO(created.err.toStdString());
    REQUIRE(created.code == CommandLine::exitOk);
    const QString token = created.out.trimmed();
    CHECK(created.out == token + QLatin1Char('\n'));
    CHECK(ApiKeyToken::isWellFormed(token));
    CHECK_FALSE(created.err.contains(token.mid(4, 10)));
    CHECK(created.err.contains(QStringLiteral("\u201cCI\u201d")));

    const Run listed = run(request(QStringLiteral("list")));
    REQUIRE(listed.code == CommandLine::exitOk);
    const QStringList lines = listed.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == QStringLiteral("id\tname\tprefix\tcreated\tlast_used\trevoked"));
    const QStringList cells = lines.at(1).split(QLatin1Char('\t'));
    REQUIRE(cells.size() == 6);
    CHECK(cells.at(1) == QStringLiteral("CI"));
    CHECK(cells.at(2) == token.left(12));
    CHECK(QDateTime::fromString(cells.at(3), Qt::ISODate).isValid());
    CHECK(cells.at(4) == QStringLiteral("-"));
    CHECK(cells.at(5) == QStringLiteral("-"));
    CHECK_FALSE(listed.out.contains(token.mid(12)));

    // Someone who is not a crm_admin; a user unknown; an unknown key: exit 1 with the reason.
    const Run sales =
        run(request(QStringLiteral("create"), {QStringLiteral("--name"), QStringLiteral("CI")},
                    "tony.gazzo@mightymicks.example"));
    CHECK(sales.code == CommandLine::exitFailed);
    CHECK(sales.out.isEmpty());
    CHECK(sales.err.contains(QStringLiteral("Only a CRM admin")));
    const Run nobody = run(request(QStringLiteral("list"), {}, "nobody@nowhere.example"));
    CHECK(nobody.code == CommandLine::exitFailed);
    CHECK(nobody.err.contains(QStringLiteral("nobody@nowhere.example")));
    const Run unknown = run(request(QStringLiteral("revoke"), {QStringLiteral("KEY-000-000-000")}));
    CHECK(unknown.code == CommandLine::exitFailed);
    CHECK(unknown.err.contains(QStringLiteral("KEY-000-000-000")));

    const Run revoked = run(request(QStringLiteral("revoke"), {cells.at(0)}));
    INFO(revoked.err.toStdString());
    CHECK(revoked.code == CommandLine::exitOk);
    CHECK(revoked.out.contains(cells.at(0)));
    const Run again = run(request(QStringLiteral("revoke"), {cells.at(0)}));
    CHECK(again.code == CommandLine::exitFailed);
    CHECK(again.err.contains(QStringLiteral("already revoked")));
    const Run after = run(request(QStringLiteral("list")));
    CHECK(after.out.trimmed().split(QLatin1Char('\n')).at(1).split(QLatin1Char('\t')).at(5) !=
          QStringLiteral("-"));
}

TEST_CASE("api-key refuses a workspace that is not there, leaving nothing behind",
          "[commandline][api-keys][sqlite]")
{
    TestWorkspace dir;
    const QString missing = dir.path(QStringLiteral("missing.channeldesk"));
    const Run run_ = run(
        parse({QStringLiteral("api-key"), QStringLiteral("create"), QStringLiteral("--workspace"),
               missing, QStringLiteral("--as"), QStringLiteral("x"), QStringLiteral("--account"),
               QStringLiteral("PA-481-516"), QStringLiteral("--name"), QStringLiteral("CI")}));
    CHECK(run_.code == CommandLine::exitFailed);
    CHECK(run_.out.isEmpty());
    CHECK_FALSE(run_.err.isEmpty());
    CHECK_FALSE(QFileInfo::exists(missing));
}
