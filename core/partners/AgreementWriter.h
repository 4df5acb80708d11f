#pragma once

#include "common/IdGenerator.h"
#include "common/Result.h"
#include "partners/AgreementInput.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

/// The agreement and its active version that AgreementWriter::insert wrote.
struct AgreementRef {
    QString agreementId;
    qint64 versionId = 0; ///< agreement_versions.id of version 1 (active)
};

/// Writes agreements inside the caller's transaction, so the Add partner wizard and the
/// Agreements tab share one set of rules. Callers own the Transaction and the permission check.
class AgreementWriter {
    Q_DECLARE_TR_FUNCTIONS(AgreementWriter)

public:
    static constexpr int maxNameLength = 100;
    static constexpr int maxDescriptionLength = 10000;
    static constexpr qint64 maxFileSize = 10 * 1024 * 1024;

    /// Reasons keyed by "name", "description", "document", "marketplace", "parent",
    /// "sourcing"; empty when valid. Pure: reads no database.
    static QMap<QString, QString> validate(const AgreementInput& input);
    /// The plain-text length of a rich-text description (what the 10 000 limit counts).
    static int descriptionLength(const QString& html);
    /// Reasons for the content of a version only ("description", "document"): what addVersion
    /// checks. validate() includes these.
    static QMap<QString, QString> validateContent(const AgreementInput& input);
    /// An External document's address: http or https only, "host/path" gets "https://".
    static Result<QString> normalizeDocumentUrl(const QString& text);
    /// The MIME type stored for an uploaded file, guessed from its extension.
    static QString mimeTypeFor(const QString& fileName);

    /// Inserts version number `version` of agreementId with the description and document of
    /// content (storing an uploaded file); returns agreement_versions.id. Caller's transaction.
    static Result<qint64> insertVersion(const QSqlDatabase& database, const QString& agreementId,
                                        int version, bool active, const AgreementInput& content,
                                        qint64 now);

    /// Inserts the agreement owned by ownerAccountId with version 1 active (storing an uploaded
    /// file in stored_files), its product groups, and a "created" event. Checks what needs the
    /// database: the parent is the owner's program agreement, the marketplace is the owner's and
    /// has no distribution agreement yet (distribution), the sourcing agreement is the owner's
    /// syndication agreement (service), product groups are the owner's.
    static Result<AgreementRef> insert(const QSqlDatabase& database, IdGenerator& ids,
                                       const AgreementInput& input, const QString& ownerAccountId,
                                       const ActingContext& acting, qint64 now);
};
