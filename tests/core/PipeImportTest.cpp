#include "TestWorkspace.h"

#include "demo/DemoWorkspace.h"
#include "transfer/CsvSample.h"
#include "transfer/RecordImport.h"

#include <QByteArray>
#include <QFile>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QByteArray leadHeader =
    "Product,Marketplace,Name,Lead source,Company name,Company website,Company TIN,"
    "Selling direction,First name,Last name\n";

/// rows lead rows (line 2 onwards) for new companies; the row on badLine has a wrong TIN.
QByteArray leadRows(int rows, int badLine)
{
    QByteArray csv = leadHeader;
    for (int i = 0; i < rows; ++i) {
        const int line = i + 2;
        csv += "Apex Mail Security,Mighty Mick's US,Piped lead " + QByteArray::number(line) +
               ",Call,Piped Company " + QByteArray::number(line) + ",piped.example," +
               (line == badLine ? "1234567895" : "500100732259") + ",SMB,Pat,Piper\n";
    }
    return csv;
}

const QByteArray partnerHeader = "Type,Partner name,Agreement,Action,Description\n";

/// rows partner rows with a long description each; the row on badLine has a wrong type.
QByteArray partnerRows(int rows, int badLine)
{
    const QByteArray description(400, 'd');
    QByteArray csv = partnerHeader;
    for (int i = 0; i < rows; ++i) {
        const int line = i + 2;
        csv += (line == badLine ? "Distributor" : "Vendor") + QByteArray(",Piped partner ") +
               QByteArray::number(line) +
               ",Mighty Mick's Vendor Program,Generate invitation link," + description + "\n";
    }
    return csv;
}

bool writeAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

/// Ignores SIGPIPE while it lives: a reader that closes its end early fails the write instead of
/// killing the test.
struct NoSigPipe {
    void (*previous)(int) = std::signal(SIGPIPE, SIG_IGN);
    ~NoSigPipe() { std::signal(SIGPIPE, previous); }
};

/// An anonymous pipe fed by a thread, named by a path as /dev/stdin names a shell's pipe.
class FedPipe {
public:
    explicit FedPipe(QByteArray bytes)
    {
        int ends[2] = {-1, -1};
        REQUIRE(::pipe(ends) == 0);
        m_readEnd = ends[0];
        m_writer = std::thread([writeEnd = ends[1], bytes = std::move(bytes)] {
            writeAll(writeEnd, bytes);
            ::close(writeEnd);
        });
    }
    ~FedPipe()
    {
        // Closed first: a writer blocked on a full pipe that nobody reads any more (the import
        // stopped early) then fails with EPIPE instead of hanging the test.
        ::close(m_readEnd);
        m_writer.join();
    }
    QString path() const { return QStringLiteral("/proc/self/fd/%1").arg(m_readEnd); }

private:
    int m_readEnd = -1;
    std::thread m_writer;
};

/// A FIFO (mkfifo) that a thread opens and feeds like a shell would. After writing it keeps
/// opening the FIFO for writing and closing it again until finished(), so that a reader that
/// opened the FIFO a second time reads an end instead of waiting for a writer forever.
class FedFifo {
public:
    FedFifo(const QString& path, QByteArray bytes)
        : m_path(path)
    {
        REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        m_writer = std::thread([this, bytes = std::move(bytes)] {
            const QByteArray name = QFile::encodeName(m_path);
            const int fd = ::open(name.constData(), O_WRONLY);
            if (fd >= 0) {
                writeAll(fd, bytes);
                ::close(fd);
            }
            while (!m_finished) {
                if (const int again = ::open(name.constData(), O_WRONLY | O_NONBLOCK); again >= 0)
                    ::close(again);
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        });
    }
    ~FedFifo()
    {
        finished();
        // Wakes a writer still waiting in open() for a reader that never came.
        if (const int reader = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NONBLOCK);
            reader >= 0)
            ::close(reader);
        m_writer.join();
    }
    void finished() { m_finished = true; }

private:
    QString m_path;
    std::atomic<bool> m_finished{false};
    std::thread m_writer;
};

struct PipeFixture {
    TestWorkspace dir;
    std::unique_ptr<Workspace> workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));

    Result<ImportReport> import(TransferKind kind, const QString& path) const
    {
        return RecordImport::importByHeader(kind, db, home, path, {});
    }
};

QList<qint64> problemLines(const ImportReport& report)
{
    QList<qint64> lines;
    for (const ImportProblem& problem : report.problems)
        lines << problem.line;
    return lines;
}

} // namespace

TEST_CASE("Leads piped into the import are read once: every row with its line",
          "[import][leads][pipe][sqlite]")
{
    NoSigPipe noSigPipe;
    PipeFixture f;
    const int rows = 5000; // about 600 kB: more than the reader's first block
    const int badLine = 4321;
    auto check = [&](const Result<ImportReport>& report) {
        INFO((report ? report->summary() : report.error().message).toStdString());
        REQUIRE(report);
        CHECK_FALSE(report->failure);
        CHECK(report->rowsRead == rows);
        CHECK(report->imported == rows - 1);
        CHECK(problemLines(report.value()) == QList<qint64>{badLine});
        CHECK(report->lastCommittedLine == rows + 1);
    };

    SECTION("an anonymous pipe, as /dev/stdin")
    {
        FedPipe pipe(leadRows(rows, badLine));
        check(f.import(TransferKind::Leads, pipe.path()));
    }
    SECTION("a FIFO")
    {
        FedFifo fifo(f.dir.path(QStringLiteral("leads.fifo")), leadRows(rows, badLine));
        auto report = f.import(TransferKind::Leads, f.dir.path(QStringLiteral("leads.fifo")));
        fifo.finished();
        check(report);
    }
    CHECK(TestWorkspace::count(*f.workspace,
                               QStringLiteral("SELECT count(*) FROM leads WHERE name = ?"),
                               {QStringLiteral("Piped lead %1").arg(rows + 1)}) == 1);
}

TEST_CASE("Partners piped into the import are read once: every row with its line",
          "[import][partners][pipe][sqlite]")
{
    NoSigPipe noSigPipe;
    PipeFixture f;
    const int rows = 800; // about 370 kB
    const int badLine = 654;
    FedPipe pipe(partnerRows(rows, badLine));
    auto report = f.import(TransferKind::Partners, pipe.path());
    INFO((report ? report->summary() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->rowsRead == rows);
    CHECK(report->imported == rows - 1);
    CHECK(problemLines(report.value()) == QList<qint64>{badLine});
    CHECK(report->lastCommittedLine == rows + 1);
}

TEST_CASE("The import dialog's sample refuses a pipe, which it could read only once",
          "[import][pipe][sqlite]")
{
    NoSigPipe noSigPipe;
    FedPipe pipe(leadRows(10, 0));
    auto sample = CsvSample::read(pipe.path());
    REQUIRE_FALSE(sample);
    CHECK(sample.error().code == ErrorCode::Invalid);
    CHECK(sample.error().message.contains(QStringLiteral("channeldesk import")));
}
