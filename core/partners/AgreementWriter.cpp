#include "partners/AgreementWriter.h"

#include "history/EventLog.h"
#include "storage/SqlError.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace {

const QString nameKey = QStringLiteral("name");
const QString descriptionKey = QStringLiteral("description");
const QString documentKey = QStringLiteral("document");
const QString marketplaceKey = QStringLiteral("marketplace");
const QString parentKey = QStringLiteral("parent");
const QString sourcingKey = QStringLiteral("sourcing");

QString decodeEntities(const QString& text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});"));
    QString result;
    result.reserve(text.size());
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex = name.size() > 1 &&
                             (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = code;
                result += QString::fromUcs4(&c, 1);
                continue;
            }
        } else if (name == QLatin1String("lt")) {
            result += QLatin1Char('<');
            continue;
        } else if (name == QLatin1String("gt")) {
            result += QLatin1Char('>');
            continue;
        } else if (name == QLatin1String("amp")) {
            result += QLatin1Char('&');
            continue;
        } else if (name == QLatin1String("quot")) {
            result += QLatin1Char('"');
            continue;
        } else if (name == QLatin1String("apos")) {
            result += QLatin1Char('\'');
            continue;
        } else if (name == QLatin1String("nbsp")) {
            result += QChar(0xA0);
            continue;
        }
        result += match.captured(0);
    }
    result += QStringView(text).mid(last);
    return result;
}

QString plainText(const QString& html)
{
    static const QRegularExpression anyTag(QStringLiteral("<[A-Za-z!/][^>]*>"));
    if (!anyTag.match(html).hasMatch())
        return html;
    static const QRegularExpression head(
        QStringLiteral("<!DOCTYPE[^>]*>|<head[^>]*>.*?</head>|<style[^>]*>.*?</style>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression sourceBreaks(QStringLiteral("\r?\n"));
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blockEnd(QStringLiteral("</(p|div|li|h[1-6])\\s*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString text = html;
    text.remove(head);
    text.remove(sourceBreaks);
    text.replace(lineBreak, QStringLiteral("\n"));
    text.replace(blockEnd, QStringLiteral("\n"));
    text.remove(anyTag);
    text = decodeEntities(text);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

Error invalid(const QString& message)
{
    return {ErrorCode::Invalid, message};
}

/// The owner, type and name of an agreement, or empty strings when it does not exist.
struct AgreementFacts {
    bool exists = false;
    QString owner;
    QString type;
    QString name;
};

Result<AgreementFacts> agreementFacts(const QSqlDatabase& database, const QString& agreementId)
{
    QSqlQuery query(database);
    query.prepare(
        QStringLiteral("SELECT owner_account_id, type, name FROM agreements WHERE id = ?"));
    query.addBindValue(agreementId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    AgreementFacts facts;
    if (query.next()) {
        facts.exists = true;
        facts.owner = query.value(0).toString();
        facts.type = query.value(1).toString();
        facts.name = query.value(2).toString();
    }
    return facts;
}

Result<void> checkMarketplace(const QSqlDatabase& database, const AgreementInput& input,
                              const QString& ownerAccountId)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral(R"(
        SELECT m.owner_account_id, m.name, d.id, d.name
          FROM marketplaces m
          LEFT JOIN agreements d ON d.marketplace_id = m.id AND d.type = 'distribution'
         WHERE m.id = ?)"));
    query.addBindValue(input.marketplaceId);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    if (!query.next() || query.value(0).toString() != ownerAccountId)
        return invalid(AgreementWriter::tr("The marketplace %1 is not one of your marketplaces.")
                           .arg(input.marketplaceId));
    if (input.type == AgreementType::Distribution && !query.isNull(2))
        return Error{ErrorCode::AlreadyExists,
                     AgreementWriter::tr("The marketplace %1 already has a distribution agreement "
                                         "(%2, %3). A marketplace has one distribution agreement.")
                         .arg(query.value(1).toString(), query.value(3).toString(),
                              query.value(2).toString())};
    return {};
}

Result<void> checkReferences(const QSqlDatabase& database, const AgreementInput& input,
                             const QString& ownerAccountId)
{
    if (input.type == AgreementType::Distribution) {
        auto parent = agreementFacts(database, input.parentAgreementId);
        if (!parent)
            return parent.error();
        if (!parent->exists || parent->owner != ownerAccountId ||
            parent->type != agreementTypes.key(AgreementType::Program))
            return invalid(AgreementWriter::tr("The parent agreement %1 is not one of your program "
                                               "agreements.")
                               .arg(input.parentAgreementId));
        if (auto checked = checkMarketplace(database, input, ownerAccountId); !checked)
            return checked;
    }
    if (input.type == AgreementType::Service) {
        auto sourcing = agreementFacts(database, input.sourcingAgreementId);
        if (!sourcing)
            return sourcing.error();
        if (!sourcing->exists || sourcing->owner != ownerAccountId ||
            sourcing->type != agreementTypes.key(AgreementType::Syndication))
            return invalid(AgreementWriter::tr("The sourcing agreement %1 is not one of your "
                                               "syndication agreements.")
                               .arg(input.sourcingAgreementId));
        if (!input.marketplaceId.isEmpty())
            if (auto checked = checkMarketplace(database, input, ownerAccountId); !checked)
                return checked;
        for (const QString& groupId : input.productGroupIds) {
            QSqlQuery query(database);
            query.prepare(
                QStringLiteral("SELECT owner_account_id FROM product_groups WHERE id = ?"));
            query.addBindValue(groupId);
            if (auto done = SqlError::exec(query); !done)
                return done.error();
            if (!query.next() || query.value(0).toString() != ownerAccountId)
                return invalid(AgreementWriter::tr("The product group %1 is not one of your "
                                                   "product groups.")
                                   .arg(groupId));
        }
    }
    return {};
}

QVariant optionalId(bool used, const QString& id)
{
    return used && !id.isEmpty() ? QVariant(id) : QVariant();
}

} // namespace

int AgreementWriter::descriptionLength(const QString& html)
{
    return static_cast<int>(plainText(html).size());
}

Result<QString> AgreementWriter::normalizeDocumentUrl(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(tr("Enter the address of the agreement's document."));
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    static const QRegularExpression hostPort(QStringLiteral("^[^/:]+:[0-9]+(/|$)"));
    if (!scheme.match(trimmed).hasMatch() || hostPort.match(trimmed).hasMatch())
        trimmed.prepend(QStringLiteral("https://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString protocol = url.scheme().toLower();
    if (protocol != QLatin1String("http") && protocol != QLatin1String("https"))
        return invalid(tr("Only http and https addresses are accepted for a document."));
    static const QRegularExpression host(
        QStringLiteral(R"(^(([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}|localhost)$)"));
    if (!url.isValid() || !host.match(url.host().toLower()).hasMatch() || !url.userInfo().isEmpty())
        return invalid(tr("This is not a document address, e.g. https://example.com/terms.pdf."));
    return url.toString(QUrl::NormalizePathSegments);
}

QString AgreementWriter::mimeTypeFor(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("application/pdf");
    if (suffix == QLatin1String("txt"))
        return QStringLiteral("text/plain");
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return QStringLiteral("text/html");
    if (suffix == QLatin1String("docx"))
        return QStringLiteral(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    return QStringLiteral("application/octet-stream");
}

QMap<QString, QString> AgreementWriter::validateContent(const AgreementInput& input)
{
    QMap<QString, QString> reasons;
    const QString description = plainText(input.descriptionHtml);
    if (description.trimmed().isEmpty())
        reasons.insert(descriptionKey, tr("Enter a description of the agreement."));
    else if (description.size() > maxDescriptionLength)
        reasons.insert(descriptionKey,
                       tr("The description is %1 characters long; at most %2 are allowed.")
                           .arg(description.size())
                           .arg(maxDescriptionLength));

    switch (input.source) {
    case DocumentSource::None:
        break;
    case DocumentSource::External:
        if (auto url = normalizeDocumentUrl(input.documentUrl); !url)
            reasons.insert(documentKey, url.error().message);
        break;
    case DocumentSource::Uploaded:
        if (input.storedFileId > 0)
            break;
        if (QFileInfo(input.fileName.trimmed()).fileName().isEmpty())
            reasons.insert(documentKey, tr("Choose the file to upload."));
        else if (input.fileData.isEmpty())
            reasons.insert(documentKey, tr("The file %1 is empty.").arg(input.fileName));
        else if (input.fileData.size() > maxFileSize)
            reasons.insert(documentKey,
                           tr("The file is larger than %1 MB.").arg(maxFileSize / (1024 * 1024)));
        break;
    }
    return reasons;
}

QMap<QString, QString> AgreementWriter::validate(const AgreementInput& input)
{
    QMap<QString, QString> reasons = validateContent(input);
    const QString name = input.name.trimmed();
    if (name.isEmpty())
        reasons.insert(nameKey, tr("Enter the agreement's name."));
    else if (name.size() > maxNameLength)
        reasons.insert(nameKey, tr("The name is %1 characters long; at most %2 are allowed.")
                                    .arg(name.size())
                                    .arg(maxNameLength));
    if (input.type == AgreementType::Distribution) {
        if (input.parentAgreementId.isEmpty())
            reasons.insert(parentKey,
                           tr("Choose the program agreement this distribution agreement is "
                              "part of."));
        if (input.marketplaceId.isEmpty())
            reasons.insert(marketplaceKey,
                           tr("Choose the marketplace this distribution agreement covers."));
    }
    if (input.type == AgreementType::Service && input.sourcingAgreementId.isEmpty())
        reasons.insert(sourcingKey, tr("Choose the syndication agreement this service agreement "
                                       "sources from."));
    return reasons;
}

Result<qint64> AgreementWriter::insertVersion(const QSqlDatabase& database,
                                              const QString& agreementId, int version, bool active,
                                              const AgreementInput& content, qint64 now)
{
    if (const auto reasons = validateContent(content); !reasons.isEmpty())
        return invalid(reasons.first());
    const QString description = content.descriptionHtml.trimmed();
    if (description.size() > maxDescriptionLength)
        return invalid(tr("The description with its formatting takes %1 characters; the "
                          "workspace stores at most %2. Shorten it or remove some formatting.")
                           .arg(description.size())
                           .arg(maxDescriptionLength));
    QString url = QStringLiteral("");
    QVariant fileId;
    if (content.source == DocumentSource::External) {
        url = normalizeDocumentUrl(content.documentUrl).value();
    } else if (content.source == DocumentSource::Uploaded && content.storedFileId > 0) {
        fileId = content.storedFileId;
    } else if (content.source == DocumentSource::Uploaded) {
        const QString fileName = QFileInfo(content.fileName.trimmed()).fileName();
        QSqlQuery file(database);
        file.prepare(QStringLiteral("INSERT INTO stored_files(name, mime_type, size, sha256, data, "
                                    "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        file.addBindValue(fileName);
        file.addBindValue(mimeTypeFor(fileName));
        file.addBindValue(qint64(content.fileData.size()));
        file.addBindValue(QString::fromLatin1(
            QCryptographicHash::hash(content.fileData, QCryptographicHash::Sha256).toHex()));
        file.addBindValue(content.fileData);
        file.addBindValue(now);
        if (auto done = SqlError::exec(file); !done)
            return done.error();
        auto inserted = SqlError::returnedId(file);
        if (!inserted)
            return inserted.error();
        fileId = inserted.value();
    }
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO agreement_versions(agreement_id, version, "
                                 "description, document_source, document_url, file_id, active, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(agreementId);
    query.addBindValue(version);
    query.addBindValue(description);
    query.addBindValue(documentSources.key(content.source));
    query.addBindValue(url);
    query.addBindValue(fileId);
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(now);
    if (auto done = SqlError::exec(query); !done)
        return done.error();
    return SqlError::returnedId(query);
}

Result<AgreementRef> AgreementWriter::insert(const QSqlDatabase& database, IdGenerator& ids,
                                             const AgreementInput& input,
                                             const QString& ownerAccountId,
                                             const ActingContext& acting, qint64 now)
{
    if (const auto reasons = validate(input); !reasons.isEmpty())
        return invalid(reasons.first());
    if (auto checked = checkReferences(database, input, ownerAccountId); !checked)
        return checked.error();

    auto id = ids.next(agreementIdKind(input.type));
    if (!id)
        return id.error();
    const bool distribution = input.type == AgreementType::Distribution;
    const bool service = input.type == AgreementType::Service;
    const QString name = input.name.trimmed();
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO agreements(id, type, owner_account_id, name, "
                                 "parent_agreement_id, marketplace_id, sourcing_agreement_id, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id.value());
    query.addBindValue(agreementTypes.key(input.type));
    query.addBindValue(ownerAccountId);
    query.addBindValue(name);
    query.addBindValue(optionalId(distribution, input.parentAgreementId));
    query.addBindValue(optionalId(distribution || service, input.marketplaceId));
    query.addBindValue(optionalId(service, input.sourcingAgreementId));
    query.addBindValue(now);
    query.addBindValue(now);
    if (auto done = SqlError::exec(query); !done)
        return done.error();

    auto versionId = insertVersion(database, id.value(), 1, true, input, now);
    if (!versionId)
        return versionId.error();

    QStringList groups;
    if (service) {
        groups = input.productGroupIds;
        groups.removeDuplicates();
        for (const QString& groupId : groups) {
            QSqlQuery link(database);
            link.prepare(QStringLiteral(
                "INSERT INTO agreement_product_groups(agreement_id, group_id) VALUES (?, ?)"));
            link.addBindValue(id.value());
            link.addBindValue(groupId);
            if (auto done = SqlError::exec(link); !done)
                return done.error();
        }
    }

    QJsonObject changes{{QStringLiteral("name"), name},
                        {QStringLiteral("type"), agreementTypes.key(input.type)},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("document_source"), documentSources.key(input.source)}};
    if (distribution) {
        changes.insert(QStringLiteral("parent"), input.parentAgreementId);
        changes.insert(QStringLiteral("marketplace"), input.marketplaceId);
    }
    if (service) {
        changes.insert(QStringLiteral("sourcing"), input.sourcingAgreementId);
        if (!input.marketplaceId.isEmpty())
            changes.insert(QStringLiteral("marketplace"), input.marketplaceId);
        changes.insert(QStringLiteral("product_groups"), QJsonArray::fromStringList(groups));
    }
    Event event;
    event.at = now;
    event.userId = acting.userId;
    event.accountId = acting.accountId;
    event.objectType = QStringLiteral("agreement");
    event.objectId = id.value();
    event.action = QStringLiteral("created");
    event.changes = changes;
    if (auto recorded = EventLog::record(database, event); !recorded)
        return recorded.error();
    return AgreementRef{id.value(), versionId.value()};
}
