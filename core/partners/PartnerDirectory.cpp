#include "partners/PartnerDirectory.h"

#include "accounts/AccountRole.h"
#include "directory/DirectoryChoices.h"
#include "partners/PartnerStatus.h"

namespace {

/// Contracts of one type between the acting account and the row's partner, either side issuing.
QString contractCount(const char* type)
{
    return QStringLiteral("((SELECT count(*) FROM contracts c WHERE c.issuer_account_id = :account "
                          "AND c.partner_account_id = pl.partner_account_id AND c.type = '%1') + "
                          "(SELECT count(*) FROM contracts c WHERE c.issuer_account_id = "
                          "pl.partner_account_id "
                          "AND c.partner_account_id = :account AND c.type = '%1'))")
        .arg(QLatin1String(type));
}

DirectorySpec partnerSpec()
{
    const auto column = [](const char* key, const QString& select,
                           QList<DirectorySortTerm> sort = {}, const char* filter = "") {
        return DirectoryColumn{QString::fromLatin1(key), select, std::move(sort),
                               QString::fromLatin1(filter), QString()};
    };
    const DirectorySortTerm byName{QStringLiteral("pl.name"), true};
    DirectorySpec spec;
    spec.table = QStringLiteral("partner_links pl");
    spec.rowId = QStringLiteral("pl.rowid");
    spec.id = QStringLiteral("pl.partner_account_id");
    // The link of a partnership the acting account owns, or of one it was invited to when it
    // owns none with that partner.
    spec.branches = {QStringLiteral(
        "pl.viewer_account_id = :account AND (pl.owned = 1 OR NOT EXISTS ("
        "SELECT 1 FROM partner_links mine WHERE mine.viewer_account_id = pl.viewer_account_id "
        "AND mine.partner_account_id = pl.partner_account_id AND mine.owned = 1))")};
    spec.joins = QStringLiteral("JOIN accounts a ON a.id = pl.partner_account_id");
    spec.searchCondition =
        QStringLiteral("pl.partner_account_id IN (SELECT id FROM accounts WHERE rowid IN "
                       "(SELECT rowid FROM partner_search WHERE partner_search MATCH :search))");
    spec.columns = {
        column("account", QStringLiteral("a.name"), {byName}),
        column("type", QStringLiteral("a.role"), {{QStringLiteral("pl.role")}, byName}, "pl.role"),
        column("technicalContact", QStringLiteral("a.technical_contact_name")),
        column("businessContact", QStringLiteral("a.business_contact_name")),
        column("program", contractCount("program")),
        column("distribution", contractCount("distribution")),
        column("service", contractCount("service")),
        column("syndication", contractCount("syndication")),
        column(
            "listings",
            QStringLiteral(
                "(SELECT count(*) FROM listings li JOIN products p ON p.id = li.product_id "
                "JOIN marketplaces m ON m.id = li.marketplace_id WHERE li.status = 'listed' AND "
                "((p.vendor_account_id = :account AND m.owner_account_id = pl.partner_account_id) "
                "OR (p.vendor_account_id = pl.partner_account_id AND m.owner_account_id = "
                ":account)))")),
        column("status", QStringLiteral("pl.status"), {{QStringLiteral("pl.status")}, byName},
               "pl.status"),
        column("technicalContactEmail", QStringLiteral("a.technical_contact_email")),
        column("businessContactEmail", QStringLiteral("a.business_contact_email")),
    };
    spec.defaultSortColumn = QStringLiteral("account");
    spec.choices = [](const QSqlDatabase&, const ActingContext&,
                      const QString& key) -> Result<QList<DirectoryChoice>> {
        if (key == QLatin1String("type"))
            return DirectoryChoices::fromEnum(accountRoles);
        if (key == QLatin1String("status"))
            return DirectoryChoices::fromEnum(partnerStatuses);
        return QList<DirectoryChoice>();
    };
    return spec;
}

} // namespace

const DirectorySource& PartnerDirectory::source()
{
    static const DirectorySource source(partnerSpec());
    return source;
}

PartnerDirectoryRow PartnerDirectory::toRow(const DirectoryRow& directoryRow)
{
    const QVariantList& values = directoryRow.values;
    const auto text = [&values](Column column) { return values.value(column).toString(); };
    const auto number = [&values](Column column) { return values.value(column).toInt(); };
    PartnerDirectoryRow row;
    row.accountId = directoryRow.id;
    row.name = text(Account);
    row.roleKey = text(Type);
    row.technicalContactName = text(TechnicalContact);
    row.technicalContactEmail = text(TechnicalContactEmail);
    row.businessContactName = text(BusinessContact);
    row.businessContactEmail = text(BusinessContactEmail);
    row.programContracts = number(Program);
    row.distributionContracts = number(Distribution);
    row.serviceContracts = number(Service);
    row.syndicationContracts = number(Syndication);
    row.listings = number(Listings);
    row.statusKey = text(Status);
    return row;
}

Result<QList<PartnerDirectoryRow>> PartnerDirectory::of(const QSqlDatabase& database,
                                                        const ActingContext& acting,
                                                        const DirectoryQuery& query)
{
    QList<PartnerDirectoryRow> rows;
    auto read = source().forEach(database, acting, query, [&rows](const DirectoryRow& row) {
        rows << toRow(row);
        return true;
    });
    if (!read)
        return read.error();
    return rows;
}
