#include "TestWorkspace.h"

#include "demo/DemoVolume.h"
#include "demo/DemoWorkspace.h"
#include "leads/LeadDirectory.h"
#include "leads/LeadStatus.h"
#include "transfer/CsvReader.h"
#include "transfer/DirectoryExport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <sys/resource.h>

namespace {

/// Limits the size of the files this process writes (RLIMIT_FSIZE) while it lives; a write past
/// the limit fails with EFBIG instead of raising SIGXFSZ.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        REQUIRE(getrlimit(RLIMIT_FSIZE, &m_previous) == 0);
        m_signal = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &limit) == 0);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_signal);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_previous{};
    void (*m_signal)(int) = SIG_DFL;
};

QList<ExportColumn> leadColumns()
{
    return {
        {QStringLiteral("ID"), [](const DirectoryRow& row) { return row.id; }},
        {QStringLiteral("Name"),
         [](const DirectoryRow& row) { return row.values[LeadDirectory::Name].toString(); }},
        {QStringLiteral("Status"),
         [](const DirectoryRow& row) {
             return leadStatuses.labelForKey(row.values[LeadDirectory::Status].toString());
         }},
    };
}

QString fileText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("An export writes the query's rows in its order and columns", "[core][export]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    DirectoryQuery query{
        QStringLiteral("name"), false, {{QStringLiteral("status"), QStringLiteral("new")}}, {}, {}};
    const QString path = dir.path(QStringLiteral("leads.csv"));
    QList<qint64> seen;
    auto written =
        DirectoryExport::write(path, workspace->database(), home, LeadDirectory::source(), query,
                               leadColumns(), [&seen](qint64 done, qint64 total) {
                                   seen << done << total;
                                   return true;
                               });
    REQUIRE(written);
    const auto expected = LeadDirectory::visibleTo(workspace->database(), home, query);
    REQUIRE(expected);
    CHECK(written.value() == expected.value().size());
    CHECK(seen.mid(seen.size() - 2) == QList<qint64>{written.value(), written.value()});

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QStringList record;
    REQUIRE(reader.readRecord(record).value());
    CHECK(record ==
          QStringList{QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Status")});
    for (const LeadDirectoryRow& row : expected.value()) {
        REQUIRE(reader.readRecord(record).value());
        CHECK(record == QStringList{row.id, row.name, QStringLiteral("New")});
    }
    CHECK_FALSE(reader.readRecord(record).value());
}

TEST_CASE("An export escapes cells a spreadsheet would run as formulas", "[core][export]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    const QString leadId = LeadDirectory::visibleTo(workspace->database(), home).value().first().id;
    QSqlQuery rename(workspace->database());
    rename.prepare(QStringLiteral("UPDATE leads SET name = :name WHERE id = :id"));
    rename.bindValue(QStringLiteral(":name"),
                     QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"));
    rename.bindValue(QStringLiteral(":id"), leadId);
    REQUIRE(rename.exec());
    const QString path = dir.path(QStringLiteral("formula.csv"));
    REQUIRE(DirectoryExport::write(path, workspace->database(), home, LeadDirectory::source(), {},
                                   leadColumns()));
    const QString text = fileText(path);
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")));
    CHECK_FALSE(text.contains(QStringLiteral(",=HYPERLINK")));
}

TEST_CASE("A cancelled or failed export leaves no file and keeps an existing one", "[core][export]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    const QString path = dir.path(QStringLiteral("keep.csv"));
    {
        QFile existing(path);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("before");
    }
    REQUIRE(DemoVolume::add(workspace->database(), 3000, 0));
    qint64 calls = 0;
    auto cancelled =
        DirectoryExport::write(path, workspace->database(), home, LeadDirectory::source(), {},
                               leadColumns(), [&calls](qint64, qint64) { return ++calls < 1; });
    REQUIRE_FALSE(cancelled);
    CHECK(calls == 1);
    CHECK(fileText(path) == QStringLiteral("before"));

    const QString missingFolder = dir.path(QStringLiteral("no/such/folder/leads.csv"));
    auto failed = DirectoryExport::write(missingFolder, workspace->database(), home,
                                         LeadDirectory::source(), {}, leadColumns());
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::CannotCreate);
    CHECK_FALSE(QFile::exists(missingFolder));
    CHECK_FALSE(
        DirectoryExport::write(path, workspace->database(), home, LeadDirectory::source(), {}, {}));
}

TEST_CASE("An export to a full disk says why, in the system's words, and leaves no file",
          "[core][export]")
{
    TestWorkspace dir;
    auto workspace = dir.createDemo();
    const ActingContext home =
        TestWorkspace::actingIn(*workspace, id(DemoWorkspace::homeDistributorId));
    REQUIRE(DemoVolume::add(workspace->database(), 3000, 0)); // about 150 kB of CSV
    const QString path = dir.path(QStringLiteral("full.csv"));
    Result<qint64> written = qint64(0);
    {
        // Files of this process may not grow past 64 kB while it lives: a write beyond fails
        // with EFBIG, as one on a full disk fails with ENOSPC.
        const FileSizeLimit limit(64 * 1024);
        written = DirectoryExport::write(path, workspace->database(), home, LeadDirectory::source(),
                                         {}, leadColumns());
    }
    REQUIRE_FALSE(written);
    INFO(written.error().message.toStdString());
    CHECK(written.error().code == ErrorCode::CannotCreate);
    CHECK(written.error().message.contains(QString::fromLocal8Bit(std::strerror(EFBIG))));
    CHECK_FALSE(written.error().message.contains(QStringLiteral("Unknown error")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path(QString())).entryList({QStringLiteral("full*")}, QDir::Files).isEmpty());
}
