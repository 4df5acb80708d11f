#include "BenchmarkOptions.h"

#include "storage/ServerAddress.h"

#include <QCommandLineParser>

namespace {

Result<int> positive(const QCommandLineParser& parser, const QString& name, int minimum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum)
        return Error{ErrorCode::Invalid,
                     BenchmarkOptions::tr("--%1 needs a whole number of at least %2.")
                         .arg(name)
                         .arg(minimum)};
    return value;
}

} // namespace

QString BenchmarkOptions::usage()
{
    return tr(
        "Usage: directory_benchmark [--leads N] [--partners M] [--workspace PATH] "
        "[--repeat K]\n"
        "  [--creates N] [--import-rows N] [--window N] [--stride N] [--scroll-step N] "
        "[--search WORD]\n"
        "  [--writes-only] [--import-batch-ms MS] [--server postgresql://…]\n"
        "Generates (or reuses) a workspace with N leads and M partners and measures the "
        "Leads directory\nagainst the raw SQLite C API and Qt's QSqlTableModel. Prints a "
        "table and one BENCHMARK_JSON line. --writes-only measures only creating and importing "
        "leads.\n--server URL also measures the same workspace in that PostgreSQL database (pushed "
        "there first when\nit is empty) against raw libpq, and its import; the SQLite side "
        "then measures core and its floor only.");
}

Result<BenchmarkOptions> BenchmarkOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options{
        {QStringLiteral("leads"), QString(), QStringLiteral("N")},
        {QStringLiteral("partners"), QString(), QStringLiteral("M")},
        {QStringLiteral("workspace"), QString(), QStringLiteral("PATH")},
        {QStringLiteral("repeat"), QString(), QStringLiteral("K")},
        {QStringLiteral("creates"), QString(), QStringLiteral("N")},
        {QStringLiteral("import-rows"), QString(), QStringLiteral("N")},
        {QStringLiteral("import-batch-ms"), QString(), QStringLiteral("MS")},
        {QStringLiteral("window"), QString(), QStringLiteral("N")},
        {QStringLiteral("stride"), QString(), QStringLiteral("N")},
        {QStringLiteral("scroll-step"), QString(), QStringLiteral("N")},
        {QStringLiteral("search"), QString(), QStringLiteral("WORD")},
        {QStringLiteral("writes-only"), QString()},
        {QStringLiteral("server"), QString(), QStringLiteral("URL")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QString()},
    };
    parser.addOptions(options);
    if (!parser.parse(arguments))
        return Error{ErrorCode::Invalid, parser.errorText()};
    if (!parser.positionalArguments().isEmpty())
        return Error{
            ErrorCode::Invalid,
            tr("Unexpected argument \u201c%1\u201d.").arg(parser.positionalArguments().first())};

    BenchmarkOptions result;
    result.help = parser.isSet(QStringLiteral("help"));
    result.writesOnly = parser.isSet(QStringLiteral("writes-only"));
    struct Number {
        const char* name;
        int* target;
        int minimum;
    };
    const Number numbers[] = {
        {"leads", &result.leads, 0},
        {"partners", &result.partners, 0},
        {"repeat", &result.repeat, 1},
        {"creates", &result.creates, 1},
        {"import-rows", &result.importRows, 1},
        {"import-batch-ms", &result.importBatchMs, 1},
        {"window", &result.windowRows, 1},
        {"stride", &result.stride, 1},
        {"scroll-step", &result.scrollStep, 1},
    };
    for (const Number& number : numbers) {
        const QString name = QString::fromLatin1(number.name);
        if (!parser.isSet(name))
            continue;
        auto value = positive(parser, name, number.minimum);
        if (!value)
            return value.error();
        *number.target = value.value();
    }
    result.workspacePath = parser.value(QStringLiteral("workspace"));
    result.search = parser.value(QStringLiteral("search")).trimmed();
    result.serverUrl = parser.value(QStringLiteral("server")).trimmed();
    if (parser.isSet(QStringLiteral("server")) && !ServerAddress::isServerUrl(result.serverUrl))
        return Error{ErrorCode::Invalid,
                     tr("--server needs a postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE URL.")};
    if (!result.serverUrl.isEmpty() && result.writesOnly)
        return Error{ErrorCode::Invalid, tr("--server and --writes-only cannot be used together.")};
    return result;
}
