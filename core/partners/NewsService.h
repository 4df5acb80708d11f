#pragma once

#include "common/Result.h"
#include "partners/PartnerProfile.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSqlDatabase>

/// A news article as written (SPEC 4.5 News tab).
struct NewsDraft {
    QString title;
    QDate date;
    QString body;
};

/// News articles of the acting account: written, edited and deleted by its own users
/// (AccountProfileService::roleCanPublish), each write one transaction with its event; partners
/// read them newest first in Partner Details.
class NewsService {
    Q_DECLARE_TR_FUNCTIONS(NewsService)

public:
    static constexpr int maxTitleLength = 200;
    static constexpr int maxBodyLength = 20000;

    static bool canWrite(const ActingContext& acting);
    /// Reasons keyed by "title", "date", "body"; reads no database.
    static QMap<QString, QString> validate(const NewsDraft& draft);
    /// The acting account's articles, newest first.
    static Result<QList<PartnerNewsItem>> ownNews(const QSqlDatabase& database,
                                                  const ActingContext& acting);
    /// The stored time of an article dated date (noon UTC, so every time zone shows that date).
    static qint64 publishedAt(const QDate& date);
    static QDate dateOf(qint64 publishedAt);

    static Result<QString> create(const QSqlDatabase& database, const ActingContext& acting,
                                  const NewsDraft& draft);
    /// NotFound for an article that is not the acting account's.
    static Result<void> update(const QSqlDatabase& database, const ActingContext& acting,
                               const QString& newsId, const NewsDraft& draft);
    static Result<void> remove(const QSqlDatabase& database, const ActingContext& acting,
                               const QString& newsId);
};
