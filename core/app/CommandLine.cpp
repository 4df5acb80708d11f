#include "app/CommandLine.h"

#include "accounts/UserRole.h"
#include "common/IdFormat.h"
#include "directory/DayRange.h"
#include "integrations/ApiKeyService.h"
#include "partners/InvitationService.h"
#include "storage/ServerAddress.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

/// `server init URL [--demo] [--demo-password PASS]`, `server add-user URL --email E --name NAME
/// --account ACCOUNT --role ROLE [--password-file F]` and `server set-password URL --email E
/// [--password-file F]`.
CommandLineRequest parseServerSetup(const QStringList& arguments)
{
    const bool init = arguments.value(2) == QLatin1String("init");
    const bool setPassword = arguments.value(2) == QLatin1String("set-password");
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption demoPassword(QStringLiteral("demo-password"), QString(),
                                          QStringLiteral("PASS"));
    const QCommandLineOption email(QStringLiteral("email"), QString(), QStringLiteral("E"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption account(QStringLiteral("account"), QString(),
                                     QStringLiteral("ACCOUNT"));
    const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QString(),
                                          QStringLiteral("F"));
    if (init)
        parser.addOptions({demo, demoPassword});
    else if (setPassword)
        parser.addOptions({email, passwordFile});
    else
        parser.addOptions({email, name, account, role, passwordFile});
    CommandLineRequest request;
    const auto fail = [&request](const QString& message) {
        request.action = CommandLineRequest::Action::Fail;
        request.text = message;
        return request;
    };
    const QString usage =
        init          ? CommandLine::tr("Write: channeldesk server init URL [--demo] "
                                                 "[--demo-password PASS]")
        : setPassword ? CommandLine::tr("Write: channeldesk server set-password URL --email E "
                                        "[--password-file F]")
                      : CommandLine::tr("Write: channeldesk server add-user URL --email E --name "
                                        "NAME --account ACCOUNT --role ROLE [--password-file F]");
    if (!parser.parse(arguments))
        return fail(parser.errorText() + QLatin1Char('\n') + usage);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.at(2).trimmed().isEmpty())
        return fail(usage);
    for (const QCommandLineOption& option : init ? QList{demoPassword}
                                            : setPassword
                                                ? QList{email, passwordFile}
                                                : QList{email, name, account, role, passwordFile})
        if (parser.values(option).size() > 1)
            return fail(CommandLine::tr("Give --%1 at most once.").arg(option.names().first()));
    request.serverUrl = positional.at(2).trimmed();
    if (init) {
        request.action = CommandLineRequest::Action::ServerInit;
        request.serverDemo = parser.isSet(demo);
        if (parser.isSet(demoPassword)) {
            if (!request.serverDemo)
                return fail(CommandLine::tr("--demo-password goes with --demo."));
            request.demoPassword = parser.value(demoPassword);
            if (request.demoPassword.isEmpty())
                return fail(CommandLine::tr("--demo-password needs a password."));
        }
        return request;
    }
    if (parser.isSet(passwordFile)) {
        request.passwordFile = parser.value(passwordFile);
        if (request.passwordFile.trimmed().isEmpty())
            return fail(CommandLine::tr("--password-file needs a file path."));
    }
    if (setPassword) {
        request.action = CommandLineRequest::Action::ServerSetPassword;
        request.userEmail = parser.value(email).trimmed();
        if (request.userEmail.isEmpty())
            return fail(CommandLine::tr("server set-password needs --email.") + QLatin1Char('\n') +
                        usage);
        return request;
    }
    request.action = CommandLineRequest::Action::ServerAddUser;
    for (const auto& [option, target] :
         {std::pair{&email, &request.userEmail}, std::pair{&name, &request.userName},
          std::pair{&account, &request.userAccount}, std::pair{&role, &request.userRole}}) {
        *target = parser.value(*option).trimmed();
        if (target->isEmpty())
            return fail(
                CommandLine::tr("server add-user needs --%1.").arg(option->names().first()) +
                QLatin1Char('\n') + usage);
    }
    if (!userRoles.fromKey(request.userRole)) {
        QStringList keys;
        for (UserRole each : {UserRole::CrmAdmin, UserRole::CrmManager, UserRole::CrmSales,
                              UserRole::CrmMarketeer, UserRole::Viewer})
            keys << userRoles.key(each);
        return fail(CommandLine::tr("--role is one of %1, not \u201c%2\u201d.")
                        .arg(keys.join(QStringLiteral(", ")), request.userRole));
    }
    return request;
}

/// `api-key create --workspace W --as USER --account ACCOUNT --name NAME`, `api-key list …` and
/// `api-key revoke ID …`: every option required, so a key is never made for a workspace or
/// user picked by default.
CommandLineRequest parseApiKey(const QStringList& arguments)
{
    const QString command = arguments.value(2);
    const bool create = command == QLatin1String("create");
    const bool revoke = command == QLatin1String("revoke");
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), QString(), QStringLiteral("W"));
    const QCommandLineOption as(QStringLiteral("as"), QString(), QStringLiteral("USER"));
    const QCommandLineOption account(QStringLiteral("account"), QString(),
                                     QStringLiteral("ACCOUNT"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    parser.addOptions({workspace, as, account, name});
    CommandLineRequest request;
    const auto fail = [&request](const QString& message) {
        request.action = CommandLineRequest::Action::Fail;
        request.text = message;
        return request;
    };
    const QString usage =
        create   ? CommandLine::tr("Write: channeldesk api-key create --workspace W --as USER "
                                     "--account ACCOUNT --name NAME")
        : revoke ? CommandLine::tr("Write: channeldesk api-key revoke ID --workspace W --as USER "
                                   "--account ACCOUNT")
                 : CommandLine::tr(
                       "Write: channeldesk api-key list --workspace W --as USER --account ACCOUNT");
    if (command.isEmpty() || command.startsWith(QLatin1Char('-')))
        return fail(CommandLine::tr("Write: channeldesk api-key create|list|revoke \u2026"));
    if (!create && !revoke && command != QLatin1String("list"))
        return fail(
            CommandLine::tr("api-key create, list or revoke, not \u201c%1\u201d.").arg(command));
    if (!parser.parse(arguments))
        return fail(parser.errorText() + QLatin1Char('\n') + usage);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (revoke ? 3 : 2))
        return fail(usage);
    for (const QCommandLineOption& option : {workspace, as, account, name})
        if (parser.values(option).size() > 1)
            return fail(CommandLine::tr("Give --%1 at most once.").arg(option.names().first()));
    for (const auto& [option, target] :
         {std::pair{&workspace, &request.workspacePath}, std::pair{&as, &request.actingUser},
          std::pair{&account, &request.actingAccount}}) {
        *target = parser.value(*option).trimmed();
        if (target->isEmpty())
            return fail(
                CommandLine::tr("api-key %1 needs --%2.").arg(command, option->names().first()) +
                QLatin1Char('\n') + usage);
    }
    if (create) {
        if (!parser.isSet(name))
            return fail(CommandLine::tr("api-key create needs --name.") + QLatin1Char('\n') +
                        usage);
        request.apiKeyName = parser.value(name).simplified();
        if (const QString problem = ApiKeyService::nameProblem(request.apiKeyName);
            !problem.isEmpty())
            return fail(problem);
        request.action = CommandLineRequest::Action::ApiKeyCreate;
        return request;
    }
    if (parser.isSet(name))
        return fail(CommandLine::tr("--name goes with api-key create."));
    if (revoke) {
        request.apiKeyId = positional.at(2).trimmed();
        const IdFormat& format = IdFormat::of(IdKind::ApiKey);
        if (!format.matches(request.apiKeyId))
            return fail(CommandLine::tr("\u201c%1\u201d is not an API key ID (%2).")
                            .arg(request.apiKeyId, format.pattern()));
        request.action = CommandLineRequest::Action::ApiKeyRevoke;
        return request;
    }
    request.action = CommandLineRequest::Action::ApiKeyList;
    return request;
}

/// `serve --workspace W [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]`: the workspace is
/// required, so a service never starts on a workspace picked by default.
CommandLineRequest parseServe(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"), QString(), QStringLiteral("W"));
    const QCommandLineOption listen(QStringLiteral("listen"), QString(),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QString(), QStringLiteral("F"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QString(), QStringLiteral("F"));
    parser.addOptions({workspace, listen, tlsCert, tlsKey});
    CommandLineRequest request;
    const auto fail = [&request](const QString& message) {
        request.action = CommandLineRequest::Action::Fail;
        request.text = message;
        return request;
    };
    const QString usage = CommandLine::tr("Write: channeldesk serve --workspace W [--listen "
                                          "HOST:PORT] [--tls-cert FILE --tls-key FILE]");
    if (!parser.parse(arguments))
        return fail(parser.errorText() + QLatin1Char('\n') + usage);
    if (parser.positionalArguments().size() != 1)
        return fail(usage);
    for (const QCommandLineOption& option : {workspace, listen, tlsCert, tlsKey})
        if (parser.values(option).size() > 1)
            return fail(CommandLine::tr("Give --%1 at most once.").arg(option.names().first()));
    request.workspacePath = parser.value(workspace).trimmed();
    if (request.workspacePath.isEmpty())
        return fail(CommandLine::tr("serve needs --workspace.") + QLatin1Char('\n') + usage);
    if (parser.isSet(listen)) {
        // HOST:PORT, [IPv6]:PORT or :PORT (localhost)
        static const QRegularExpression address(
            QStringLiteral("^(\\[([0-9A-Fa-f:.]+)\\]|([^:\\[\\]]*)):([0-9]{1,5})$"));
        const QRegularExpressionMatch match = address.match(parser.value(listen).trimmed());
        const int port = match.hasMatch() ? match.captured(4).toInt() : -1;
        if (!match.hasMatch() || port > 65535)
            return fail(CommandLine::tr("--listen takes HOST:PORT, for example 127.0.0.1:8080 or "
                                        "[::1]:8080 (port 0: any free port)."));
        const QString host = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
        if (!host.isEmpty())
            request.listenHost = host;
        request.listenPort = quint16(port);
    }
    request.tlsCertificate = parser.value(tlsCert).trimmed();
    request.tlsKey = parser.value(tlsKey).trimmed();
    if (request.tlsCertificate.isEmpty() != request.tlsKey.isEmpty())
        return fail(CommandLine::tr("HTTPS needs both --tls-cert and --tls-key."));
    request.action = CommandLineRequest::Action::Serve;
    return request;
}

} // namespace

CommandLineRequest CommandLine::parse(const QStringList& arguments)
{
    if (arguments.value(1) == QLatin1String("serve"))
        return parseServe(arguments);
    if (arguments.value(1) == QLatin1String("api-key"))
        return parseApiKey(arguments);
    if (arguments.value(1) == QLatin1String("server") &&
        (arguments.value(2) == QLatin1String("init") ||
         arguments.value(2) == QLatin1String("add-user") ||
         arguments.value(2) == QLatin1String("set-password")))
        return parseServerSetup(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ChannelDesk: leads and channel partners, on your desktop.\n"
           "\n"
           "Without a command, the window opens. Commands:\n"
           "  import leads|partners FILE  Import the rows of the CSV file FILE (UTF-8; comma,\n"
           "      semicolon or tab separated); columns are matched to fields by their header.\n"
           "      Progress and the skipped rows with their line numbers go to stderr, the\n"
           "      summary to stdout.\n"
           "  export leads|partners FILE  Write the directory, as --search, --sort and --desc\n"
           "      choose (leads also --created-from and --created-to), to the CSV file FILE.\n"
           "Both act as --as in --account (default: the workspace's own user and account), in\n"
           "--workspace (default: the last or the default workspace).\n"
           "  server init URL [--demo] [--demo-password PASS]  Create a team workspace (schema,\n"
           "      roles, row-level security) in the empty PostgreSQL database URL; with --demo\n"
           "      also the demo and a login per demo user (password channeldesk-demo).\n"
           "  server add-user URL --email E --name NAME --account ACCOUNT --role ROLE\n"
           "      [--password-file F]  Add a user, their membership and their login (the e-mail\n"
           "      address); the password is the first line of F, else asked on the terminal.\n"
           "  server set-password URL --email E [--password-file F]  Create or change the login\n"
           "      of the user with e-mail E (for example after server push).\n"
           "  server push FILE URL  Copy the workspace file FILE (every record with its ID, the\n"
           "      history, stored files) into the empty team database URL\n"
           "      (postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE). FILE is only read.\n"

           "\n"
           "Exit codes: 0 done (import: every row imported); 1 failed; 2 bad command line;\n"
           "3 import: some rows were skipped.") +
        QLatin1String("\n\n") +
        tr("Keys of the REST API (W: a workspace file or a team server's postgresql:// URL):\n"
           "  api-key create --workspace W --as USER --account ACCOUNT --name NAME  Create a key\n"
           "      acting as USER, a CRM admin of ACCOUNT. Only the key goes to stdout, once: it\n"
           "      is never shown again.\n"
           "  api-key list --workspace W --as USER --account ACCOUNT  The account's keys.\n"
           "  api-key revoke ID --workspace W --as USER --account ACCOUNT  Revoke a key at once."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       tr("Open the workspace file PATH."), tr("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Write a new demo workspace to PATH and exit. An existing "
                                     "file is never overwritten."),
                                  tr("PATH"));
    const QCommandLineOption activate(QStringLiteral("activate"),
                                      tr("Open the invitation LINK to accept it (in the given or "
                                         "last workspace)."),
                                      tr("LINK"));
    const QCommandLineOption leads(QStringLiteral("leads"),
                                   tr("With --demo: add N generated leads."), tr("N"));
    const QCommandLineOption partners(QStringLiteral("partners"),
                                      tr("With --demo: add M generated partners."), tr("M"));
    const QCommandLineOption as(QStringLiteral("as"),
                                tr("import/export: act as the user with this ID or e-mail."),
                                tr("USER"));
    const QCommandLineOption account(QStringLiteral("account"),
                                     tr("import/export: act in the account with this ID."),
                                     tr("ACCOUNT"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("export: only the records the directory finds for TEXT."),
                                    tr("TEXT"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  tr("export: sort by the directory column COLUMN."), tr("COLUMN"));
    const QCommandLineOption descending(QStringLiteral("desc"),
                                        tr("export: sort in descending order."));
    const QCommandLineOption createdFrom(
        QStringLiteral("created-from"),
        tr("export leads: only the leads created on DAY (YYYY-MM-DD, local time) or later."),
        tr("DAY"));
    const QCommandLineOption createdTo(
        QStringLiteral("created-to"),
        tr("export leads: only the leads created on DAY (YYYY-MM-DD, local time) or earlier."),
        tr("DAY"));
    // Paragraphs of their own, so the catalogues keep the translated text above.
    parser.setApplicationDescription(
        parser.applicationDescription() +
        tr("\n\nserve --workspace W [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]: "
           "receive leads over HTTP (the REST API and published web forms) into the workspace W "
           "until stopped with Ctrl+C or SIGTERM; listens on 127.0.0.1:8080 unless told "
           "otherwise, HTTPS with a certificate and its key (PEM). One line per request on "
           "stdout.") +
        tr("\n\nimport-mail FILE.eml [--workspace PATH]: open the window with Create Lead filled "
           "in from the customer's e-mail FILE.eml (sender, company, subject and text; up to 10 "
           "MB); you pick the product and marketplace, nothing is saved until Create. A file that "
           "is no e-mail is refused with exit code 1."));
    parser.addOptions({help, version, workspace, demo, activate, leads, partners, as, account,
                       search, sort, descending, createdFrom, createdTo});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("import or export, then leads or partners, then FILE."),
                                 QStringLiteral("[import|export leads|partners FILE]"));

    CommandLineRequest request;
    if (!parser.parse(arguments)) {
        request.action = CommandLineRequest::Action::Fail;
        request.text = parser.errorText();
        return request;
    }
    if (parser.isSet(help)) {
        request.action = CommandLineRequest::Action::ShowHelp;
        // Without an application object the parser cannot know the program's name.
        request.text = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                 QFileInfo(arguments.value(0)).fileName());
        return request;
    }
    if (parser.isSet(version)) {
        request.action = CommandLineRequest::Action::ShowVersion;
        request.text = QStringLiteral("channeldesk %1").arg(QStringLiteral(CHANNELDESK_VERSION));
        return request;
    }
    auto fail = [&request](const QString& message) {
        request.action = CommandLineRequest::Action::Fail;
        request.text = message;
        return request;
    };
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("server") && positional.value(1) == QLatin1String("push")) {
        if (positional.size() != 4)
            return fail(tr("Write: channeldesk server push FILE URL"));
        for (const QCommandLineOption* option :
             {&workspace, &demo, &activate, &leads, &partners, &as, &account, &search, &sort,
              &descending, &createdFrom, &createdTo})
            if (parser.isSet(*option))
                return fail(
                    tr("--%1 cannot be used with server push.").arg(option->names().first()));
        request.pushFile = positional.at(2);
        request.pushUrl = positional.at(3);
        if (request.pushFile.trimmed().isEmpty() || request.pushUrl.trimmed().isEmpty() ||
            ServerAddress::isServerUrl(request.pushFile) ||
            !ServerAddress::isServerUrl(request.pushUrl))
            return fail(tr("server push needs a workspace file, then the team database as "
                           "postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE."));
        request.action = CommandLineRequest::Action::ServerPush;
        return request;
    }
    if (command == QLatin1String("import-mail")) {
        if (positional.size() != 2 || positional.at(1).trimmed().isEmpty())
            return fail(tr("Write: channeldesk import-mail FILE.eml [--workspace PATH]"));
        for (const QCommandLineOption* option :
             {&demo, &activate, &leads, &partners, &as, &account, &search, &sort, &descending,
              &createdFrom, &createdTo})
            if (parser.isSet(*option))
                return fail(
                    tr("--%1 cannot be used with %2.").arg(option->names().first(), command));
        if (parser.values(workspace).size() > 1)
            return fail(tr("Give --%1 at most once.").arg(workspace.names().first()));
        if (parser.isSet(workspace)) {
            request.workspacePath = parser.value(workspace);
            if (request.workspacePath.trimmed().isEmpty())
                return fail(tr("--workspace needs a file path."));
        }
        request.mailPath = positional.at(1);
        return request;
    }
    const bool importing = command == QLatin1String("import");
    const bool exporting = command == QLatin1String("export");
    if (!positional.isEmpty() && !importing && !exporting)
        return fail(tr("Unexpected argument: %1").arg(command));
    if (parser.values(workspace).size() > 1 || parser.values(demo).size() > 1)
        return fail(tr("Give --workspace and --demo at most once each."));
    for (const QCommandLineOption* option :
         {&as, &account, &search, &sort, &createdFrom, &createdTo})
        if (parser.values(*option).size() > 1)
            return fail(tr("Give --%1 at most once.").arg(option->names().first()));
    if (!importing && !exporting) {
        for (const QCommandLineOption* option :
             {&as, &account, &search, &sort, &descending, &createdFrom, &createdTo})
            if (parser.isSet(*option))
                return fail(tr("--%1 goes with the import or export command.")
                                .arg(option->names().first()));
    } else {
        if (positional.size() != 3)
            return fail(tr("Write: channeldesk %1 leads|partners FILE").arg(command));
        const QString records = positional.at(1);
        if (records != QLatin1String("leads") && records != QLatin1String("partners"))
            return fail(tr("%1 leads or partners, not \u201c%2\u201d.")
                            .arg(importing ? tr("Import") : tr("Export"), records));
        for (const QCommandLineOption* option : {&demo, &activate, &leads, &partners})
            if (parser.isSet(*option))
                return fail(
                    tr("--%1 cannot be used with %2.").arg(option->names().first(), command));
        if (importing)
            for (const QCommandLineOption* option :
                 {&search, &sort, &descending, &createdFrom, &createdTo})
                if (parser.isSet(*option))
                    return fail(
                        tr("--%1 goes with export, not import.").arg(option->names().first()));
        if (records != QLatin1String("leads"))
            for (const QCommandLineOption* option : {&createdFrom, &createdTo})
                if (parser.isSet(*option))
                    return fail(tr("--%1 goes with export leads.").arg(option->names().first()));
        request.action =
            importing ? CommandLineRequest::Action::Import : CommandLineRequest::Action::Export;
        request.records =
            records == QLatin1String("leads") ? TransferKind::Leads : TransferKind::Partners;
        request.transferPath = positional.at(2);
        if (request.transferPath.trimmed().isEmpty())
            return fail(tr("%1 needs a file path.").arg(command));
        if (parser.isSet(as)) {
            request.actingUser = parser.value(as).trimmed();
            if (request.actingUser.isEmpty())
                return fail(tr("--as needs a user's ID or e-mail."));
        }
        if (parser.isSet(account)) {
            request.actingAccount = parser.value(account).trimmed();
            if (request.actingAccount.isEmpty())
                return fail(tr("--account needs an account ID."));
        }
        request.search = parser.value(search);
        if (parser.isSet(sort)) {
            request.sortColumn = parser.value(sort).trimmed();
            if (request.sortColumn.isEmpty())
                return fail(tr("--sort needs a column."));
        }
        request.descending = parser.isSet(descending);
        for (const auto& [option, target] : {std::pair{&createdFrom, &request.createdFrom},
                                             std::pair{&createdTo, &request.createdTo}}) {
            if (!parser.isSet(*option))
                continue;
            *target = parser.value(*option).trimmed();
            if (target->isEmpty())
                return fail(tr("--%1 needs a day (YYYY-MM-DD).").arg(option->names().first()));
        }
        if (auto days = DayRange::parse({request.createdFrom, request.createdTo}); !days)
            return fail(days.error().message);
        if (parser.isSet(workspace)) {
            request.workspacePath = parser.value(workspace);
            if (request.workspacePath.trimmed().isEmpty())
                return fail(tr("--workspace needs a file path."));
        }
        return request;
    }
    if (parser.isSet(demo) && parser.isSet(workspace))
        return fail(tr("--demo and --workspace cannot be used together."));
    if (parser.isSet(demo) && parser.isSet(activate))
        return fail(tr("--demo and --activate cannot be used together."));
    if (parser.isSet(activate)) {
        request.activationLink = parser.value(activate).trimmed();
        if (request.activationLink.isEmpty())
            return fail(tr("--activate needs the activation link."));
        if (auto token = InvitationService::tokenOf(request.activationLink); !token)
            return fail(token.error().message);
    }
    if ((parser.isSet(leads) || parser.isSet(partners)) && !parser.isSet(demo))
        return fail(tr("--leads and --partners go with --demo."));
    for (const auto& [option, target] :
         {std::pair{&leads, &request.demoLeads}, std::pair{&partners, &request.demoPartners}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 0)
            return fail(tr("--%1 needs a whole number of 0 or more.").arg(option->names().first()));
    }
    if (parser.isSet(demo)) {
        request.demoPath = parser.value(demo);
        if (request.demoPath.trimmed().isEmpty())
            return fail(tr("--demo needs a file path."));
        request.action = CommandLineRequest::Action::WriteDemo;
        return request;
    }
    if (parser.isSet(workspace)) {
        request.workspacePath = parser.value(workspace);
        if (request.workspacePath.trimmed().isEmpty())
            return fail(tr("--workspace needs a file path."));
    }
    return request;
}
