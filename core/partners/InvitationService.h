#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QSqlDatabase>

/// What a partner sees before accepting an invitation.
struct InvitationView {
    QString partnerAccountId;
    QString partnerName;
    QString inviterName;
    QString contractId;
    QString agreementName;
    QString descriptionHtml;
    QString documentSourceKey;
    QString documentUrl;
    QString documentFileName;
    qint64 expiresAt = 0;
};

/// An invitation not used, not revoked and not expired, as the Invitations tab lists it.
struct PendingInvitation {
    QString key; ///< identifies the invitation (the hash of its token, never the token)
    QString partnerAccountId;
    QString partnerName;
    QString contractId;
    QString agreementName;
    QString createdByName;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
};

/// A new invitation's link (shown once: only its hash is stored) and expiry.
struct IssuedInvitation {
    QString key;
    QString link;
    qint64 expiresAt = 0;
};

/// Invitation links (SPEC 4.4): single-use, expiring tokens, stored only as SHA-256 hashes.
class InvitationService {
    Q_DECLARE_TR_FUNCTIONS(InvitationService)

public:
    /// The token of an activation link as PartnerService::activationLink builds it
    /// (channeldesk://activate?token=…, nothing else: no other scheme, host, user, port, path,
    /// query item or fragment), or the text itself when it is a bare token; else an Invalid
    /// error that shows the link's form.
    static Result<QString> tokenOf(const QString& link);
    /// The invitation behind link; NotFound / Invalid (used or expired) with a clear message.
    static Result<InvitationView> inspect(const QSqlDatabase& database, const QString& link,
                                          qint64 now);
    /// Accepts: the partner becomes Active and its contract signed (Active), in one
    /// transaction; a used, expired or unknown link changes nothing.
    static Result<InvitationView> accept(const QSqlDatabase& database, const QString& link,
                                         const QString& email, qint64 now);

    /// A new random token (256 bits) for partnershipId's contractId, valid for
    /// PartnerService::invitationDays, inside the caller's transaction.
    static Result<IssuedInvitation> issue(const QSqlDatabase& database, qint64 partnershipId,
                                          const QString& contractId, const QString& userId,
                                          qint64 now);
    /// The acting account's pending invitations, the ones that expire first first.
    static Result<QList<PendingInvitation>> pending(const QSqlDatabase& database,
                                                    const ActingContext& acting, qint64 now);
    /// Revokes a pending invitation of the acting account: its link stops working at once. Needs
    /// crm_admin or crm_manager of the issuing account.
    static Result<void> revoke(const QSqlDatabase& database, const ActingContext& acting,
                               const QString& key, qint64 now);
    /// Replaces an unused, unrevoked invitation (pending or expired) with a new token and expiry;
    /// the old link stops working at once. Same permission as revoke.
    static Result<IssuedInvitation> resend(const QSqlDatabase& database,
                                           const ActingContext& acting, const QString& key,
                                           qint64 now);
};
