#pragma once

#include "common/Result.h"
#include "partners/PartnerProfile.h"
#include "session/ActingContext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

/// Reads what the Partner Details window (SPEC 4.5) shows about one partner account.
class PartnerDetails {
    Q_DECLARE_TR_FUNCTIONS(PartnerDetails)

public:
    /// The partner as acting sees it. An account acting has no partnership with, in either
    /// direction, is NotFound exactly as a missing one. When both directions exist, the
    /// partnership acting owns gives the status.
    static Result<PartnerProfile> load(const QSqlDatabase& database, const ActingContext& acting,
                                       const QString& partnerAccountId);

    /// The bytes of a stored file shown as media of the partner; NotFound when the partner is
    /// not visible to acting or the file is none of its media.
    static Result<QByteArray> mediaFile(const QSqlDatabase& database, const ActingContext& acting,
                                        const QString& partnerAccountId, qint64 fileId);

    /// The entries of a stored list ("Italy, Spain"; commas, semicolons or line breaks),
    /// trimmed, without empty ones.
    static QStringList splitList(const QString& stored);
    /// The websites of a stored list (also separated by white space) that are http or https
    /// URLs, with "https://" added to a bare host name ("www.example.com").
    static QStringList websiteUrls(const QString& stored);
};
