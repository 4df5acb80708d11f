#pragma once

#include "CatchQt.h"
#include "session/ActingContext.h"
#include "storage/SqlEngine.h"
#include "storage/Workspace.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

/// A well-known demo ID (DemoWorkspace's constants) as a QString.
inline QString id(const char* text)
{
    return QString::fromLatin1(text);
}

/// A temporary folder holding workspaces for one test; removed with it.
///
/// With CHANNELDESK_TEST_ENGINE=postgres (and CHANNELDESK_TEST_POSTGRES_URL, a superuser's URL:
/// scripts/with-postgres sets it), createDemo() and createEmpty() make a new database on that
/// server instead of a file, dropped with this object; tests that are about files are tagged
/// [sqlite] and left out of that run.
class TestWorkspace {
public:
    TestWorkspace();
    ~TestWorkspace();
    TestWorkspace(const TestWorkspace&) = delete;
    TestWorkspace& operator=(const TestWorkspace&) = delete;

    static SqlEngine engine();
    /// The superuser's URL of the test server (CHANNELDESK_TEST_POSTGRES_URL), or empty.
    static QString serverUrl();

    QString path(const QString& fileName = QStringLiteral("test.channeldesk")) const;
    /// A new demo workspace at path(fileName), opened.
    std::unique_ptr<Workspace>
    createDemo(const QString& fileName = QStringLiteral("demo.channeldesk"));
    /// The URL of a new database on the test server with nothing in it (no schema), dropped
    /// with this object; only with CHANNELDESK_TEST_POSTGRES_URL set.
    QString emptyDatabaseUrl(const QString& name = QStringLiteral("empty"));
    /// An empty migrated workspace, opened.
    std::unique_ptr<Workspace>
    createEmpty(const QString& fileName = QStringLiteral("empty.channeldesk"));

    static ActingContext acting(const Workspace& workspace, const QString& userId,
                                const QString& accountId);
    /// The member of accountId with role (a stored key: "viewer", "crm_sales"…) whose ID is
    /// the smallest.
    static ActingContext memberWithRole(const Workspace& workspace, const QString& accountId,
                                        const QString& role);
    /// The first membership of accountId.
    static ActingContext actingIn(const Workspace& workspace, const QString& accountId);
    static QByteArray fileHash(const QString& path);
    /// Every table's rows in a stable order, as text (for comparing whole workspaces).
    static QString dump(const Workspace& workspace);
    static int count(const Workspace& workspace, const QString& sql,
                     const QVariantList& values = {});
    /// The first column of every row of a query.
    static QStringList texts(const Workspace& workspace, const QString& sql,
                             const QVariantList& values = {});
    /// The first column of the first row of a query (which must return one).
    static QString scalar(const Workspace& workspace, const QString& sql,
                          const QVariantList& values = {});

    /// Adds count companies named as the large demo names them ("Alpine Health 17", IDs
    /// CO-9nn-nnn), each with one contact (CT-9nn-nnn), in one transaction: the demo's own
    /// companies (Umbrella Health…) then sort after the first 500.
    static void addCompanies(const Workspace& workspace, int count);
    /// Makes the database refuse writes with message: a trigger named name BEFORE event ("INSERT",
    /// "UPDATE OF status") ON table, for rows where condition (SQL over NEW, empty for every row)
    /// holds. Lets a test break a write part way on either engine.
    static void failWrites(const Workspace& workspace, const QString& name, const QString& event,
                           const QString& table, const QString& condition, const QString& message);

private:
    /// A new database on the test server, copied from template (a database name) when given.
    QString createDatabase(const QString& fileName, const QString& templateName = {});
    /// The name of a database made once per process by fill (empty or demo), for copies.
    static QString templateDatabase(const QString& kind);

    QTemporaryDir m_dir;
    QStringList m_databases;
};
