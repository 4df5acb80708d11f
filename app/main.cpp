#include "app/ApiKeyCommand.h"
#include "app/AppLanguage.h"
#include "app/CommandLine.h"
#include "app/StartupWorkspace.h"
#include "demo/DemoVolume.h"
#include "http/ServeCommand.h"
#include "leads/LeadDirectoryModel.h"
#include "mail/MailLeadReader.h"
#include "main/ApplicationIcon.h"
#include "main/MainWindow.h"
#include "partners/PartnerDirectoryModel.h"
#include "server/TeamServerSetup.h"
#include "server/WorkspacePush.h"
#include "session/ActingChoice.h"
#include "storage/ServerAddress.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "transfer/DirectoryExport.h"
#include "transfer/RecordImport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));
}

/// The language chosen under View -> Language, else the system's (AppLanguage).
void installLanguage()
{
    AppLanguage::install(AppLanguage::chosen());
}

int writeDemo(int argc, char** argv, const CommandLineRequest& request)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installLanguage();
    QTextStream err(stderr);
    const auto progress = [&err](qint64 done, qint64 total) {
        err << '\r'
            << QCoreApplication::translate("main", "Generating %1 of %2 records")
                   .arg(done)
                   .arg(total)
            << Qt::flush;
        if (done == total)
            err << Qt::endl;
    };
    const QString path = request.demoPath;
    if (auto created = DemoVolume::create(path, request.demoLeads, request.demoPartners, progress);
        !created) {
        QTextStream(stderr) << "channeldesk: " << created.error().message << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate("main", "Wrote the demo workspace %1")
                               .arg(ServerAddress::shown(path))
                        << Qt::endl;
    return 0;
}

/// The workspace a console command works in: --workspace, else the last or default one. A
/// command that only reads opens a read-only workspace too.
Result<std::unique_ptr<Workspace>> consoleWorkspace(const CommandLineRequest& request, bool writes)
{
    const QString lastPath = QSettings().value(MainWindow::lastWorkspaceKey()).toString();
    auto path = StartupWorkspace::choose(request.workspacePath, lastPath, Workspace::defaultPath());
    if (!path)
        return path.error();
    return writes ? Workspace::open(path.value()) : StartupWorkspace::openForReading(path.value());
}

/// A console command's failure: the message on stderr, exit code "failed".
int fail(const QString& message)
{
    QTextStream(stderr) << "channeldesk: " << message << Qt::endl;
    return CommandLine::exitFailed;
}

/// `channeldesk import leads|partners FILE`: columns mapped by their header; progress and the
/// skipped rows on stderr, the summary on stdout.
int importRecords(int argc, char** argv, const CommandLineRequest& request)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installLanguage();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const TransferKind kind = request.records;
    auto workspace = consoleWorkspace(request, true);
    if (!workspace)
        return fail(workspace.error().message);
    if (workspace.value()->isChecking())
        err << QCoreApplication::translate("main", "Checking the workspace for damage before "
                                                   "writing to it\u2026")
            << Qt::endl;
    if (auto checked = workspace.value()->waitForCheck(); !checked)
        return fail(checked.error().message);
    const QSqlDatabase database = workspace.value()->database();
    auto acting = ActingChoice::resolve(
        database, request.actingUser, request.actingAccount,
        [kind](const ActingContext& context) { return RecordImport::isAllowed(kind, context); });
    if (!acting)
        return fail(acting.error().message);
    QElapsedTimer clock;
    clock.start();
    qint64 shownAt = -1000;
    qsizetype shownLength = 0;
    auto show = [&err, &shownLength](const QString& line) {
        err << '\r' << line.leftJustified(shownLength) << Qt::flush;
        shownLength = line.size();
    };
    const auto progress = [&](qint64 rows, qint64 bytes, qint64 total) {
        if (clock.elapsed() - shownAt >= 200) {
            shownAt = clock.elapsed();
            // Counted outside translate(): lupdate 6.4 hangs on a template argument inside it.
            const int rowsRead = int(qMin<qint64>(rows, INT_MAX));
            show(QCoreApplication::translate("main", "Importing: %n rows read (%1%)", nullptr,
                                             rowsRead)
                     .arg(total > 0 ? bytes * 100 / total : 0));
        }
        return true;
    };
    // A batch that waits while another program writes to the workspace says so, once per wait.
    bool waiting = false;
    Transaction::setWaitObserver([&err, &waiting](qint64 waitedMs) {
        if (waitedMs >= 0 && !waiting)
            err << '\n'
                << QCoreApplication::translate("main", "Waiting for the workspace: another "
                                                       "program is writing to it\u2026")
                << Qt::endl;
        waiting = waitedMs >= 0;
    });
    const auto matched = [&](const RecordImport::HeaderMatch& match) {
        err << QCoreApplication::translate("main", "Importing %1 as %2 in %3")
                   .arg(QDir::toNativeSeparators(request.transferPath), acting->userName,
                        acting->accountName)
            << Qt::endl;
        if (!match.ignoredColumns.isEmpty())
            err << QCoreApplication::translate("main", "Columns not imported:") << Qt::endl
                << "  " << match.ignoredColumns.join(QStringLiteral("\n  ")) << Qt::endl;
    };
    auto report = RecordImport::importByHeader(kind, database, acting.value(), request.transferPath,
                                               matched, progress);
    if (!report) {
        show(QString());
        err << '\r' << Qt::flush;
        return fail(report.error().message);
    }
    const double seconds = qMax(0.001, double(clock.elapsed()) / 1000.0);
    const int rowsRead = int(qMin<qint64>(report->rowsRead, INT_MAX));
    show(QCoreApplication::translate("main", "Read %n rows in %1 s (%2 rows/s)", nullptr, rowsRead)
             .arg(seconds, 0, 'f', 1)
             .arg(qRound64(double(report->rowsRead) / seconds)));
    err << Qt::endl;
    if (report->skipped > 0)
        err << report->problemsText() << Qt::endl;
    out << report->summary() << Qt::endl;
    for (const QString& note : std::as_const(report->notes))
        out << note << Qt::endl;
    if (report->cancelled || report->failure)
        return CommandLine::exitFailed;
    return report->skipped > 0 ? CommandLine::exitSomeSkipped : CommandLine::exitOk;
}

/// `channeldesk export leads|partners FILE [--search TEXT] [--sort COLUMN] [--desc]`.
int exportDirectory(int argc, char** argv, const CommandLineRequest& request)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installLanguage();
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto workspace = consoleWorkspace(request, false);
    if (!workspace)
        return fail(workspace.error().message);
    const QSqlDatabase database = workspace.value()->database();
    auto acting = ActingChoice::resolve(database, request.actingUser, request.actingAccount);
    if (!acting)
        return fail(acting.error().message);
    std::unique_ptr<DirectoryModel> model;
    if (request.records == TransferKind::Leads)
        model = std::make_unique<LeadDirectoryModel>();
    else
        model = std::make_unique<PartnerDirectoryModel>();
    DirectoryQuery query{request.sortColumn, request.descending, {}, {}, request.search};
    if (!request.createdFrom.isEmpty() || !request.createdTo.isEmpty())
        query.ranges.insert(QStringLiteral("created"),
                            DirectoryRange{request.createdFrom, request.createdTo});
    if (auto checked = model->source().checked(query); !checked)
        return fail(checked.error().message);
    const auto progress = [&err](qint64 done, qint64 total) {
        err << '\r'
            << QCoreApplication::translate("main", "Exported %1 of %2 rows").arg(done).arg(total)
            << Qt::flush;
        return true;
    };
    auto written = DirectoryExport::write(request.transferPath, database, acting.value(),
                                          model->source(), query, model->exportColumns(), progress);
    err << Qt::endl;
    if (!written)
        return fail(written.error().message);
    // Counted outside translate(): lupdate 6.4 hangs on a template argument inside it.
    const int exported = int(qMin<qint64>(written.value(), INT_MAX));
    out << QCoreApplication::translate("main", "Exported %n rows as %1 in %2 to %3", nullptr,
                                       exported)
               .arg(acting->userName, acting->accountName,
                    QDir::toNativeSeparators(request.transferPath))
        << Qt::endl;
    return 0;
}

/// A login's password: the first line of the file, else a line typed on the terminal (not
/// echoed) or read from the standard input.
Result<QString> readPassword(const QString& file)
{
    if (!file.isEmpty()) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error{ErrorCode::NotFound,
                         QCoreApplication::translate("main", "Cannot read the password file %1: %2")
                             .arg(QDir::toNativeSeparators(file), input.errorString())};
        const QString password =
            QString::fromUtf8(input.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        if (password.isEmpty())
            return Error{ErrorCode::Invalid, QCoreApplication::translate(
                                                 "main", "The password file %1 starts with an "
                                                         "empty line; the login needs a password.")
                                                 .arg(QDir::toNativeSeparators(file))};
        return password;
    }
    QTextStream(stderr) << QCoreApplication::translate("main", "Password of the login: ")
                        << Qt::flush;
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
#endif
    QTextStream in(stdin);
    const QString password = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        QTextStream(stderr) << QLatin1Char('\n') << Qt::flush;
    }
#endif
    if (password.isEmpty())
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("main", "No password was given; the login needs "
                                                         "one.")};
    return password;
}

/// `channeldesk server push FILE URL`: progress on stderr, the summary on stdout.
int pushWorkspace(int argc, char** argv, const CommandLineRequest& request)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installLanguage();
    QTextStream err(stderr);
    QElapsedTimer shown;
    shown.start();
    qsizetype shownLength = 0;
    const auto progress = [&](const WorkspacePush::Progress& step) {
        if (shown.elapsed() < 200 && step.rowsCopied < step.rowsTotal)
            return;
        shown.restart();
        const QString line =
            QCoreApplication::translate("main", "Pushing: %1 of %2 rows copied (%3)")
                .arg(step.rowsCopied)
                .arg(step.rowsTotal)
                .arg(step.table);
        err << '\r' << line.leftJustified(shownLength) << Qt::flush;
        shownLength = line.size();
    };
    auto pushed = WorkspacePush::push(request.pushFile, request.pushUrl, progress);
    if (shownLength > 0)
        err << Qt::endl;
    if (!pushed)
        return fail(pushed.error().message);
    const double seconds = qMax(0.001, double(pushed->milliseconds) / 1000.0);
    const double copySeconds = qMax(0.001, double(pushed->copyMilliseconds) / 1000.0);
    QTextStream(stdout) << QCoreApplication::translate(
                               "main", "Pushed %1 rows of %2 tables to %3 in %4 s (%5 rows/s; "
                                       "schema %6 s, rows %7 s at %8 rows/s)")
                               .arg(pushed->rows)
                               .arg(pushed->rowsByTable.size())
                               .arg(pushed->server)
                               .arg(seconds, 0, 'f', 1)
                               .arg(qRound64(double(pushed->rows) / seconds))
                               .arg(double(pushed->schemaMilliseconds) / 1000.0, 0, 'f', 1)
                               .arg(copySeconds, 0, 'f', 1)
                               .arg(qRound64(double(pushed->rows) / copySeconds))
                        << Qt::endl;
    return CommandLine::exitOk;
}

/// `channeldesk server init URL [--demo] [--demo-password PASS]`.
int initServer(int argc, char** argv, const CommandLineRequest& request)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installLanguage();
    TeamServerSetup::InitOptions options;
    options.demo = request.serverDemo;
    if (!request.demoPassword.isEmpty())
        options.demoPassword = request.demoPassword;
    auto report = TeamServerSetup::init(request.serverUrl, options);
    if (!report)
        return fail(report.error().message);
    QTextStream out(stdout);
    out << QCoreApplication::translate("main", "Created the team workspace %1")
               .arg(report->shownUrl)
        << Qt::endl;
    if (options.demo)
        out << QCoreApplication::translate("main",
                                           "with the demo and %n login(s), password as "
                                           "given (default %1)",
                                           nullptr, report->logins)
                   .arg(TeamServerSetup::defaultDemoPassword())
            << Qt::endl;
    return CommandLine::exitOk;
}

/// `channeldesk server add-user URL --email E --name NAME --account ACCOUNT --role ROLE`.
int addServerUser(int argc, char** argv, const CommandLineRequest& request)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installLanguage();
    ServerUser user;
    user.email = request.userEmail;
    user.name = request.userName;
    user.accountId = request.userAccount;
    user.role = userRoles.fromKey(request.userRole).value_or(UserRole::Viewer);
    auto password = readPassword(request.passwordFile);
    if (!password)
        return fail(password.error().message);
    user.password = password.value();
    auto added = TeamServerSetup::addUser(request.serverUrl, user);
    if (!added)
        return fail(added.error().message);
    QTextStream(stdout) << QCoreApplication::translate("main", "Added user %1 (login %2) to %3")
                               .arg(added.value(), user.email.toLower(), user.accountId)
                        << Qt::endl;
    return CommandLine::exitOk;
}

/// `channeldesk server set-password URL --email E [--password-file F]`.
int setServerPassword(int argc, char** argv, const CommandLineRequest& request)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installLanguage();
    auto password = readPassword(request.passwordFile);
    if (!password)
        return fail(password.error().message);
    auto set = TeamServerSetup::setPassword(request.serverUrl, request.userEmail, password.value());
    if (!set)
        return fail(set.error().message);
    QTextStream(stdout) << QCoreApplication::translate("main", "Set the login %1 of user %2")
                               .arg(request.userEmail.toLower(), set.value())
                        << Qt::endl;
    return CommandLine::exitOk;
}

/// `--help`, `--version` and a bad command line: parsed again once the user's language is
/// installed, so the help and the messages speak it (the first parse only chose the action).
int answerCommandLine(int argc, char** argv, const QStringList& arguments)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installLanguage();
    const CommandLineRequest request = CommandLine::parse(arguments);
    if (request.action == CommandLineRequest::Action::Fail) {
        QTextStream(stderr) << "channeldesk: " << request.text << Qt::endl
                            << QCoreApplication::translate("main", "Try 'channeldesk --help'.")
                            << Qt::endl;
        return CommandLine::exitUsage;
    }
    QTextStream(stdout) << request.text << Qt::endl;
    return CommandLine::exitOk;
}

/// `channeldesk serve --workspace W …` (ServeCommand): runs until SIGTERM or SIGINT.
int serve(int argc, char** argv, const CommandLineRequest& request)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installLanguage();
    ServeOptions options;
    options.host = request.listenHost;
    options.port = request.listenPort;
    options.tlsCertificate = request.tlsCertificate;
    options.tlsKey = request.tlsKey;
    QTextStream out(stdout);
    QTextStream err(stderr);
    return ServeCommand::run(request.workspacePath, options, out, err);
}

/// `channeldesk api-key create|list|revoke …` (ApiKeyCommand).
int runApiKeyCommand(int argc, char** argv, const CommandLineRequest& request)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installLanguage();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return ApiKeyCommand::run(request, out, err);
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLineRequest request = CommandLine::parse(arguments);
    switch (request.action) {
    case CommandLineRequest::Action::ShowHelp:
    case CommandLineRequest::Action::ShowVersion:
    case CommandLineRequest::Action::Fail:
        return answerCommandLine(argc, argv, arguments);
    case CommandLineRequest::Action::WriteDemo:
        return writeDemo(argc, argv, request);
    case CommandLineRequest::Action::Import:
        return importRecords(argc, argv, request);
    case CommandLineRequest::Action::Export:
        return exportDirectory(argc, argv, request);
    case CommandLineRequest::Action::ServerInit:
        return initServer(argc, argv, request);
    case CommandLineRequest::Action::ServerAddUser:
        return addServerUser(argc, argv, request);
    case CommandLineRequest::Action::ServerPush:
        return pushWorkspace(argc, argv, request);
    case CommandLineRequest::Action::ServerSetPassword:
        return setServerPassword(argc, argv, request);
    case CommandLineRequest::Action::ApiKeyCreate:
    case CommandLineRequest::Action::ApiKeyList:
    case CommandLineRequest::Action::ApiKeyRevoke:
        return runApiKeyCommand(argc, argv, request);
    case CommandLineRequest::Action::Serve:
        return serve(argc, argv, request);
    case CommandLineRequest::Action::OpenWindow:
        break;
    }

    QApplication app(argc, argv);
    setIdentity();
    installLanguage();
    ApplicationIcon::install();

    // A path typed on the command line is answered on the command line; other start-up
    // failures are shown in a dialog too, since the app may have been started from a menu.
    const bool typedPath = !request.workspacePath.isEmpty();
    // import-mail: an e-mail that cannot be read ends the run before any window opens.
    std::optional<MailLead> mail;
    if (!request.mailPath.isEmpty()) {
        auto read = MailLeadReader::readFile(request.mailPath);
        if (!read) {
            QTextStream(stderr) << "channeldesk: " << read.error().message << Qt::endl;
            return CommandLine::exitFailed;
        }
        mail = std::move(read).value();
    }
    auto fail = [typedPath](const QString& message) {
        QTextStream(stderr) << "channeldesk: " << message << Qt::endl;
        if (!typedPath)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "ChannelDesk"),
                                  message);
        return 1;
    };
    const QString lastPath = QSettings().value(MainWindow::lastWorkspaceKey()).toString();
    auto path = StartupWorkspace::choose(request.workspacePath, lastPath, Workspace::defaultPath());
    if (!path)
        return fail(path.error().message);

    MainWindow window;
    // A team server: its password from the URL or the keychain, else asked for in a dialog.
    // The last server is asked for again (password from the keychain, else the dialog); giving
    // up on it opens the default workspace instead of ending the app.
    const auto openDefault = [&window, &fail]() -> int {
        auto fallback = StartupWorkspace::ensureDefault(Workspace::defaultPath());
        if (!fallback)
            return fail(fallback.error().message);
        if (auto reopened = window.openWorkspace(fallback.value()); !reopened)
            return fail(reopened.error().message);
        return 0;
    };
    if (ServerAddress::isServerUrl(path.value())) {
        if (auto connected = window.connectToServer(path.value()); !connected) {
            if (typedPath)
                return fail(connected.error().message);
            if (const int failed = openDefault())
                return failed;
        }
    } else if (auto opened = window.openWorkspace(path.value()); !opened) {
        if (typedPath || path.value() == Workspace::defaultPath())
            return fail(opened.error().message);
        // The last workspace is gone or broken: say so, then fall back to the default one.
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "ChannelDesk"),
                             opened.error().message);
        if (const int failed = openDefault())
            return failed;
    }
    window.show();
    if (mail)
        QTimer::singleShot(0, &window,
                           [&window, prefill = mail->prefill()] { window.createLead(prefill); });
    if (!request.activationLink.isEmpty())
        QTimer::singleShot(0, &window, [&window, link = request.activationLink] {
            window.acceptInvitation(link);
        });
    return app.exec();
}
