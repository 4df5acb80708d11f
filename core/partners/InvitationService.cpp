#include "partners/InvitationService.h"

#include "common/DisplayFormat.h"
#include "common/EmailAddress.h"
#include "history/EventLog.h"
#include "partners/PartnerService.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include "session/Memberships.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {

QString hashOf(const QString& token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

struct Invitation {
    InvitationView view;
    qint64 partnershipId = 0;
    bool used = false;
};

Result<Invitation> find(const QSqlDatabase& database, const QString& link, qint64 now)
{
    const auto token = InvitationService::tokenOf(link);
    if (!token)
        return token.error();
    QSqlQuery query(database);
    query.prepare(QStringLiteral(
        "SELECT p.partner_account_id, partner.name, owner.name, c.id, a.name, v.description, "
        "v.document_source, v.document_url, coalesce(f.name, ''), i.expires_at, "
        "i.used_at IS NOT NULL, i.partnership_id, i.revoked_at IS NOT NULL "
        "FROM invitations i JOIN partnerships p ON p.id = i.partnership_id "
        "JOIN accounts partner ON partner.id = p.partner_account_id "
        "JOIN accounts owner ON owner.id = p.owner_account_id "
        "JOIN contracts c ON c.id = i.contract_id JOIN agreements a ON a.id = c.agreement_id "
        "JOIN agreement_versions v ON v.id = c.agreement_version_id "
        "LEFT JOIN stored_files f ON f.id = v.file_id WHERE i.token_sha256 = ?"));
    query.addBindValue(hashOf(token.value()));
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     InvitationService::tr("This invitation link is not valid. Ask the partner "
                                           "who invited you for a new one.")};
    Invitation invitation;
    InvitationView& view = invitation.view;
    view.partnerAccountId = query.value(0).toString();
    view.partnerName = query.value(1).toString();
    view.inviterName = query.value(2).toString();
    view.contractId = query.value(3).toString();
    view.agreementName = query.value(4).toString();
    view.descriptionHtml = query.value(5).toString();
    view.documentSourceKey = query.value(6).toString();
    view.documentUrl = query.value(7).toString();
    view.documentFileName = query.value(8).toString();
    view.expiresAt = query.value(9).toLongLong();
    invitation.used = query.value(10).toBool();
    invitation.partnershipId = query.value(11).toLongLong();
    if (invitation.used)
        return Error{ErrorCode::Invalid,
                     InvitationService::tr("This invitation has already been used.")};
    if (query.value(12).toBool())
        return Error{ErrorCode::Invalid,
                     InvitationService::tr("This invitation was withdrawn by %1. Ask them for a "
                                           "new one.")
                         .arg(view.inviterName)};
    if (view.expiresAt <= now)
        return Error{ErrorCode::Invalid,
                     InvitationService::tr("This invitation expired on %1. Ask %2 for a new one.")
                         .arg(DisplayFormat::dateTime(view.expiresAt), view.inviterName)};
    return invitation;
}

constexpr int tokenBytes = 32; // 256 bits

/// An invitation of the acting account that the acting user may revoke or resend.
struct Managed {
    qint64 partnershipId = 0;
    QString contractId;
    QString partnerAccountId;
    bool used = false;
    bool revoked = false;
    qint64 expiresAt = 0;
};

Result<Managed> managed(const QSqlDatabase& database, const ActingContext& acting,
                        const QString& key)
{
    auto member = Memberships::resolve(database, acting.userId, acting.accountId);
    if (!member)
        return member.error();
    if (!member->canManagePartners())
        return Error{ErrorCode::PermissionDenied,
                     InvitationService::tr("Only a CRM admin or CRM manager of %1 may revoke or "
                                           "resend its invitations.")
                         .arg(acting.accountName)};
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("SELECT i.partnership_id, i.contract_id, p.partner_account_id, "
                           "i.used_at IS NOT NULL, i.revoked_at IS NOT NULL, i.expires_at "
                           "FROM invitations i JOIN partnerships p ON p.id = i.partnership_id "
                           "WHERE i.token_sha256 = ? AND p.owner_account_id = ?"),
            {key, acting.accountId});
        !done)
        return done.error();
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     InvitationService::tr("This invitation does not exist or was not issued by "
                                           "%1.")
                         .arg(acting.accountName)};
    Managed invitation{query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(),   query.value(3).toBool(),
                       query.value(4).toBool(),     query.value(5).toLongLong()};
    if (invitation.used)
        return Error{ErrorCode::Invalid,
                     InvitationService::tr("This invitation has already been used.")};
    if (invitation.revoked)
        return Error{ErrorCode::Invalid,
                     InvitationService::tr("This invitation has already been revoked.")};
    return invitation;
}

Result<void> markRevoked(const QSqlDatabase& database, const QString& key, qint64 now)
{
    QSqlQuery query(database);
    return SqlError::exec(
        query,
        QStringLiteral("UPDATE invitations SET revoked_at = ? WHERE token_sha256 = ? "
                       "AND used_at IS NULL AND revoked_at IS NULL"),
        {now, key});
}

} // namespace

Result<IssuedInvitation> InvitationService::issue(const QSqlDatabase& database,
                                                  qint64 partnershipId, const QString& contractId,
                                                  const QString& userId, qint64 now)
{
    QByteArray token(tokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(token.data()),
                                          tokenBytes / int(sizeof(quint32)));
    const QString tokenText = QString::fromLatin1(
        token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    IssuedInvitation issued{hashOf(tokenText), PartnerService::activationLink(tokenText),
                            now + qint64(PartnerService::invitationDays) * 24 * 3600 * 1000};
    QSqlQuery query(database);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral("INSERT INTO invitations(token_sha256, partnership_id, contract_id, "
                           "created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {issued.key, partnershipId, contractId,
             userId.isEmpty() ? QVariant() : QVariant(userId), now, issued.expiresAt});
        !done)
        return done.error();
    return issued;
}

Result<QList<PendingInvitation>> InvitationService::pending(const QSqlDatabase& database,
                                                            const ActingContext& acting, qint64 now)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(
            query,
            QStringLiteral(
                "SELECT i.token_sha256, p.partner_account_id, partner.name, i.contract_id, a.name, "
                "coalesce(u.name, ''), i.created_at, i.expires_at "
                "FROM partnerships p JOIN invitations i ON i.partnership_id = p.id "
                "JOIN accounts partner ON partner.id = p.partner_account_id "
                "JOIN contracts c ON c.id = i.contract_id JOIN agreements a ON a.id = "
                "c.agreement_id "
                "LEFT JOIN users u ON u.id = i.created_by "
                "WHERE p.owner_account_id = ? AND i.used_at IS NULL AND i.revoked_at IS NULL "
                "AND i.expires_at > ? ORDER BY i.expires_at, partner.name"),
            {acting.accountId, now});
        !done)
        return done.error();
    QList<PendingInvitation> invitations;
    while (query.next())
        invitations << PendingInvitation{query.value(0).toString(),   query.value(1).toString(),
                                         query.value(2).toString(),   query.value(3).toString(),
                                         query.value(4).toString(),   query.value(5).toString(),
                                         query.value(6).toLongLong(), query.value(7).toLongLong()};
    if (auto read = SqlError::readToEnd(query); !read)
        return read.error();
    return invitations;
}

Result<void> InvitationService::revoke(const QSqlDatabase& database, const ActingContext& acting,
                                       const QString& key, qint64 now)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto invitation = managed(database, acting, key);
    if (!invitation)
        return invitation.error();
    if (invitation->expiresAt <= now)
        return Error{ErrorCode::Invalid, tr("This invitation has expired already.")};
    if (auto done = markRevoked(database, key, now); !done)
        return done;
    if (auto logged = EventLog::record(
            database, {now,
                       acting.userId,
                       acting.accountId,
                       QStringLiteral("invitation"),
                       invitation->contractId,
                       QStringLiteral("revoked"),
                       {{QStringLiteral("partner_account_id"), invitation->partnerAccountId}}});
        !logged)
        return logged;
    return transaction.commit();
}

Result<IssuedInvitation> InvitationService::resend(const QSqlDatabase& database,
                                                   const ActingContext& acting, const QString& key,
                                                   qint64 now)
{
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto invitation = managed(database, acting, key);
    if (!invitation)
        return invitation.error();
    if (auto done = markRevoked(database, key, now); !done)
        return done.error();
    auto issued =
        issue(database, invitation->partnershipId, invitation->contractId, acting.userId, now);
    if (!issued)
        return issued.error();
    if (auto logged = EventLog::record(
            database, {now,
                       acting.userId,
                       acting.accountId,
                       QStringLiteral("invitation"),
                       invitation->contractId,
                       QStringLiteral("resent"),
                       {{QStringLiteral("partner_account_id"), invitation->partnerAccountId},
                        {QStringLiteral("expires_at"), issued->expiresAt}}});
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return issued;
}

Result<QString> InvitationService::tokenOf(const QString& link)
{
    static const QRegularExpression tokenForm(QStringLiteral("^[A-Za-z0-9_-]{1,200}$"));
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_-]{20,200}$"));
    const QString trimmed = link.trimmed();
    if (bare.match(trimmed).hasMatch())
        return trimmed;
    const QUrl ours(PartnerService::activationLink(QString()));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems();
    const bool ourForm = url.isValid() && url.scheme() == ours.scheme() &&
                         url.host() == ours.host() && url.userInfo().isEmpty() &&
                         url.port() == -1 && url.path().isEmpty() && !url.hasFragment() &&
                         items.size() == 1 && items.first().first == QLatin1String("token") &&
                         tokenForm.match(items.first().second).hasMatch();
    if (!ourForm)
        return Error{ErrorCode::Invalid,
                     tr("This is not a ChannelDesk invitation link. An invitation link looks like "
                        "%1\u2026; copy the whole link from the invitation you received.")
                         .arg(PartnerService::activationLink(QString()))};
    return items.first().second;
}

Result<InvitationView> InvitationService::inspect(const QSqlDatabase& database, const QString& link,
                                                  qint64 now)
{
    auto invitation = find(database, link, now);
    if (!invitation)
        return invitation.error();
    return invitation->view;
}

Result<InvitationView> InvitationService::accept(const QSqlDatabase& database, const QString& link,
                                                 const QString& email, qint64 now)
{
    if (!EmailAddress::isValid(email.trimmed()))
        return Error{ErrorCode::Invalid, tr("Enter a valid e-mail address.")};
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto invitation = find(database, link, now);
    if (!invitation)
        return invitation.error();
    const InvitationView& view = invitation->view;
    QSqlQuery query(database);
    const QList<std::pair<QString, QVariantList>> writes = {
        {QStringLiteral("UPDATE invitations SET used_at = ?, accepted_email = ? "
                        "WHERE token_sha256 = ? AND used_at IS NULL AND revoked_at IS NULL"),
         {now, email.trimmed(), hashOf(tokenOf(link).value())}},
        {QStringLiteral("UPDATE partnerships SET status = 'active', updated_at = ? WHERE id = ?"),
         {now, invitation->partnershipId}},
        {QStringLiteral("UPDATE contracts SET status = 'active', signed_at = ?, updated_at = ? "
                        "WHERE id = ? AND status = 'pending'"),
         {now, now, view.contractId}},
    };
    for (const auto& [sql, values] : writes) {
        if (auto done = SqlError::exec(query, sql, values); !done)
            return done.error();
    }
    for (const auto& [type, id, action] :
         {std::tuple{QStringLiteral("account"), view.partnerAccountId, QStringLiteral("activated")},
          std::tuple{QStringLiteral("contract"), view.contractId, QStringLiteral("signed")}}) {
        if (auto logged =
                EventLog::record(database, {now,
                                            {},
                                            view.partnerAccountId,
                                            type,
                                            id,
                                            action,
                                            {{QStringLiteral("email"), email.trimmed()}}});
            !logged)
            return logged.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return view;
}
