// picker_benchmark: the Lead step's Existing company and Existing contact pickers (issue 10,
// point 5) on a workspace of 100 000 companies: the time of one search through core
// (LeadCatalog::searchCompanies / searchContacts) for typical texts. See README "Benchmark".
#include "../MachineInfo.h"
#include "leads/LeadCatalog.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

/// companies named as the large demo names them ("Alpine Health 17"), each with one contact,
/// plus "Umbrella Health" and its contact; in one transaction.
bool generate(const Workspace& workspace, int companies)
{
    QSqlQuery query(workspace.database());
    const QStringList statements = {
        QStringLiteral("BEGIN"),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1), "
            "w(k, word) AS (VALUES (0, 'Alpine'), (1, 'Harbor'), (2, 'Summit'), (3, 'Cedar'), "
            "(4, 'Nova'), (5, 'Orbit'), (6, 'Pioneer'), (7, 'Quartz'), (8, 'River'), "
            "(9, 'Sterling'), (10, 'Atlas'), (11, 'Beacon'), (12, 'Crown'), (13, 'Delta')), "
            "t(k, kind) AS (VALUES (0, 'Logistics'), (1, 'Health'), (2, 'Foods'), (3, 'Energy'), "
            "(4, 'Retail'), (5, 'Labs'), (6, 'Finance'), (7, 'Studios'), (8, 'Motors'), "
            "(9, 'Systems')) "
            "INSERT INTO companies(id, name, tin, created_at) "
            "SELECT printf('CO-%03d-%03d', i / 1000, i % 1000), w.word || ' ' || t.kind || ' ' || "
            "i, "
            "printf('%010d', (i * 7919) % 10000000000), 1 "
            "FROM n JOIN w ON w.k = i % 14 JOIN t ON t.k = (i / 14) % 10")
            .arg(companies),
        QStringLiteral("INSERT INTO companies(id, name, tin, created_at) "
                       "VALUES ('CO-999-999', 'Umbrella Health', '781100086042', 1)"),
        QStringLiteral("INSERT INTO contacts(id, first_name, last_name, email, company_id, "
                       "created_at) SELECT 'CT' || substr(id, 3), 'Ada', 'Adams', "
                       "'ada.adams@' || lower(replace(name, ' ', '-')) || '.example', id, 1 "
                       "FROM companies"),
        QStringLiteral("COMMIT")};
    for (const QString& sql : statements)
        if (!query.exec(sql)) {
            QTextStream(stderr) << "picker_benchmark: " << sql.left(60) << ": "
                                << query.lastError().text() << Qt::endl;
            return false;
        }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the Lead step's pickers."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QStringLiteral("An existing workspace to search."),
                                             QStringLiteral("PATH"));
    const QCommandLineOption companiesOption(
        QStringLiteral("companies"), QStringLiteral("Companies to generate (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Runs per search (default 21)."),
                                          QStringLiteral("K"), QStringLiteral("21"));
    parser.addOptions({workspaceOption, companiesOption, repeatOption});
    parser.process(app);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    QTextStream out(stdout);

    QTemporaryDir temporary;
    const bool generated = !parser.isSet(workspaceOption);
    const QString path = generated ? temporary.filePath(QStringLiteral("picker.channeldesk"))
                                   : parser.value(workspaceOption);
    auto workspace = Workspace::open(path, generated ? Workspace::Mode::CreateNew
                                                     : Workspace::Mode::OpenExisting);
    if (!workspace) {
        QTextStream(stderr) << "picker_benchmark: " << workspace.error().message << Qt::endl;
        return 1;
    }
    const QSqlDatabase db = workspace.value()->database();
    if (generated && !generate(*workspace.value(), parser.value(companiesOption).toInt()))
        return 1;
    QSqlQuery count(db);
    count.exec(QStringLiteral("SELECT (SELECT count(*) FROM companies), "
                              "(SELECT count(*) FROM contacts), (SELECT company_id FROM contacts "
                              "WHERE company_id = (SELECT id FROM companies WHERE name = "
                              "'Umbrella Health' LIMIT 1) LIMIT 1)"));
    count.next();
    const QString umbrella = count.value(2).toString();
    out << "Pickers on " << count.value(0).toLongLong() << " companies and "
        << count.value(1).toLongLong() << " contacts; median of " << repeat << " runs (ms)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("picker"), -8)
               .arg(QStringLiteral("typed"), -18)
               .arg(QStringLiteral("results"), 8)
               .arg(QStringLiteral("median"), 8)
               .arg(QStringLiteral("max"), 8);

    QJsonArray rows;
    auto time = [&](const QString& picker, const QString& typed, const auto& search) {
        QList<double> runs;
        qsizetype found = 0;
        bool more = false;
        if (!search()) // warm-up
            return false;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto result = search();
            runs << timer.nsecsElapsed() / 1e6;
            if (!result) {
                QTextStream(stderr) << "picker_benchmark: " << result.error().message << Qt::endl;
                return false;
            }
            found = result->options.size();
            more = result->more;
        }
        const double max = *std::max_element(runs.cbegin(), runs.cend());
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(picker, -8)
                   .arg(QStringLiteral("\"%1\"").arg(typed), -18)
                   .arg(QString::number(found) + (more ? QStringLiteral("+") : QString()), 8)
                   .arg(median(runs), 8, 'f', 3)
                   .arg(max, 8, 'f', 3);
        rows.append(QJsonObject{{QStringLiteral("picker"), picker},
                                {QStringLiteral("typed"), typed},
                                {QStringLiteral("results"), found},
                                {QStringLiteral("more"), more},
                                {QStringLiteral("median_ms"), median(runs)},
                                {QStringLiteral("max_ms"), max}});
        return true;
    };
    for (const QString& typed :
         {QString(), QStringLiteral("a"), QStringLiteral("al"), QStringLiteral("alpine"),
          QStringLiteral("alpine health"), QStringLiteral("health 4"), QStringLiteral("umbrella"),
          QStringLiteral("Umbrella Health"), QStringLiteral("7811"), QStringLiteral("zzz")})
        if (!time(QStringLiteral("company"), typed,
                  [&] { return LeadCatalog::searchCompanies(db, typed); }))
            return 1;
    for (const QString& typed :
         {QString(), QStringLiteral("a"), QStringLiteral("umbrella"), QStringLiteral("zzz")})
        if (!time(QStringLiteral("contact"), typed,
                  [&] { return LeadCatalog::searchContacts(db, umbrella, typed); }))
            return 1;
    out << "BENCHMARK_JSON "
        << QJsonDocument(QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("pickers")},
                                     {QStringLiteral("companies"), count.value(0).toLongLong()},
                                     {QStringLiteral("searches"), rows},
                                     {QStringLiteral("machine"), MachineInfo::describe()}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}
