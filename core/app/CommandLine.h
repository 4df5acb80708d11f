#pragma once

#include "transfer/TransferKind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// What the command line asks the program to do.
struct CommandLineRequest {
    enum class Action {
        OpenWindow,
        WriteDemo,
        Import,
        Export,
        ShowVersion,
        ShowHelp,
        Fail,
        ServerInit,
        ServerAddUser,
        ServerPush,
        ServerSetPassword,
        ApiKeyCreate,
        ApiKeyList,
        ApiKeyRevoke,
        Serve
    };
    Action action = Action::OpenWindow;
    QString workspacePath;  ///< --workspace, empty for the last or default workspace
    QString demoPath;       ///< --demo
    QString activationLink; ///< --activate: opens the invitation in the window
    QString mailPath;  ///< import-mail FILE: the window opens Create Lead filled in from the e-mail
    int demoLeads = 0; ///< --leads: extra leads in the demo
    int demoPartners = 0;                       ///< --partners: extra partners in the demo
    TransferKind records = TransferKind::Leads; ///< import / export: leads or partners
    QString transferPath;                       ///< import / export: the CSV file to read or write
    QString actingUser;      ///< --as: a user's ID or e-mail; empty for the home user
    QString actingAccount;   ///< --account: an account ID; empty for one of the user's accounts
    QString search;          ///< export --search: the directory's search text
    QString sortColumn;      ///< export --sort: the column to sort by
    bool descending = false; ///< export --desc
    QString createdFrom;     ///< export leads --created-from: the first day (YYYY-MM-DD)
    QString createdTo;       ///< export leads --created-to: the last day (YYYY-MM-DD)
    QString text;            ///< help text, version line or error message
    // server init URL [--demo] [--demo-password PASS];
    // server add-user URL --email E --name NAME --account ACCOUNT --role ROLE [--password-file F]
    QString serverUrl;       ///< server init / add-user: the team database
    bool serverDemo = false; ///< server init --demo
    QString demoPassword;    ///< server init --demo-password; empty for the default
    QString userEmail;       ///< server add-user / set-password --email
    QString userName;        ///< server add-user --name
    QString userAccount;     ///< server add-user --account
    QString userRole;        ///< server add-user --role: a role key (crm_admin, …)
    QString passwordFile;    ///< server add-user / set-password --password-file; empty: ask
    QString pushFile;        ///< server push: the workspace file to copy
    QString pushUrl;         ///< server push: the empty team database (postgresql://…)
    // api-key create|list|revoke --workspace W --as USER --account ACCOUNT: workspacePath,
    // actingUser and actingAccount (all required), and:
    QString apiKeyName;                               ///< api-key create --name
    QString apiKeyId;                                 ///< api-key revoke ID
    QString listenHost = QStringLiteral("127.0.0.1"); ///< serve --listen HOST:PORT
    quint16 listenPort = 8080;                        ///< serve --listen; 0: any free port
    QString tlsCertificate;                           ///< serve --tls-cert FILE (PEM)
    QString tlsKey;                                   ///< serve --tls-key FILE (PEM)
};

/// Parses the arguments (argv[0] first) with QCommandLineParser, without needing an application
/// object, so the caller can decide between a window and a console-only run. Besides the
/// options, the commands `import leads|partners FILE`, `export leads|partners FILE`, `server …`
/// and `api-key create|list|revoke`.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static CommandLineRequest parse(const QStringList& arguments);

    /// Exit codes of a console run.
    static constexpr int exitOk = 0;
    static constexpr int exitFailed = 1;
    static constexpr int exitUsage = 2;
    static constexpr int exitSomeSkipped = 3;
};
