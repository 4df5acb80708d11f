#include "views/SavedViewService.h"

#include "history/EventLog.h"
#include "leads/LeadDirectory.h"
#include "partners/PartnerDirectory.h"
#include "session/Memberships.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <functional>

namespace {

const QString leadsKey = QStringLiteral("leads");
const QString partnersKey = QStringLiteral("partners");
const QString selectViews = QStringLiteral(
    "SELECT id, directory, name, definition, created_at, updated_at FROM saved_views ");

constexpr int maxSearchLength = 1000;
constexpr int maxColumnWidth = 10000;

QString directoryTitle(const QString& directory)
{
    if (directory == leadsKey)
        return SavedViewService::tr("Leads");
    if (directory == partnersKey)
        return SavedViewService::tr("Partners");
    return directory;
}

Error unknownDirectory(const QString& directory)
{
    return {ErrorCode::Invalid,
            SavedViewService::tr("There is no directory \u201c%1\u201d to save views of.")
                .arg(directory)};
}

Error notFound(qint64 viewId)
{
    return {ErrorCode::NotFound, SavedViewService::tr("There is no saved view %1.").arg(viewId)};
}

QString normalizedName(const QString& name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C);
}

/// Why the directory cannot show a part of a state, or an empty string when it can. Each part
/// goes through the source's own checks, so a rule added there (e.g. for ranges) counts here too.
QString sortProblem(const DirectorySource& source, const QString& column)
{
    DirectoryQuery query;
    query.sortColumn = column;
    auto checked = source.checked(query);
    return checked ? QString() : checked.error().message;
}

QString filterProblem(const DirectorySource& source, const QString& column)
{
    DirectoryQuery query;
    query.filters.insert(column, QStringLiteral("x"));
    auto checked = source.checked(query);
    return checked ? QString() : checked.error().message;
}

QString rangeProblem(const DirectorySource& source, const QStringList& tableColumns,
                     const QString& column, const DirectoryRange& range)
{
    if (!tableColumns.contains(column))
        return SavedViewService::tr("The rows cannot be limited to a range of \u201c%1\u201d.")
            .arg(column);
    DirectoryQuery query;
    query.ranges.insert(column, range);
    auto checked = source.checked(query);
    return checked ? QString() : checked.error().message;
}

/// state with its parts cleaned (trimmed search, no empty filter or range, no duplicate column,
/// widths of shown columns only); each part the directory does not have is passed to reject,
/// which returns false to stop.
DirectoryState cleaned(const QString& directory, const DirectoryState& state,
                       const std::function<bool(const QString&)>& reject)
{
    const DirectorySource& source = *SavedViewService::sourceOf(directory);
    const QStringList tableColumns = SavedViewService::tableColumns(directory);
    DirectoryState result;
    result.query.search = state.query.search.trimmed();
    if (!state.query.sortColumn.isEmpty()) {
        if (const QString problem = sortProblem(source, state.query.sortColumn);
            problem.isEmpty()) {
            result.query.sortColumn = state.query.sortColumn;
            result.query.descending = state.query.descending;
        } else if (!reject(SavedViewService::tr("The view is sorted by \u201c%1\u201d, which this "
                                                "directory does not sort by.")
                               .arg(state.query.sortColumn))) {
            return result;
        }
    }
    for (auto it = state.query.filters.cbegin(); it != state.query.filters.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (filterProblem(source, it.key()).isEmpty())
            result.query.filters.insert(it.key(), it.value());
        else if (!reject(SavedViewService::tr("The view filters on \u201c%1\u201d, which this "
                                              "directory has no filter for.")
                             .arg(it.key())))
            return result;
    }
    for (auto it = state.query.ranges.cbegin(); it != state.query.ranges.cend(); ++it) {
        if (it->isEmpty())
            continue;
        if (const QString problem = rangeProblem(source, tableColumns, it.key(), it.value());
            problem.isEmpty())
            result.query.ranges.insert(it.key(), it.value());
        else if (!reject(problem))
            return result;
    }
    for (const QString& column : state.columns) {
        if (result.columns.contains(column))
            continue;
        if (tableColumns.contains(column))
            result.columns << column;
        else if (!reject(SavedViewService::tr("The %1 directory has no column \u201c%2\u201d.")
                             .arg(directoryTitle(directory), column)))
            return result;
    }
    for (auto it = state.widths.cbegin(); it != state.widths.cend(); ++it) {
        if (!tableColumns.contains(it.key())) {
            // An unknown column named in the list of columns was reported already.
            if (!state.columns.contains(it.key()) &&
                !reject(SavedViewService::tr("The %1 directory has no column \u201c%2\u201d.")
                            .arg(directoryTitle(directory), it.key())))
                return result;
        } else if (result.columns.contains(it.key()) && it.value() > 0) {
            result.widths.insert(it.key(), qMin(it.value(), maxColumnWidth));
        }
    }
    return result;
}

struct StoredView {
    SavedView view;
    QByteArray definition; ///< as stored
};

StoredView fromRow(const QSqlQuery& query)
{
    StoredView stored;
    stored.view.id = query.value(0).toLongLong();
    stored.view.directory = query.value(1).toString();
    stored.view.name = query.value(2).toString();
    stored.definition = query.value(3).toString().toUtf8();
    stored.view.createdAt = query.value(4).toLongLong();
    stored.view.updatedAt = query.value(5).toLongLong();
    const DirectoryState saved = DirectoryState::fromJson(stored.definition, &stored.view.notes);
    stored.view.state =
        SavedViewService::usableState(stored.view.directory, saved, &stored.view.notes);
    return stored;
}

Result<StoredView> readView(const QSqlDatabase& database, const QString& userId, qint64 viewId)
{
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query, selectViews + QStringLiteral("WHERE id = ? AND user_id = ?"), {viewId, userId});
        !done)
        return done.error();
    if (!query.next())
        return notFound(viewId);
    return fromRow(query);
}

/// One of the acting user's views, after checking that acting is a membership at all (the
/// caller's context is only a claim).
Result<StoredView> readOwnView(const QSqlDatabase& database, const ActingContext& acting,
                               qint64 viewId)
{
    if (auto member = Memberships::resolve(database, acting.userId, acting.accountId); !member)
        return member.error();
    return readView(database, acting.userId, viewId);
}

/// AlreadyExists when the user has another view of directory whose name equals name in any
/// case (Unicode case folding, which the database's NOCASE index does for ASCII only).
Result<void> checkNameFree(const QSqlDatabase& database, const QString& userId,
                           const QString& directory, const QString& name, qint64 exceptId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("SELECT id, name FROM saved_views WHERE user_id = ? AND directory = ?"),
            {userId, directory});
        !done)
        return done.error();
    while (query.next()) {
        if (query.value(0).toLongLong() != exceptId &&
            query.value(1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return Error{ErrorCode::AlreadyExists,
                         SavedViewService::tr("You already have a view of %1 named \u201c%2\u201d. "
                                              "Choose another name.")
                             .arg(directoryTitle(directory), query.value(1).toString())};
    }
    return SqlError::readToEnd(query);
}

QJsonObject definitionObject(const DirectoryState& state)
{
    return QJsonDocument::fromJson(state.toJson()).object();
}

/// Records the event of a write and commits it.
Result<void> recordAndCommit(Transaction& transaction, const QSqlDatabase& database,
                             const ActingContext& acting, qint64 viewId, const QString& action,
                             const QJsonObject& changes, qint64 at)
{
    Event event;
    event.at = at;
    event.userId = acting.userId;
    event.accountId = acting.accountId;
    event.objectType = QStringLiteral("saved_view");
    event.objectId = QString::number(viewId);
    event.action = action;
    event.changes = changes;
    if (auto logged = EventLog::record(database, event); !logged)
        return logged;
    return transaction.commit();
}

/// Sets column ("name" or "definition", written in code) of the acting user's view and its
/// update time, records the event and commits; returns the update time.
Result<qint64> updateAndCommit(Transaction& transaction, const QSqlDatabase& database,
                               const ActingContext& acting, const SavedView& view,
                               const QString& column, const QVariant& value, const QString& action,
                               const QJsonObject& changes)
{
    const qint64 now = qMax(QDateTime::currentMSecsSinceEpoch(), view.createdAt);
    QSqlQuery query(database);
    const QString sql = QStringLiteral("UPDATE saved_views SET %1 = ?, updated_at = ? "
                                       "WHERE id = ? AND user_id = ?")
                            .arg(column);
    if (auto done = SqlError::exec(query, sql, {value, now, view.id, acting.userId}); !done)
        return done.error();
    if (auto done = recordAndCommit(transaction, database, acting, view.id, action, changes, now);
        !done)
        return done.error();
    return now;
}

} // namespace

QStringList SavedViewService::directories()
{
    return {leadsKey, partnersKey};
}

const DirectorySource* SavedViewService::sourceOf(const QString& directory)
{
    if (directory == leadsKey)
        return &LeadDirectory::source();
    if (directory == partnersKey)
        return &PartnerDirectory::source();
    return nullptr;
}

QStringList SavedViewService::tableColumns(const QString& directory)
{
    const DirectorySource* source = sourceOf(directory);
    if (!source)
        return {};
    // The table shows the first columns; the others are related IDs for links and exports.
    const int shown =
        directory == leadsKey ? LeadDirectory::Created + 1 : PartnerDirectory::Status + 1;
    QStringList keys;
    for (int column = 0; column < shown && column < source->columns().size(); ++column)
        keys << source->columns().at(column).key;
    return keys;
}

QString SavedViewService::nameProblem(const QString& name)
{
    const QString trimmed = normalizedName(name);
    if (trimmed.isEmpty())
        return tr("Enter a name for the view.");
    if (const auto length = trimmed.toUcs4().size(); length > maxNameLength)
        return tr("A view name has at most %1 characters (this one has %2).")
            .arg(maxNameLength)
            .arg(length);
    return {};
}

Result<DirectoryState> SavedViewService::checkedState(const QString& directory,
                                                      const DirectoryState& state)
{
    if (!sourceOf(directory))
        return unknownDirectory(directory);
    if (state.query.search.trimmed().size() > maxSearchLength)
        return Error{ErrorCode::Invalid,
                     tr("The search of a view has at most %1 characters.").arg(maxSearchLength)};
    QString refusal;
    DirectoryState result = cleaned(directory, state, [&refusal](const QString& problem) {
        refusal = problem;
        return false;
    });
    if (!refusal.isEmpty())
        return Error{ErrorCode::Invalid, refusal};
    if (result.columns.isEmpty())
        return Error{ErrorCode::Invalid, tr("A view shows at least one column.")};
    return result;
}

DirectoryState SavedViewService::usableState(const QString& directory, const DirectoryState& state,
                                             QStringList* notes)
{
    if (!sourceOf(directory))
        return {};
    const auto note = [notes](const QString& text) {
        if (notes)
            notes->append(text);
    };
    DirectoryState result = cleaned(directory, state, [&note](const QString& problem) {
        note(problem + QLatin1Char(' ') + tr("It was left out."));
        return true;
    });
    result.query.search.truncate(maxSearchLength);
    if (result.columns.isEmpty()) {
        result.columns = tableColumns(directory);
        result.widths.clear();
        note(tr("None of the view's columns is left: every column is shown."));
    }
    return result;
}

Result<QList<SavedView>> SavedViewService::list(const QSqlDatabase& database,
                                                const ActingContext& acting,
                                                const QString& directory)
{
    if (!sourceOf(directory))
        return unknownDirectory(directory);
    if (auto member = Memberships::resolve(database, acting.userId, acting.accountId); !member)
        return member.error();
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done =
            SqlError::exec(query,
                           selectViews + QStringLiteral("WHERE user_id = ? AND directory = ? "
                                                        "ORDER BY name COLLATE NOCASE, id"),
                           {acting.userId, directory});
        !done)
        return done.error();
    QList<SavedView> views;
    while (query.next())
        views << fromRow(query).view;
    if (auto read = SqlError::readToEnd(query); !read)
        return read.error();
    return views;
}

Result<SavedView> SavedViewService::find(const QSqlDatabase& database, const ActingContext& acting,
                                         qint64 viewId)
{
    auto stored = readOwnView(database, acting, viewId);
    if (!stored)
        return stored.error();
    return stored->view;
}

Result<SavedView> SavedViewService::save(const QSqlDatabase& database, const ActingContext& acting,
                                         const QString& directory, const QString& name,
                                         const DirectoryState& state)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Error{ErrorCode::Invalid, problem};
    auto checked = checkedState(directory, state);
    if (!checked)
        return checked.error();
    const QString viewName = normalizedName(name);

    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    // The caller's context is only a claim: the membership decides.
    if (auto member = Memberships::resolve(database, acting.userId, acting.accountId); !member)
        return member.error();
    if (auto free = checkNameFree(database, acting.userId, directory, viewName, 0); !free)
        return free.error();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("INSERT INTO saved_views(user_id, directory, name, definition, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {acting.userId, directory, viewName, QString::fromUtf8(checked->toJson()), now, now});
        !done)
        return done.error();
    SavedView view;
    auto inserted = SqlError::returnedId(query);
    if (!inserted)
        return inserted.error();
    view.id = inserted.value();
    view.directory = directory;
    view.name = viewName;
    view.state = checked.value();
    view.createdAt = now;
    view.updatedAt = now;
    const QJsonObject changes{{QStringLiteral("directory"), directory},
                              {QStringLiteral("name"), viewName},
                              {QStringLiteral("definition"), definitionObject(view.state)}};
    if (auto done = recordAndCommit(transaction, database, acting, view.id,
                                    QStringLiteral("created"), changes, now);
        !done)
        return done.error();
    return view;
}

Result<SavedView> SavedViewService::overwrite(const QSqlDatabase& database,
                                              const ActingContext& acting, qint64 viewId,
                                              const DirectoryState& state)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto stored = readOwnView(database, acting, viewId);
    if (!stored)
        return stored.error();
    auto checked = checkedState(stored->view.directory, state);
    if (!checked)
        return checked.error();
    const QByteArray definition = checked->toJson();
    SavedView view = stored->view;
    view.state = checked.value();
    view.notes.clear();
    if (definition == stored->definition)
        return view;

    auto updated =
        updateAndCommit(transaction, database, acting, view, QStringLiteral("definition"),
                        QString::fromUtf8(definition), QStringLiteral("updated"),
                        QJsonObject{{QStringLiteral("definition"), definitionObject(view.state)}});
    if (!updated)
        return updated.error();
    view.updatedAt = updated.value();
    return view;
}

Result<SavedView> SavedViewService::rename(const QSqlDatabase& database,
                                           const ActingContext& acting, qint64 viewId,
                                           const QString& name)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Error{ErrorCode::Invalid, problem};
    const QString viewName = normalizedName(name);

    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto stored = readOwnView(database, acting, viewId);
    if (!stored)
        return stored.error();
    SavedView view = stored->view;
    if (view.name == viewName)
        return view;
    if (auto free = checkNameFree(database, acting.userId, view.directory, viewName, viewId); !free)
        return free.error();

    auto updated =
        updateAndCommit(transaction, database, acting, view, QStringLiteral("name"), viewName,
                        QStringLiteral("renamed"), QJsonObject{{QStringLiteral("name"), viewName}});
    if (!updated)
        return updated.error();
    view.name = viewName;
    view.updatedAt = updated.value();
    return view;
}

Result<void> SavedViewService::remove(const QSqlDatabase& database, const ActingContext& acting,
                                      qint64 viewId)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto stored = readOwnView(database, acting, viewId);
    if (!stored)
        return stored.error();
    QSqlQuery query(database);
    if (auto done = SqlError::exec(query,
                                   QStringLiteral("DELETE FROM saved_views WHERE id = ? "
                                                  "AND user_id = ?"),
                                   {viewId, acting.userId});
        !done)
        return done.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject changes{{QStringLiteral("directory"), stored->view.directory},
                              {QStringLiteral("name"), stored->view.name}};
    return recordAndCommit(transaction, database, acting, viewId, QStringLiteral("deleted"),
                           changes, now);
}
