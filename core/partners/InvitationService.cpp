#include "partners/InvitationService.h"

#include "common/EmailAddress.h"
#include "history/EventLog.h"
#include "partners/PartnerService.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
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
        "i.used_at IS NOT NULL, i.partnership_id "
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
    if (view.expiresAt <= now)
        return Error{ErrorCode::Invalid,
                     InvitationService::tr("This invitation expired on %1. Ask %2 for a new one.")
                         .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(view.expiresAt),
                                                 QLocale::ShortFormat),
                              view.inviterName)};
    return invitation;
}

} // namespace

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
                        "WHERE token_sha256 = ? AND used_at IS NULL"),
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
        if (auto logged = EventLog::record(database, {now, {}, view.partnerAccountId, type, id, action,
                                                      {{QStringLiteral("email"), email.trimmed()}}});
            !logged)
            return logged.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return view;
}
