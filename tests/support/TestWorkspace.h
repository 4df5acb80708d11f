#pragma once

#include "CatchQt.h"
#include "session/ActingContext.h"
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
class TestWorkspace {
public:
    TestWorkspace();

    QString path(const QString& fileName = QStringLiteral("test.channeldesk")) const;
    /// A new demo workspace at path(fileName), opened.
    std::unique_ptr<Workspace> createDemo(const QString& fileName = QStringLiteral("demo.channeldesk"));
    /// An empty migrated workspace, opened.
    std::unique_ptr<Workspace> createEmpty(const QString& fileName = QStringLiteral("empty.channeldesk"));

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
    static int count(const Workspace& workspace, const QString& sql, const QVariantList& values = {});
    /// The first column of the first row of a query (which must return one).
    static QString scalar(const Workspace& workspace, const QString& sql,
                          const QVariantList& values = {});

    /// Adds count companies named as the large demo names them ("Alpine Health 17", IDs
    /// CO-9nn-nnn), each with one contact (CT-9nn-nnn), in one transaction: the demo's own
    /// companies (Umbrella Health…) then sort after the first 500.
    static void addCompanies(const Workspace& workspace, int count);

private:
    QTemporaryDir m_dir;
};
