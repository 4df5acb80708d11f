#include "partners/AccountProfileService.h"

#include "common/EmailAddress.h"
#include "common/PlainText.h"
#include "common/WebsiteUrl.h"
#include "history/EventLog.h"
#include "history/RecordVersion.h"
#include "partners/PartnerDetails.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <tuple>

namespace {

/// The text columns of accounts a profile edits, in the order of the draft's fields.
struct ProfileField {
    const char* key; ///< validation key, event key and column name alike
    QString AccountProfileDraft::*member;
    bool multiline;
};

const ProfileField profileFields[] = {
    {"overview", &AccountProfileDraft::overview, true},
    {"description", &AccountProfileDraft::description, true},
    {"headquarters", &AccountProfileDraft::headquarters, false},
    {"countries", &AccountProfileDraft::countries, false},
    {"languages", &AccountProfileDraft::languages, false},
    {"industry", &AccountProfileDraft::industry, false},
    {"websites", &AccountProfileDraft::websites, false},
    {"technical_contact_name", &AccountProfileDraft::technicalContactName, false},
    {"technical_contact_email", &AccountProfileDraft::technicalContactEmail, false},
    {"business_contact_name", &AccountProfileDraft::businessContactName, false},
    {"business_contact_email", &AccountProfileDraft::businessContactEmail, false},
};

QString columnList()
{
    QStringList columns;
    for (const ProfileField& field : profileFields)
        columns << QString::fromLatin1(field.key);
    return columns.join(QStringLiteral(", "));
}

/// The draft as it is stored: trimmed, lists joined with ", ", websites normalised.
AccountProfileDraft normalized(const AccountProfileDraft& draft)
{
    AccountProfileDraft result = draft;
    for (const ProfileField& field : profileFields)
        result.*field.member = (draft.*field.member).trimmed();
    result.countries = PartnerDetails::splitList(draft.countries).join(QStringLiteral(", "));
    result.languages = PartnerDetails::splitList(draft.languages).join(QStringLiteral(", "));
    result.websites = PartnerDetails::websiteUrls(draft.websites).join(QStringLiteral(", "));
    for (MediaDraft& media : result.media) {
        media.title = media.title.trimmed();
        media.url =
            media.url.trimmed().isEmpty() ? QString() : WebsiteUrl::normalize(media.url).value();
    }
    return result;
}

/// A text column's value: never NULL.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

bool AccountProfileService::roleCanPublish(UserRole role)
{
    return role == UserRole::CrmAdmin || role == UserRole::CrmManager ||
           role == UserRole::CrmMarketeer;
}

Result<void> AccountProfileService::checkEditable(const QSqlDatabase& database,
                                                  const ActingContext& acting,
                                                  const QString& accountId)
{
    if (acting.accountId.isEmpty() || accountId.isEmpty())
        return Error{ErrorCode::NotFound, tr("There is no account %1.").arg(accountId)};
    if (accountId == acting.accountId) {
        if (!roleCanPublish(acting.userRole))
            return Error{ErrorCode::PermissionDenied,
                         tr("Editing your company's profile needs the CRM admin, manager or "
                            "marketeer role.")};
        return {};
    }
    auto partner = SqlError::select(database, QStringLiteral(R"(
        SELECT a.name, p.status,
               EXISTS (SELECT 1 FROM memberships m WHERE m.account_id = a.id)
          FROM partnerships p JOIN accounts a ON a.id = p.partner_account_id
         WHERE p.owner_account_id = ? AND p.partner_account_id = ?)"),
                                    {acting.accountId, accountId});
    if (!partner)
        return partner.error();
    if (!partner->next())
        return Error{ErrorCode::NotFound, tr("%1 is not one of your partners.").arg(accountId)};
    const QString name = partner->value(0).toString();
    if (partner->value(2).toBool())
        return Error{ErrorCode::PermissionDenied,
                     tr("%1 has users of its own: only they edit its profile.").arg(name)};
    if (partner->value(1).toString() == QLatin1String("removed"))
        return Error{ErrorCode::PermissionDenied,
                     tr("%1 is removed: restore the partner to edit its profile.").arg(name)};
    if (!acting.canManagePartners())
        return Error{ErrorCode::PermissionDenied,
                     tr("Editing a partner's profile needs the CRM admin or manager role.")};
    return {};
}

Result<AccountProfileDraft> AccountProfileService::load(const QSqlDatabase& database,
                                                        const ActingContext& acting,
                                                        const QString& accountId)
{
    if (auto editable = checkEditable(database, acting, accountId); !editable)
        return editable.error();
    auto account = SqlError::select(
        database, QStringLiteral("SELECT %1, version FROM accounts WHERE id = ?").arg(columnList()),
        {accountId});
    if (!account)
        return account.error();
    if (!account->next())
        return Error{ErrorCode::NotFound, tr("There is no account %1.").arg(accountId)};
    AccountProfileDraft draft;
    int column = 0;
    for (const ProfileField& field : profileFields)
        draft.*field.member = account->value(column++).toString();
    draft.rowVersion = account->value(column).toLongLong();
    auto media = SqlError::select(database, QStringLiteral(R"(
        SELECT m.kind, m.title, m.url, coalesce(m.file_id, 0), coalesce(f.name, '')
          FROM media m LEFT JOIN stored_files f ON f.id = m.file_id
         WHERE m.account_id = ? ORDER BY m.position, m.id)"),
                                  {accountId});
    if (!media)
        return media.error();
    while (media->next()) {
        MediaDraft item;
        item.kindKey = media->value(0).toString();
        item.title = media->value(1).toString();
        item.url = media->value(2).toString();
        item.fileId = media->value(3).toLongLong();
        item.fileName = media->value(4).toString();
        draft.media << item;
    }
    return draft;
}

QString AccountProfileService::imageMimeType(const QByteArray& data)
{
    if (data.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QStringLiteral("image/png");
    if (data.startsWith(QByteArrayLiteral("\xFF\xD8\xFF")))
        return QStringLiteral("image/jpeg");
    if (data.startsWith(QByteArrayLiteral("GIF87a")) ||
        data.startsWith(QByteArrayLiteral("GIF89a")))
        return QStringLiteral("image/gif");
    if (data.size() >= 12 && data.startsWith(QByteArrayLiteral("RIFF")) &&
        data.mid(8, 4) == QByteArrayLiteral("WEBP"))
        return QStringLiteral("image/webp");
    return {};
}

QString AccountProfileService::imageProblem(const QString& fileName, const QByteArray& data)
{
    const QString name = QFileInfo(fileName.trimmed()).fileName();
    if (name.isEmpty())
        return tr("Choose the image file.");
    if (data.isEmpty())
        return tr("The file %1 is empty.").arg(name);
    if (data.size() > maxImageBytes)
        return tr("The image %1 is larger than %2 MB.")
            .arg(name)
            .arg(maxImageBytes / (1024 * 1024));
    if (imageMimeType(data).isEmpty())
        return tr("%1 is not a PNG, JPEG, GIF or WebP image.").arg(name);
    return {};
}

QMap<QString, QString> AccountProfileService::validate(const AccountProfileDraft& draft)
{
    QMap<QString, QString> reasons;
    for (const ProfileField& field : profileFields) {
        const QString key = QString::fromLatin1(field.key);
        const QString text = (draft.*field.member).trimmed();
        const int limit = field.multiline ? maxTextLength : maxLineLength;
        if (text.size() > limit)
            reasons.insert(key, tr("At most %1 characters (now %2).").arg(limit).arg(text.size()));
        else if (const QString problem = PlainText::problem(
                     text, field.multiline ? PlainText::Lines::Multiple : PlainText::Lines::Single);
                 !problem.isEmpty())
            reasons.insert(key, problem);
    }
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList websites = draft.websites.split(separators, Qt::SkipEmptyParts);
    for (const QString& website : websites)
        if (auto url = WebsiteUrl::normalize(website); !url) {
            reasons.insert(QStringLiteral("websites"),
                           tr("%1: %2").arg(website, url.error().message));
            break;
        }
    for (const auto& [key, email] :
         {std::pair{QStringLiteral("technical_contact_email"), draft.technicalContactEmail},
          std::pair{QStringLiteral("business_contact_email"), draft.businessContactEmail}})
        if (!email.trimmed().isEmpty() && !EmailAddress::isValid(email.trimmed()))
            reasons.insert(key, tr("This is not a valid e-mail address."));
    if (draft.media.size() > maxMedia)
        reasons.insert(QStringLiteral("media"), tr("At most %1 images and videos.").arg(maxMedia));
    for (int i = 0; i < draft.media.size(); ++i) {
        const MediaDraft& media = draft.media.at(i);
        const QString key = QStringLiteral("media.%1").arg(i);
        QString problem = PlainText::problem(media.title.trimmed());
        if (problem.isEmpty() && media.title.trimmed().size() > maxLineLength)
            problem = tr("The title has at most %1 characters.").arg(maxLineLength);
        if (problem.isEmpty() && !media.url.trimmed().isEmpty())
            if (auto url = WebsiteUrl::normalize(media.url); !url)
                problem = tr("Link: %1").arg(url.error().message);
        if (problem.isEmpty() && media.kindKey == QLatin1String("video") &&
            media.url.trimmed().isEmpty())
            problem = tr("Enter the video's link, e.g. https://video.example/watch?v=1.");
        if (problem.isEmpty() && media.kindKey == QLatin1String("image") && media.fileId <= 0)
            problem = imageProblem(media.fileName, media.fileData);
        if (problem.isEmpty() && media.kindKey != QLatin1String("image") &&
            media.kindKey != QLatin1String("video"))
            problem = tr("A media item is an image or a video.");
        if (!problem.isEmpty())
            reasons.insert(key, problem);
    }
    return reasons;
}

Result<void> AccountProfileService::save(const QSqlDatabase& database, const ActingContext& acting,
                                         const QString& accountId, const AccountProfileDraft& draft)
{
    // Who may first: a viewer is refused whatever was typed.
    if (auto editable = checkEditable(database, acting, accountId); !editable)
        return editable;
    if (const auto reasons = validate(draft); !reasons.isEmpty())
        return Error{ErrorCode::Invalid, reasons.first()};
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto before = load(database, acting, accountId);
    if (!before)
        return before.error();
    const VersionedRow row{QStringLiteral("accounts"),
                           {QStringLiteral("id")},
                           {accountId},
                           QStringLiteral("account"),
                           accountId,
                           tr("The profile of %1").arg(accountId)};
    if (auto claimed = RecordVersion::claim(
            database, row, draft.rowVersion > 0 ? std::optional(draft.rowVersion) : std::nullopt);
        !claimed)
        return claimed;
    const AccountProfileDraft profile = normalized(draft);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    QJsonObject changes;
    QStringList assignments;
    QVariantList values;
    for (const ProfileField& field : profileFields) {
        const QString value = profile.*field.member;
        assignments << QStringLiteral("%1 = ?").arg(QLatin1String(field.key));
        values << text(value);
        if (value != before.value().*field.member)
            changes.insert(QLatin1String(field.key), value);
    }
    if (changes.contains(QStringLiteral("overview"))) {
        assignments << QStringLiteral("overview_author = ?");
        values << text(profile.overview.isEmpty() ? QString() : acting.userName);
    }
    assignments << QStringLiteral("updated_at = ?");
    values << now << accountId;
    if (auto done = SqlError::run(database,
                                  QStringLiteral("UPDATE accounts SET %1 WHERE id = ?")
                                      .arg(assignments.join(QStringLiteral(", "))),
                                  values);
        !done)
        return done.error();

    // Media: the kept images must be this account's; the list is written anew.
    QSet<qint64> oldFiles;
    for (const MediaDraft& media : before->media)
        if (media.fileId > 0)
            oldFiles.insert(media.fileId);
    for (const MediaDraft& media : profile.media)
        if (media.kindKey == QLatin1String("image") && media.fileId > 0 &&
            !oldFiles.contains(media.fileId))
            return Error{ErrorCode::Invalid,
                         tr("The image %1 is not one of this profile's images.").arg(media.fileId)};
    if (auto done = SqlError::run(
            database, QStringLiteral("DELETE FROM media WHERE account_id = ?"), {accountId});
        !done)
        return done.error();
    QJsonArray mediaChanges;
    int position = 0;
    for (const MediaDraft& media : profile.media) {
        QVariant fileId;
        const bool image = media.kindKey == QLatin1String("image");
        if (image && media.fileId > 0) {
            fileId = media.fileId;
        } else if (image) {
            QSqlQuery file(database);
            if (auto done = SqlError::exec(
                    file,
                    QStringLiteral("INSERT INTO stored_files(name, mime_type, size, sha256, data, "
                                   "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                    {QFileInfo(media.fileName.trimmed()).fileName(), imageMimeType(media.fileData),
                     qint64(media.fileData.size()),
                     QString::fromLatin1(
                         QCryptographicHash::hash(media.fileData, QCryptographicHash::Sha256)
                             .toHex()),
                     media.fileData, now});
                !done)
                return done.error();
            auto inserted = SqlError::returnedId(file);
            if (!inserted)
                return inserted.error();
            fileId = inserted.value();
        }
        if (auto done = SqlError::run(
                database,
                QStringLiteral("INSERT INTO media(account_id, kind, title, url, file_id, "
                               "position) VALUES (?, ?, ?, ?, ?, ?)"),
                {accountId, media.kindKey, text(media.title), text(media.url), fileId, position++});
            !done)
            return done.error();
        mediaChanges << QJsonObject{{QStringLiteral("kind"), media.kindKey},
                                    {QStringLiteral("title"), media.title},
                                    {QStringLiteral("url"), media.url},
                                    {QStringLiteral("file_id"), fileId.toLongLong()}};
    }
    // Files of removed images go with them, unless something else still uses them.
    for (const qint64 fileId : std::as_const(oldFiles))
        if (auto done = SqlError::run(database, QStringLiteral(R"(
                DELETE FROM stored_files WHERE id = ?
                   AND NOT EXISTS (SELECT 1 FROM media WHERE file_id = stored_files.id)
                   AND NOT EXISTS (SELECT 1 FROM agreement_versions
                                    WHERE file_id = stored_files.id))"),
                                      {fileId});
            !done)
            return done.error();
    changes.insert(QStringLiteral("media"), mediaChanges);
    if (auto logged = EventLog::record(database, {now, acting.userId, acting.accountId,
                                                  QStringLiteral("account"), accountId,
                                                  QStringLiteral("profile_updated"), changes});
        !logged)
        return logged.error();
    return transaction.commit();
}
