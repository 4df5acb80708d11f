#pragma once

#include "common/Result.h"
#include "partners/AgreementInput.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/// One version of an agreement as the Versions dialog lists it.
struct AgreementVersionRow {
    int version = 0;
    bool active = false;
    QString descriptionHtml;
    DocumentSource source = DocumentSource::None;
    QString documentUrl; ///< External
    QString fileName;    ///< Uploaded
    int contracts = 0;   ///< contracts that use this version
    qint64 createdAt = 0;
};

/// An agreement's editable facts (the Edit… dialog).
struct AgreementDetails {
    QString id;
    AgreementType type = AgreementType::Program;
    QString name;
    QString parentAgreementId;
    QString marketplaceId;
    QString sourcingAgreementId;
    AgreementVersionRow activeVersion;
};

/// Something an agreement may refer to (program or syndication agreement, marketplace).
struct AgreementChoice {
    QString id;
    QString name;
    QString unavailableReason; ///< marketplaces: why no distribution agreement may be added
};

/// What the acting account's new agreements may refer to.
struct AgreementChoices {
    QList<AgreementChoice> programs;
    QList<AgreementChoice> syndications;
    QList<AgreementChoice> marketplaces;
};

/// Creates, renames and versions the acting account's agreements (SPEC 4.2). Every change is one
/// transaction with an event; it needs a crm_admin or crm_manager of the agreement's owner.
class AgreementService {
    Q_DECLARE_TR_FUNCTIONS(AgreementService)

public:
    static Result<QString> create(const QSqlDatabase& database, const ActingContext& acting,
                                  const AgreementInput& input);
    static Result<void> rename(const QSqlDatabase& database, const ActingContext& acting,
                               const QString& agreementId, const QString& name);
    /// Adds an inactive version with the description and document of content; returns its number.
    static Result<int> addVersion(const QSqlDatabase& database, const ActingContext& acting,
                                  const QString& agreementId, const AgreementInput& content);
    /// Makes version the active one; the previously active version becomes inactive.
    static Result<void> activateVersion(const QSqlDatabase& database, const ActingContext& acting,
                                        const QString& agreementId, int version);
    /// Refused for the last version, the active version and a version a contract uses.
    static Result<void> deleteVersion(const QSqlDatabase& database, const ActingContext& acting,
                                      const QString& agreementId, int version);
    /// Why version may not be deleted, or an empty string (the same rule deleteVersion applies).
    static QString deleteRefusal(const QList<AgreementVersionRow>& versions, int version);

    /// The versions, newest first; any member of the owning account may read them.
    static Result<QList<AgreementVersionRow>>
    versions(const QSqlDatabase& database, const ActingContext& acting, const QString& agreementId);
    /// The agreement with its active version; any member of the owning account may read it.
    static Result<AgreementDetails>
    details(const QSqlDatabase& database, const ActingContext& acting, const QString& agreementId);
    /// The acting account's program and syndication agreements and marketplaces, by name.
    static Result<AgreementChoices> choices(const QSqlDatabase& database,
                                            const ActingContext& acting);
};
