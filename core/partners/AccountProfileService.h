#pragma once

#include "accounts/UserRole.h"
#include "common/Result.h"
#include "partners/AccountProfileDraft.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

/// Edits an account's profile (SPEC 4.5 General tab, SPEC 8): by the account's own users
/// (crm_admin, crm_manager, crm_marketeer), and by the partner that manages the account
/// (crm_admin, crm_manager of the partnership's owner, not removed) while the account has no
/// users of its own. Images are stored in the workspace (stored_files); videos are links.
class AccountProfileService {
    Q_DECLARE_TR_FUNCTIONS(AccountProfileService)

public:
    static constexpr int maxLineLength = 200;
    static constexpr int maxTextLength = 10000;
    static constexpr int maxMedia = 24;
    static constexpr qint64 maxImageBytes = 5 * 1024 * 1024;

    /// crm_admin, crm_manager or crm_marketeer: who writes an account's own profile and news.
    static bool roleCanPublish(UserRole role);
    /// Ok when acting may edit accountId's profile; PermissionDenied (with the reason) or
    /// NotFound (an account acting does not know) otherwise.
    static Result<void> checkEditable(const QSqlDatabase& database, const ActingContext& acting,
                                      const QString& accountId);
    /// The profile as stored, for editing (after checkEditable()).
    static Result<AccountProfileDraft> load(const QSqlDatabase& database,
                                            const ActingContext& acting, const QString& accountId);
    /// Why an image is refused (type by its content: PNG, JPEG, GIF or WebP; at most
    /// maxImageBytes), or nothing.
    static QString imageProblem(const QString& fileName, const QByteArray& data);
    /// The MIME type of an accepted image, from its content.
    static QString imageMimeType(const QByteArray& data);
    /// Reasons keyed by field ("websites", "technicalContactEmail", …) and "media.N"; reads no
    /// database.
    static QMap<QString, QString> validate(const AccountProfileDraft& draft);
    /// Writes the profile and its media in one transaction with a "profile_updated" event.
    static Result<void> save(const QSqlDatabase& database, const ActingContext& acting,
                             const QString& accountId, const AccountProfileDraft& draft);
};
