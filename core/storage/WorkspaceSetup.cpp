#include "storage/WorkspaceSetup.h"

#include "common/EmailAddress.h"
#include "common/IdGenerator.h"
#include "history/EventLog.h"
#include "reference/ReferenceListService.h"
#include "session/Memberships.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {
constexpr int maxNameLength = 200;
}

QMap<WorkspaceSetup::Field, QString> WorkspaceSetup::validate(const NewWorkspaceRequest& request)
{
    QMap<Field, QString> reasons;
    const QString account = request.accountName.trimmed();
    if (account.isEmpty())
        reasons.insert(Field::AccountName, tr("Enter the name of your company."));
    else if (account.size() > maxNameLength)
        reasons.insert(
            Field::AccountName,
            tr("At most %1 characters (now %2).").arg(maxNameLength).arg(account.size()));
    const QString user = request.userName.trimmed();
    if (user.isEmpty())
        reasons.insert(Field::UserName, tr("Enter your name."));
    else if (user.size() > maxNameLength)
        reasons.insert(Field::UserName,
                       tr("At most %1 characters (now %2).").arg(maxNameLength).arg(user.size()));
    if (request.userEmail.trimmed().isEmpty())
        reasons.insert(Field::UserEmail, tr("Enter your e-mail address."));
    else if (!EmailAddress::isValid(request.userEmail.trimmed()))
        reasons.insert(Field::UserEmail, tr("This is not a valid e-mail address."));
    return reasons;
}

Result<ActingContext> WorkspaceSetup::createBlank(const QString& path,
                                                  const NewWorkspaceRequest& request)
{
    const auto reasons = validate(request);
    if (!reasons.isEmpty())
        return Error{ErrorCode::Invalid, reasons.first()};

    auto opened = Workspace::open(path, Workspace::Mode::CreateNew);
    if (!opened)
        return opened.error();
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    auto fail = [&](Error error) -> Result<ActingContext> {
        const QString file = workspace->path();
        workspace.reset();
        Workspace::removeFiles(file);
        return error;
    };

    QSqlDatabase db = workspace->database();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return fail(transaction.error());
    IdGenerator ids(db);
    const auto accountId =
        ids.next(request.accountRole == AccountRole::Vendor ? IdKind::VendorAccount
                                                            : IdKind::PartnerAccount);
    const auto userId = ids.next(IdKind::User);
    if (!accountId)
        return fail(accountId.error());
    if (!userId)
        return fail(userId.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO accounts(id, name, role, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(accountId.value());
    query.addBindValue(request.accountName.trimmed());
    query.addBindValue(accountRoles.key(request.accountRole));
    query.addBindValue(now);
    query.addBindValue(now);
    if (auto done = SqlError::exec(query); !done)
        return fail(done.error());
    query.prepare(
        QStringLiteral("INSERT INTO users(id, name, email, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(userId.value());
    query.addBindValue(request.userName.trimmed());
    query.addBindValue(request.userEmail.trimmed());
    query.addBindValue(now);
    if (auto done = SqlError::exec(query); !done)
        return fail(done.error());
    query.prepare(QStringLiteral("INSERT INTO memberships(user_id, account_id, role) "
                                 "VALUES (?, ?, 'crm_admin')"));
    query.addBindValue(userId.value());
    query.addBindValue(accountId.value());
    if (auto done = SqlError::exec(query); !done)
        return fail(done.error());
    for (const auto& [type, id] : {std::pair{QStringLiteral("account"), accountId.value()},
                                   std::pair{QStringLiteral("user"), userId.value()}}) {
        if (auto logged = EventLog::record(
                db,
                {now, userId.value(), accountId.value(), type, id, QStringLiteral("created"), {}});
            !logged)
            return fail(logged.error());
    }
    if (auto defaults =
            ReferenceListService::addDefaults(db, accountId.value(), userId.value(), now);
        !defaults)
        return fail(defaults.error());
    if (auto home = Memberships::setHome(db, userId.value(), accountId.value()); !home)
        return fail(home.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());

    ActingContext context;
    context.userId = userId.value();
    context.userName = request.userName.trimmed();
    context.accountId = accountId.value();
    context.accountName = request.accountName.trimmed();
    context.accountRole = request.accountRole;
    context.userRole = UserRole::CrmAdmin;
    return context;
}
