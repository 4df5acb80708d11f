#pragma once

#include "common/EnumText.h"
#include "partners/AgreementType.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Where the agreement's document comes from (SPEC 4.2).
enum class DocumentSource { None, External, Uploaded };

inline constexpr EnumText<DocumentSource, 3> documentSources{
    "DocumentSource",
    {{{DocumentSource::None, "none", QT_TRANSLATE_NOOP("DocumentSource", "None")},
      {DocumentSource::External, "external",
       QT_TRANSLATE_NOOP("DocumentSource", "External Document")},
      {DocumentSource::Uploaded, "uploaded",
       QT_TRANSLATE_NOOP("DocumentSource", "Uploaded File")}}}};

/// A new agreement (or a new version's content) as entered in the Add partner wizard or the
/// Agreements tab.
struct AgreementInput {
    AgreementType type = AgreementType::Program;
    QString name;            ///< ≤ 100 characters
    QString descriptionHtml; ///< rich text (bold/italic); ≤ 10 000 characters of plain text
    DocumentSource source = DocumentSource::None;
    QString documentUrl;         ///< External: an http/https URL
    QString fileName;            ///< Uploaded: the file's name…
    QByteArray fileData;         ///< …and its content (≤ AgreementWriter::maxFileSize)
    qint64 storedFileId = 0;     ///< Uploaded: a file already in stored_files instead (0: none)
    QString parentAgreementId;   ///< distribution: its program agreement
    QString marketplaceId;       ///< distribution: the one marketplace; service: the linked one
    QString sourcingAgreementId; ///< service: the syndication agreement
    QStringList productGroupIds; ///< service: product groups available to the partner
};
