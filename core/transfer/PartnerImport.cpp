#include "transfer/PartnerImport.h"

#include "partners/PartnerService.h"
#include "partners/PartnerWriter.h"
#include "storage/SqlError.h"
#include "transfer/CsvWriter.h"
#include "transfer/ImportRunner.h"
#include "transfer/NameIndex.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QString typeKey = QStringLiteral("type");
const QString nameKey = QStringLiteral("name");
const QString externalIdKey = QStringLiteral("external_id");
const QString descriptionKey = QStringLiteral("description");
const QString countriesKey = QStringLiteral("countries");
const QString industryKey = QStringLiteral("industry");
const QString technicalNameKey = QStringLiteral("technical_contact_name");
const QString technicalEmailKey = QStringLiteral("technical_contact_email");
const QString businessNameKey = QStringLiteral("business_contact_name");
const QString businessEmailKey = QStringLiteral("business_contact_email");
const QString agreementKey = QStringLiteral("agreement");
const QString actionKey = QStringLiteral("action");
const QString usersKey = QStringLiteral("users");

const QString accountAction = QStringLiteral("account");
const QString invitationAction = QStringLiteral("invitation");

/// The field key for each key of PartnerService::validate()'s reasons.
QString fieldOfReason(const QString& reasonKey)
{
    if (reasonKey == QLatin1String("externalId"))
        return externalIdKey;
    if (reasonKey == QLatin1String("technicalContactName"))
        return technicalNameKey;
    if (reasonKey == QLatin1String("technicalContactEmail"))
        return technicalEmailKey;
    if (reasonKey == QLatin1String("businessContactName"))
        return businessNameKey;
    if (reasonKey == QLatin1String("businessContactEmail"))
        return businessEmailKey;
    return reasonKey; // name, type, description, countries, industry, agreement, users
}

struct Lookups {
    NameIndex types;
    NameIndex programAgreements;
    NameIndex serviceAgreements;
    NameIndex actions;
    NameIndex users;
};

Result<Lookups> readLookups(const QSqlDatabase& database, const ActingContext& acting)
{
    Lookups lookups;
    for (AccountRole role : {AccountRole::Vendor, AccountRole::Reseller})
        lookups.types.add(accountRoles.key(role),
                          {accountRoles.label(role), accountRoles.sourceLabel(role)});
    lookups.actions.add(accountAction,
                        {PartnerImport::tr("Create partner account"),
                         QStringLiteral("Create partner account"), QStringLiteral("Create account"),
                         PartnerImport::tr("account")});
    lookups.actions.add(invitationAction,
                        {PartnerImport::tr("Generate invitation link"),
                         QStringLiteral("Generate invitation link"), QStringLiteral("Invite"),
                         QStringLiteral("Invitation link"), PartnerImport::tr("invitation")});

    QSqlQuery agreements(database);
    agreements.setForwardOnly(true);
    agreements.prepare(
        QStringLiteral("SELECT id, name, type FROM agreements "
                       "WHERE owner_account_id = ? AND type IN ('program', 'service')"));
    agreements.addBindValue(acting.accountId);
    if (auto done = SqlError::exec(agreements); !done)
        return done.error();
    while (agreements.next())
        (agreements.value(2).toString() == QLatin1String("program") ? lookups.programAgreements
                                                                    : lookups.serviceAgreements)
            .add(agreements.value(0).toString(), {agreements.value(1).toString()});

    QSqlQuery users(database);
    users.setForwardOnly(true);
    users.prepare(QStringLiteral("SELECT u.id, u.email, u.name FROM memberships ms "
                                 "JOIN users u ON u.id = ms.user_id WHERE ms.account_id = ?"));
    users.addBindValue(acting.accountId);
    if (auto done = SqlError::exec(users); !done)
        return done.error();
    while (users.next())
        lookups.users.add(users.value(0).toString(),
                          {users.value(1).toString(), users.value(2).toString()});
    return lookups;
}

/// One import: the lookups, the labels of the fields and the writer.
class PartnerRows {
    Q_DISABLE_COPY_MOVE(PartnerRows)

public:
    PartnerRows(const QSqlDatabase& database, const ActingContext& acting, Lookups lookups,
                const ImportMapping& mapping, const QList<ImportField>& fields)
        : m_acting(acting)
        , m_lookups(std::move(lookups))
        , m_writer(database, acting)
    {
        for (const ImportField& field : fields) {
            m_labels.insert(field.key, field.label);
            m_columns.insert(field.key, mapping.column(field.key));
        }
    }

    Result<QString> write(const QStringList& cells, qint64 line);

private:
    QString cell(const QStringList& cells, const QString& key) const
    {
        const int column = m_columns.value(key, -1);
        return column >= 0 && column < cells.size() ? CsvWriter::unescapeFormula(cells.at(column))
                                                    : QString();
    }

    ActingContext m_acting;
    Lookups m_lookups;
    PartnerWriter m_writer;
    QHash<QString, QString> m_labels;
    QHash<QString, int> m_columns;
};

Result<QString> PartnerRows::write(const QStringList& cells, qint64 line)
{
    QMap<QString, QString> problems; // field key → reason
    PartnerDraft draft;
    draft.createAgreement = false;

    const QString type = cell(cells, typeKey).trimmed();
    const NameIndex::Lookup role = m_lookups.types.find(type);
    if (type.isEmpty())
        problems.insert(typeKey, PartnerImport::tr("Required: Vendor or Reseller."));
    else if (role.match != NameIndex::Match::Found)
        problems.insert(typeKey,
                        PartnerImport::tr("\u201c%1\u201d is not Vendor or Reseller.").arg(type));
    else
        draft.type = *accountRoles.fromKey(role.id);

    draft.name = cell(cells, nameKey);
    draft.externalId = cell(cells, externalIdKey);
    draft.description = cell(cells, descriptionKey);
    draft.countries = cell(cells, countriesKey);
    draft.industry = cell(cells, industryKey);
    draft.technicalContactName = cell(cells, technicalNameKey);
    draft.technicalContactEmail = cell(cells, technicalEmailKey);
    draft.businessContactName = cell(cells, businessNameKey);
    draft.businessContactEmail = cell(cells, businessEmailKey);

    const QString agreement = cell(cells, agreementKey).trimmed();
    if (role.match == NameIndex::Match::Found) {
        const bool vendor = draft.type == AccountRole::Vendor;
        const NameIndex& agreements =
            vendor ? m_lookups.programAgreements : m_lookups.serviceAgreements;
        const QString kind = vendor ? PartnerImport::tr("program") : PartnerImport::tr("service");
        const NameIndex::Lookup found = agreements.find(agreement);
        if (agreement.isEmpty())
            problems.insert(agreementKey,
                            PartnerImport::tr("Required: the ID or name of one of your "
                                              "%1 agreements.")
                                .arg(kind));
        else if (found.match == NameIndex::Match::Missing)
            problems.insert(agreementKey, PartnerImport::tr("\u201c%1\u201d is not one of your %2 "
                                                            "agreements.")
                                              .arg(agreement, kind));
        else if (found.match == NameIndex::Match::Ambiguous)
            problems.insert(agreementKey,
                            PartnerImport::tr("several of your %1 agreements are named "
                                              "\u201c%2\u201d; give the ID.")
                                .arg(kind, agreement));
        else
            draft.existingAgreementId = found.id;
    }

    const QString action = cell(cells, actionKey).trimmed();
    if (!action.isEmpty()) {
        const NameIndex::Lookup found = m_lookups.actions.find(action);
        if (found.match != NameIndex::Match::Found)
            problems.insert(actionKey, PartnerImport::tr("\u201c%1\u201d is not %2 or %3.")
                                           .arg(action, PartnerImport::tr("Create partner account"),
                                                PartnerImport::tr("Generate invitation link")));
        else if (found.id == invitationAction)
            draft.action = PartnerAction::GenerateInvitation;
    }

    if (draft.action == PartnerAction::CreateAccount) {
        static const QRegularExpression separators(QStringLiteral("[;,]"));
        const QStringList users = cell(cells, usersKey).split(separators, Qt::SkipEmptyParts);
        QStringList unknown;
        for (const QString& user : users) {
            if (user.trimmed().isEmpty())
                continue;
            const NameIndex::Lookup found = m_lookups.users.find(user);
            if (found.match == NameIndex::Match::Found) {
                if (!draft.userIds.contains(found.id))
                    draft.userIds << found.id;
            } else {
                unknown << user.trimmed();
            }
        }
        if (!unknown.isEmpty())
            problems.insert(usersKey,
                            PartnerImport::tr("not users of %1: %2")
                                .arg(m_acting.accountName, unknown.join(QStringLiteral(", "))));
        else if (draft.userIds.isEmpty())
            draft.userIds << m_acting.userId;
    }

    const QMap<QString, QString> reasons = PartnerService::validate(draft);
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        const QString field = fieldOfReason(it.key());
        // Which agreement fits depends on the type: said once the type is right.
        if (!problems.contains(field) &&
            (field != agreementKey || role.match == NameIndex::Match::Found))
            problems.insert(field, it.value());
    }
    if (!problems.isEmpty()) {
        QStringList text;
        // In the order of the fields.
        for (const QString& key :
             {typeKey, nameKey, externalIdKey, descriptionKey, countriesKey, industryKey,
              technicalNameKey, technicalEmailKey, businessNameKey, businessEmailKey, agreementKey,
              actionKey, usersKey})
            if (problems.contains(key))
                text << PartnerImport::tr("%1: %2").arg(m_labels.value(key), problems.take(key));
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            text << it.value();
        return Error{ErrorCode::Invalid, text.join(QStringLiteral("; "))};
    }

    auto created = m_writer.insert(draft, QDateTime::currentMSecsSinceEpoch());
    if (!created)
        return created.error();
    if (created->activationLink.isEmpty())
        return QString();
    return PartnerImport::tr("Line %1: %2 (%3) is invited: %4")
        .arg(line)
        .arg(draft.name.trimmed(), created->accountId, created->activationLink);
}

} // namespace

QList<ImportField> PartnerImport::fields(const ActingContext& acting)
{
    return {
        {typeKey, tr("Type"), true, {}, tr("Vendor or Reseller"), {QStringLiteral("Partner type")}},
        {nameKey,
         tr("Partner name"),
         true,
         {},
         {},
         {QStringLiteral("Partner name"), QStringLiteral("Name"), QStringLiteral("Partner"),
          QStringLiteral("Account")}},
        {externalIdKey,
         tr("Partner External ID"),
         false,
         {},
         tr("Your own reference, optional"),
         {QStringLiteral("Partner External ID"), QStringLiteral("External ID")}},
        {descriptionKey, tr("Description"), false, {}, {}, {QStringLiteral("Description")}},
        {countriesKey, tr("Countries"), false, {}, {}, {QStringLiteral("Countries")}},
        {industryKey, tr("Industry"), false, {}, {}, {QStringLiteral("Industry")}},
        {technicalNameKey,
         tr("Technical contact"),
         false,
         {},
         tr("Name"),
         {QStringLiteral("Technical contact"), QStringLiteral("Technical contact name")}},
        {technicalEmailKey,
         tr("Technical contact e-mail"),
         false,
         {},
         {},
         {QStringLiteral("Technical contact e-mail"), QStringLiteral("Technical contact email")}},
        {businessNameKey,
         tr("Business contact"),
         false,
         {},
         tr("Name"),
         {QStringLiteral("Business contact"), QStringLiteral("Business contact name")}},
        {businessEmailKey,
         tr("Business contact e-mail"),
         false,
         {},
         {},
         {QStringLiteral("Business contact e-mail"), QStringLiteral("Business contact email")}},
        {agreementKey,
         tr("Agreement"),
         true,
         {},
         tr("ID or name of your program agreement (vendors) or service agreement (resellers)"),
         {QStringLiteral("Agreement"), QStringLiteral("Agreement ID")}},
        {actionKey,
         tr("Action"),
         false,
         {},
         tr("%1 (when empty) or %2")
             .arg(tr("Create partner account"), tr("Generate invitation link")),
         {QStringLiteral("Action")}},
        {usersKey,
         tr("Users"),
         false,
         {},
         tr("IDs, e-mails or names of users of %1 who join the new account, separated by "
            "\u201c;\u201d "
            "(when empty: you)")
             .arg(acting.accountName),
         {QStringLiteral("Users")}},
    };
}

Result<ImportReport> PartnerImport::importRows(const QSqlDatabase& database,
                                               const ActingContext& acting, CsvReader& reader,
                                               const QStringList& header,
                                               const ImportMapping& mapping,
                                               const ImportProgress& progress,
                                               const ImportBatch& batch)
{
    if (!PartnerService::canAddPartners(acting))
        return Error{ErrorCode::PermissionDenied,
                     tr("Importing partners needs the CRM admin or manager role in a distributor "
                        "account.")};
    const QList<ImportField> available = fields(acting);
    if (const QStringList problems = mapping.problems(available); !problems.isEmpty())
        return Error{ErrorCode::Invalid, problems.join(QLatin1Char(' '))};
    auto lookups = readLookups(database, acting);
    if (!lookups)
        return lookups.error();
    PartnerRows rows(database, acting, std::move(lookups).value(), mapping, available);
    return ImportRunner::run(
        database, reader, header,
        [&rows](const QStringList& cells, qint64 line) { return rows.write(cells, line); },
        progress, batch);
}

Result<ImportReport> PartnerImport::importDevice(const QSqlDatabase& database,
                                                 const ActingContext& acting, QIODevice* csv,
                                                 const ImportMapping& mapping,
                                                 const ImportProgress& progress,
                                                 const ImportBatch& batch)
{
    return ImportRunner::runOnDevice(csv, [&](CsvReader& reader, const QStringList& header) {
        return importRows(database, acting, reader, header, mapping, progress, batch);
    });
}

Result<ImportReport> PartnerImport::importFile(const QSqlDatabase& database,
                                               const ActingContext& acting, const QString& path,
                                               const ImportMapping& mapping,
                                               const ImportProgress& progress,
                                               const ImportBatch& batch)
{
    return ImportRunner::runOnFile(path, [&](CsvReader& reader, const QStringList& header) {
        return importRows(database, acting, reader, header, mapping, progress, batch);
    });
}
