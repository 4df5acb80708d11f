#pragma once

#include "common/Result.h"

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
};
