#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>

/// `channeldesk server push FILE URL`: moves a local workspace into an empty team database, for
/// a company that outgrows one machine. Every record keeps its ID; the events, stored files and
/// media, issued IDs (so the server never hands out an ID the file did) and the workspace's own
/// settings (home user and account) go along. The file is only read: it must be a ChannelDesk
/// workspace of this version (an older one is refused, to be opened once with the app, which
/// upgrades it); it is left byte-for-byte as it was whatever happens.
///
/// On the server, in one transaction: the schema (the same migrations as Workspace::open on an
/// empty database), every table copied in foreign-key order with the rules' triggers off (rows
/// go in as they are, e.g. a lead whose campaign was retired later; the leads' sort keys and the
/// companies' domains come as the file keeps them), the derived tables (search, partner links)
/// written from the records, and the identity sequences set past the copied IDs. Any failure
/// rolls everything back: the database stays empty.
class WorkspacePush {
    Q_DECLARE_TR_FUNCTIONS(WorkspacePush)

public:
    struct Progress {
        QString table;
        qint64 rowsCopied = 0; ///< in every table so far
        qint64 rowsTotal = 0;  ///< of every table to copy
    };
    struct Report {
        QString server;                    ///< the URL without its password
        QMap<QString, qint64> rowsByTable; ///< every copied table, also the empty ones
        qint64 rows = 0;
        qint64 milliseconds = 0;       ///< the whole push
        qint64 schemaMilliseconds = 0; ///< creating the schema
        qint64 copyMilliseconds = 0;   ///< copying the rows
    };
    using ProgressFunction = std::function<void(const Progress&)>;

    static Result<Report> push(const QString& file, const QString& url,
                               const ProgressFunction& progress = {});
};
