// intake_benchmark (issue 14): sustained POST /api/v1/leads through the intake service, with N
// concurrent keep-alive clients, next to the same writes through core directly
// (LeadIntake::create on one connection). Prints a table and one BENCHMARK_JSON line; never
// asserts a time, but exits 1 when an answer is not 201 or a lead is missing from the
// workspace. See README "Benchmark".
#include "../MachineInfo.h"
#include "LeadPoster.h"
#include "ServerThread.h"

#include "demo/DemoWorkspace.h"
#include "intake/LeadIntake.h"
#include "integrations/ApiKeyService.h"
#include "session/Memberships.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << "intake_benchmark: " << message << Qt::endl;
    return 1;
}

qint64 leadCount(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM leads")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

QString row(const QString& path, qint64 leads, double seconds, const Latencies& latencies)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6\n")
        .arg(path, -22)
        .arg(leads, 8)
        .arg(seconds > 0 ? double(leads) / seconds : 0, 10, 'f', 1)
        .arg(latencies.percentile(50), 8, 'f', 2)
        .arg(latencies.percentile(99), 8, 'f', 2)
        .arg(latencies.max(), 8, 'f', 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sustained POST /api/v1/leads through the intake service with concurrent "
                       "clients, next to the same writes through core directly. Writes leads "
                       "into the workspace: give it a copy."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QStringLiteral("A workspace holding the demo data (default: a new demo workspace)."),
        QStringLiteral("FILE"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Concurrent clients (default 8)."),
                                           QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long the clients post (default "
                                                          "10)."),
                                           QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption requestsOption(
        QStringLiteral("requests"),
        QStringLiteral("Stop after this many requests in all instead of after --seconds."),
        QStringLiteral("N"));
    parser.addOptions({workspaceOption, clientsOption, secondsOption, requestsOption});
    parser.process(app);
    const int clients = std::max(1, parser.value(clientsOption).toInt());
    const double seconds = std::max(0.1, parser.value(secondsOption).toDouble());
    const qint64 requests = parser.isSet(requestsOption)
                                ? std::max<qint64>(1, parser.value(requestsOption).toLongLong())
                                : std::numeric_limits<qint64>::max();

    QTemporaryDir temporary;
    const bool generated = !parser.isSet(workspaceOption);
    const QString path = generated ? temporary.filePath(QStringLiteral("intake.channeldesk"))
                                   : parser.value(workspaceOption);
    if (generated)
        if (auto created = DemoWorkspace::create(path); !created)
            return fail(created.error().message);
    auto workspace = Workspace::open(path);
    if (!workspace)
        return fail(workspace.error().message);
    const QSqlDatabase db = workspace.value()->connection();

    // A real key of Mighty Mick's, created by Michael (crm_admin), checked as the service does.
    auto michael = Memberships::resolve(db, QString::fromLatin1(DemoWorkspace::homeUserId),
                                        QString::fromLatin1(DemoWorkspace::homeDistributorId));
    if (!michael)
        return fail(michael.error().message);
    auto key = ApiKeyService::create(db, michael.value(), QStringLiteral("intake_benchmark"));
    if (!key)
        return fail(key.error().message);
    auto identity =
        ApiKeyService::authenticate(db, key->token, QDateTime::currentMSecsSinceEpoch());
    if (!identity)
        return fail(identity.error().message);

    const qint64 leadsBefore = leadCount(db);

    // No 429: the limit of one key is set far above what the clients can send.
    ServeOptions options;
    options.port = 0;
    options.rateBurst = 1'000'000'000;
    options.ratePerSecond = 1e9;
    ServerThread server(*workspace.value(), options);
    auto port = server.listen();
    if (!port)
        return fail(port.error().message);

    std::atomic<qint64> budget = requests;
    const auto deadline = QDeadlineTimer(qint64(seconds * 1000));
    std::vector<std::unique_ptr<LeadPoster>> posters;
    for (int client = 0; client < clients; ++client)
        posters.push_back(std::make_unique<LeadPoster>(port.value(), key->token.toLatin1(), client,
                                                       deadline, budget));
    QElapsedTimer wall;
    wall.start();
    for (auto& poster : posters)
        poster->start();
    Latencies http;
    QMap<int, int> statuses;
    int reconnects = 0;
    for (int client = 0; client < clients; ++client) {
        const LeadPoster* poster = posters.at(client).get();
        posters.at(client)->wait();
        if (!poster->failure().isEmpty())
            return fail(QStringLiteral("client %1: %2").arg(client).arg(poster->failure()));
        http.add(poster->latencies());
        for (auto it = poster->statuses().cbegin(); it != poster->statuses().cend(); ++it)
            statuses[it.key()] += it.value();
        reconnects += poster->reconnects();
    }
    const double httpSeconds = double(wall.nsecsElapsed()) / 1e9;
    server.quit();
    server.wait();

    // The same leads through core on one connection, one after the other.
    Latencies core;
    QElapsedTimer direct;
    direct.start();
    for (int client = 0; client < clients; ++client)
        for (int index = 0; index < posters.at(client)->sent(); ++index) {
            const QJsonObject lead = LeadPoster::lead(client, index);
            QElapsedTimer timer;
            timer.start();
            if (auto created = LeadIntake::create(db, identity->acting, lead); !created)
                return fail(created.error().message);
            core.add(double(timer.nsecsElapsed()) / 1e6);
        }
    const double coreSeconds = double(direct.nsecsElapsed()) / 1e9;

    const qint64 written = leadCount(db) - leadsBefore;

    QTextStream out(stdout);
    const int created = statuses.value(201);
    out << "Leads intake on " << path << ": " << clients << " client(s), keep-alive HTTP/1.1 on "
        << "127.0.0.1; rate limit raised to " << options.rateBurst << " at once and "
        << options.ratePerSecond << "/s so no 429 is expected\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("path"), -22)
               .arg(QStringLiteral("leads"), 8)
               .arg(QStringLiteral("leads/s"), 10)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p99 ms"), 8)
               .arg(QStringLiteral("max ms"), 8);
    out << row(QStringLiteral("POST /api/v1/leads"), created, httpSeconds, http);
    out << row(QStringLiteral("LeadIntake::create"), core.count(), coreSeconds, core);
    QJsonObject refused;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        if (it.key() != 201) {
            out << "answers " << it.key() << ": " << it.value() << '\n';
            refused.insert(QString::number(it.key()), it.value());
        }
    out << "requests " << http.count() << " in " << httpSeconds << " s, 201 " << created
        << ", other answers " << http.count() - created << ", reconnects " << reconnects
        << "; leads written to the workspace " << written << "; load average "
        << MachineInfo::loadAverage() << '\n';

    QJsonObject service = http.json(httpSeconds);
    service.insert(QStringLiteral("created"), created);
    service.insert(QStringLiteral("leads_per_second"), double(created) / httpSeconds);
    service.insert(QStringLiteral("other_statuses"), refused);
    service.insert(QStringLiteral("reconnects"), reconnects);
    const bool complete = created == http.count() && written == created + core.count();
    out << "BENCHMARK_JSON "
        << QJsonDocument(QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("intake")},
                                     {QStringLiteral("clients"), clients},
                                     {QStringLiteral("rate_burst"), options.rateBurst},
                                     {QStringLiteral("rate_per_second"), options.ratePerSecond},
                                     {QStringLiteral("http"), service},
                                     {QStringLiteral("core"), core.json(coreSeconds)},
                                     {QStringLiteral("leads_written"), written},
                                     {QStringLiteral("machine"), MachineInfo::describe()}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return complete ? 0 : 1;
}
