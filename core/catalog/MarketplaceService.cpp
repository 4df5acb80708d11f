#include "catalog/MarketplaceService.h"

#include "catalog/CatalogAccess.h"
#include "catalog/IsoCodes.h"
#include "common/IdGenerator.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QStringList fieldOrder = {QStringLiteral("name"), QStringLiteral("countries"),
                                QStringLiteral("currency")};

const QString selectRows = QStringLiteral(R"(
    SELECT m.id, m.name, m.countries, m.currency,
           (SELECT count(*) FROM listings l WHERE l.marketplace_id = m.id),
           (SELECT count(*) FROM listings l WHERE l.marketplace_id = m.id AND l.status = 'listed'),
           (SELECT count(*) FROM agreements a WHERE a.marketplace_id = m.id),
           (SELECT count(*) FROM contracts c WHERE c.marketplace_id = m.id),
           (SELECT count(*) FROM leads d WHERE d.marketplace_id = m.id),
           m.created_at
      FROM marketplaces m
     WHERE m.owner_account_id = ? %1
     ORDER BY m.name COLLATE NOCASE, m.id)");

QStringList splitCodes(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Result<QList<MarketplaceRow>> readRows(const QSqlDatabase& database, const QString& accountId,
                                       const QString& marketplaceId)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    QVariantList values{accountId};
    QString condition;
    if (!marketplaceId.isEmpty()) {
        condition = QStringLiteral("AND m.id = ?");
        values << marketplaceId;
    }
    if (auto done = SqlError::exec(query, selectRows.arg(condition), values); !done)
        return done.error();
    QList<MarketplaceRow> rows;
    while (query.next()) {
        MarketplaceRow row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.countries = splitCodes(query.value(2).toString());
        row.currency = query.value(3).toString();
        row.listings = query.value(4).toInt();
        row.listed = query.value(5).toInt();
        row.agreements = query.value(6).toInt();
        row.contracts = query.value(7).toInt();
        row.leads = query.value(8).toInt();
        row.createdAt = query.value(9).toLongLong();
        rows << row;
    }
    return rows;
}

/// Codes in the order entered, each once, upper case.
QStringList normalizedCountries(const QStringList& countries)
{
    QStringList codes;
    for (const QString& country : countries) {
        const QString code = country.trimmed().toUpper();
        if (!code.isEmpty() && !codes.contains(code))
            codes << code;
    }
    return codes;
}

} // namespace

QMap<QString, QString> MarketplaceService::validate(const QSqlDatabase& database,
                                                    const ActingContext& acting,
                                                    const MarketplaceInput& input,
                                                    const QString& marketplaceId)
{
    QMap<QString, QString> reasons;
    if (QString problem = CatalogAccess::textProblem(input.name, maxNameLength, true);
        !problem.isEmpty())
        reasons.insert(QStringLiteral("name"), problem);
    const QStringList countries = normalizedCountries(input.countries);
    if (countries.isEmpty())
        reasons.insert(QStringLiteral("countries"), tr("Pick at least one country."));
    for (const QString& code : countries)
        if (!IsoCodes::isCountry(code)) {
            reasons.insert(QStringLiteral("countries"),
                           tr("%1 is not an ISO 3166 country code.").arg(code));
            break;
        }
    const QString currency = input.currency.trimmed().toUpper();
    if (currency.isEmpty())
        reasons.insert(QStringLiteral("currency"), tr("Required."));
    else if (!IsoCodes::isCurrency(currency))
        reasons.insert(QStringLiteral("currency"),
                       tr("%1 is not an ISO 4217 currency code.").arg(input.currency.trimmed()));
    if (!reasons.contains(QStringLiteral("name")))
        if (QString taken = CatalogAccess::nameTaken(
                database, QStringLiteral("marketplaces"), QStringLiteral("owner_account_id"),
                acting.accountId, input.name, marketplaceId,
                tr("You already have a marketplace named \u201c%1\u201d."));
            !taken.isEmpty())
            reasons.insert(QStringLiteral("name"), taken);
    return reasons;
}

Result<QList<MarketplaceRow>> MarketplaceService::list(const QSqlDatabase& database,
                                                       const ActingContext& acting)
{
    if (acting.accountRole == AccountRole::Vendor)
        return QList<MarketplaceRow>();
    return readRows(database, acting.accountId, {});
}

Result<MarketplaceRow> MarketplaceService::marketplace(const QSqlDatabase& database,
                                                       const ActingContext& acting,
                                                       const QString& marketplaceId)
{
    return CatalogAccess::single(readRows(database, acting.accountId, marketplaceId),
                                 tr("There is no marketplace %1 of yours.").arg(marketplaceId));
}

Result<QString> MarketplaceService::create(const QSqlDatabase& database,
                                           const ActingContext& acting,
                                           const MarketplaceInput& input)
{
    if (!CatalogAccess::canManageMarketplaces(acting))
        return CatalogAccess::marketplacesDenied();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    if (auto reasons = validate(database, acting, input); !reasons.isEmpty())
        return CatalogAccess::invalid(reasons, fieldOrder);
    IdGenerator ids(database);
    auto id = ids.next(IdKind::Marketplace);
    if (!id)
        return id.error();
    const QString countries = normalizedCountries(input.countries).join(QLatin1Char(','));
    const QString currency = input.currency.trimmed().toUpper();
    if (auto written = CatalogAccess::write(
            database, acting,
            QStringLiteral("INSERT INTO marketplaces(id, name, owner_account_id, countries, "
                           "currency, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {id.value(), CatalogAccess::trimmed(input.name), acting.accountId, countries, currency,
             CatalogAccess::now()},
            QStringLiteral("marketplace"), id.value(), QStringLiteral("created"),
            {{QStringLiteral("name"), CatalogAccess::trimmed(input.name)},
             {QStringLiteral("countries"), countries},
             {QStringLiteral("currency"), currency}});
        !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> MarketplaceService::update(const QSqlDatabase& database, const ActingContext& acting,
                                        const QString& marketplaceId, const MarketplaceInput& input)
{
    if (!CatalogAccess::canManageMarketplaces(acting))
        return CatalogAccess::marketplacesDenied();
    Transaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    auto before = marketplace(database, acting, marketplaceId);
    if (!before)
        return before.error();
    if (auto reasons = validate(database, acting, input, marketplaceId); !reasons.isEmpty())
        return CatalogAccess::invalid(reasons, fieldOrder);
    const QStringList countries = normalizedCountries(input.countries);
    const QString currency = input.currency.trimmed().toUpper();
    QJsonObject changes;
    if (before->name != CatalogAccess::trimmed(input.name))
        changes.insert(QStringLiteral("name"), CatalogAccess::trimmed(input.name));
    if (before->countries != countries)
        changes.insert(QStringLiteral("countries"), countries.join(QLatin1Char(',')));
    if (before->currency != currency)
        changes.insert(QStringLiteral("currency"), currency);
    if (changes.isEmpty())
        return {};
    if (auto written = CatalogAccess::write(
            database, acting,
            QStringLiteral(
                "UPDATE marketplaces SET name = ?, countries = ?, currency = ? WHERE id = ?"),
            {CatalogAccess::trimmed(input.name), countries.join(QLatin1Char(',')), currency,
             marketplaceId},
            QStringLiteral("marketplace"), marketplaceId, QStringLiteral("updated"), changes);
        !written)
        return written;
    return transaction.commit();
}

Result<void> MarketplaceService::remove(const QSqlDatabase& database, const ActingContext& acting,
                                        const QString& marketplaceId)
{
    if (!CatalogAccess::canManageMarketplaces(acting))
        return CatalogAccess::marketplacesDenied();
    return CatalogAccess::removeRecord(
        database, acting, QStringLiteral("marketplaces"), QStringLiteral("marketplace"),
        marketplaceId, QStringLiteral("deleted"),
        [&] { return marketplace(database, acting, marketplaceId); },
        &MarketplaceService::deleteRefusal,
        [](const auto& row) {
            return QJsonObject{{QStringLiteral("name"), row.name}};
        });
}

QString MarketplaceService::deleteRefusal(const MarketplaceRow& row)
{
    if (row.leads > 0)
        return tr("%1 cannot be deleted: %n lead(s) came in through it.", nullptr, row.leads)
            .arg(row.name);
    if (row.listings > 0)
        return tr("%1 cannot be deleted: it has %n listing(s).", nullptr, row.listings)
            .arg(row.name);
    if (row.agreements > 0)
        return tr("%1 cannot be deleted: %n agreement(s) are for it.", nullptr, row.agreements)
            .arg(row.name);
    if (row.contracts > 0)
        return tr("%1 cannot be deleted: %n contract(s) are for it.", nullptr, row.contracts)
            .arg(row.name);
    return {};
}
