#include "partners/NewsService.h"

#include "common/IdGenerator.h"
#include "common/PlainText.h"
#include "history/EventLog.h"
#include "partners/AccountProfileService.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

Error permissionDenied()
{
    return {ErrorCode::PermissionDenied,
            NewsService::tr("Writing news needs the CRM admin, manager or marketeer role.")};
}

Error notFound(const QString& newsId)
{
    return {ErrorCode::NotFound, NewsService::tr("There is no article %1 of yours.").arg(newsId)};
}

/// The article's title when it is acting's, else NotFound.
Result<QString> ownTitle(const QSqlDatabase& database, const ActingContext& acting,
                         const QString& newsId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(
            query, QStringLiteral("SELECT title FROM news WHERE id = ? AND account_id = ?"),
            {newsId, acting.accountId});
        !done)
        return done.error();
    if (!query.next())
        return notFound(newsId);
    return query.value(0).toString();
}

/// The body as stored: trimmed, never NULL.
QVariant bodyOf(const NewsDraft& draft)
{
    const QString body = draft.body.trimmed();
    return body.isNull() ? QVariant(QStringLiteral("")) : QVariant(body);
}

QJsonObject changesOf(const NewsDraft& draft)
{
    return {{QStringLiteral("title"), draft.title.trimmed()},
            {QStringLiteral("date"), draft.date.toString(Qt::ISODate)},
            {QStringLiteral("body"), draft.body.trimmed()}};
}

Result<void> check(const ActingContext& acting, const NewsDraft& draft)
{
    if (!NewsService::canWrite(acting))
        return permissionDenied();
    if (const auto reasons = NewsService::validate(draft); !reasons.isEmpty())
        return Error{ErrorCode::Invalid, reasons.first()};
    return {};
}

} // namespace

bool NewsService::canWrite(const ActingContext& acting)
{
    return !acting.accountId.isEmpty() && AccountProfileService::roleCanPublish(acting.userRole);
}

qint64 NewsService::publishedAt(const QDate& date)
{
    return QDateTime(date, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QDate NewsService::dateOf(qint64 publishedAt)
{
    return QDateTime::fromMSecsSinceEpoch(publishedAt, QTimeZone::utc()).date();
}

QMap<QString, QString> NewsService::validate(const NewsDraft& draft)
{
    QMap<QString, QString> reasons;
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        reasons.insert(QStringLiteral("title"), tr("Enter the article's title."));
    else if (title.size() > maxTitleLength)
        reasons.insert(QStringLiteral("title"),
                       tr("At most %1 characters (now %2).").arg(maxTitleLength).arg(title.size()));
    else if (const QString problem = PlainText::problem(title); !problem.isEmpty())
        reasons.insert(QStringLiteral("title"), problem);
    if (!draft.date.isValid() || draft.date.year() < 1970 || draft.date.year() > 9999)
        reasons.insert(QStringLiteral("date"), tr("Enter the article's date."));
    const QString body = draft.body.trimmed();
    if (body.size() > maxBodyLength)
        reasons.insert(QStringLiteral("body"),
                       tr("At most %1 characters (now %2).").arg(maxBodyLength).arg(body.size()));
    else if (const QString problem = PlainText::problem(body, PlainText::Lines::Multiple);
             !problem.isEmpty())
        reasons.insert(QStringLiteral("body"), problem);
    return reasons;
}

Result<QList<PartnerNewsItem>> NewsService::ownNews(const QSqlDatabase& database,
                                                    const ActingContext& acting)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(query,
                                   QStringLiteral("SELECT id, title, published_at, body FROM news "
                                                  "WHERE account_id = ? "
                                                  "ORDER BY published_at DESC, id"),
                                   {acting.accountId});
        !done)
        return done.error();
    QList<PartnerNewsItem> items;
    while (query.next())
        items << PartnerNewsItem{query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toLongLong(), query.value(3).toString()};
    return items;
}

Result<QString> NewsService::create(const QSqlDatabase& database, const ActingContext& acting,
                                    const NewsDraft& draft)
{
    if (auto checked = check(acting, draft); !checked)
        return checked.error();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    IdGenerator ids(database);
    auto id = ids.next(IdKind::NewsArticle);
    if (!id)
        return id.error();
    QSqlQuery query(database);
    if (auto done = SqlError::exec(query,
                                   QStringLiteral("INSERT INTO news(id, account_id, title, "
                                                  "published_at, body) VALUES (?, ?, ?, ?, ?)"),
                                   {id.value(), acting.accountId, draft.title.trimmed(),
                                    publishedAt(draft.date), bodyOf(draft)});
        !done)
        return done.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto logged = EventLog::record(database, {now, acting.userId, acting.accountId,
                                                  QStringLiteral("news"), id.value(),
                                                  QStringLiteral("created"), changesOf(draft)});
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> NewsService::update(const QSqlDatabase& database, const ActingContext& acting,
                                 const QString& newsId, const NewsDraft& draft)
{
    if (auto checked = check(acting, draft); !checked)
        return checked;
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto title = ownTitle(database, acting, newsId); !title)
        return title.error();
    QSqlQuery query(database);
    if (auto done = SqlError::exec(query,
                                   QStringLiteral("UPDATE news SET title = ?, published_at = ?, "
                                                  "body = ? WHERE id = ? AND account_id = ?"),
                                   {draft.title.trimmed(), publishedAt(draft.date), bodyOf(draft),
                                    newsId, acting.accountId});
        !done)
        return done;
    if (auto logged =
            EventLog::record(database, {QDateTime::currentMSecsSinceEpoch(), acting.userId,
                                        acting.accountId, QStringLiteral("news"), newsId,
                                        QStringLiteral("updated"), changesOf(draft)});
        !logged)
        return logged;
    return transaction.commit();
}

Result<void> NewsService::remove(const QSqlDatabase& database, const ActingContext& acting,
                                 const QString& newsId)
{
    if (!canWrite(acting))
        return permissionDenied();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto title = ownTitle(database, acting, newsId);
    if (!title)
        return title.error();
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query, QStringLiteral("DELETE FROM news WHERE id = ? AND account_id = ?"),
            {newsId, acting.accountId});
        !done)
        return done;
    if (auto logged = EventLog::record(database, {QDateTime::currentMSecsSinceEpoch(),
                                                  acting.userId,
                                                  acting.accountId,
                                                  QStringLiteral("news"),
                                                  newsId,
                                                  QStringLiteral("deleted"),
                                                  {{QStringLiteral("title"), title.value()}}});
        !logged)
        return logged;
    return transaction.commit();
}
