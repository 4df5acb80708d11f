#include "leads/ObjectSummary.h"

#include "accounts/AccountRole.h"
#include "common/DisplayFormat.h"
#include "common/PhoneNumber.h"
#include "storage/SqlError.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace {

using Row = ObjectSummary::Row;

const QString product = QStringLiteral("product");
const QString marketplace = QStringLiteral("marketplace");
const QString account = QStringLiteral("account");
const QString company = QStringLiteral("company");
const QString contact = QStringLiteral("contact");
const QString opportunity = QStringLiteral("opportunity");

/// Runs sql with values bound in order; the query is positioned on the first row, if any.
Result<bool> fetch(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.setForwardOnly(true);
    if (auto done = SqlError::exec(query, sql, values); !done)
        return done.error();
    return query.next();
}

Error notFound(const QString& type, const QString& id)
{
    QString message;
    if (type == product)
        message = ObjectSummary::tr("There is no product %1.");
    else if (type == marketplace)
        message = ObjectSummary::tr("There is no marketplace %1.");
    else if (type == account)
        message = ObjectSummary::tr("There is no account %1.");
    else if (type == company)
        message = ObjectSummary::tr("There is no company %1.");
    else if (type == contact)
        message = ObjectSummary::tr("There is no contact %1.");
    else
        message = ObjectSummary::tr("There is no opportunity %1.");
    return {ErrorCode::NotFound, message.arg(id)};
}

QString dateTime(qint64 msecsSinceEpoch)
{
    return DisplayFormat::dateTime(msecsSinceEpoch);
}

/// "Name <email>", or whichever of the two there is.
QString person(const QString& name, const QString& email)
{
    if (email.isEmpty())
        return name;
    if (name.isEmpty())
        return email;
    return ObjectSummary::tr("%1 <%2>").arg(name, email);
}

Result<void> loadProduct(const QSqlDatabase& database, ObjectSummary& summary)
{
    QSqlQuery query(database);
    auto found = fetch(
        query,
        QStringLiteral(
            "SELECT p.name, p.vendor_account_id, coalesce(a.name, p.vendor_account_id), "
            "p.description FROM products p LEFT JOIN accounts a ON a.id = p.vendor_account_id "
            "WHERE p.id = ?"),
        {summary.id});
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(product, summary.id);
    summary.title = query.value(0).toString();
    summary.rows << Row{ObjectSummary::tr("Name"), summary.title, {}, {}}
                 << Row{ObjectSummary::tr("Vendor"), query.value(2).toString(), account,
                        query.value(1).toString()}
                 << Row{ObjectSummary::tr("Description"), query.value(3).toString(), {}, {}};
    QSqlQuery listed(database);
    auto any = fetch(
        listed,
        QStringLiteral(
            "SELECT m.name FROM listings l JOIN marketplaces m ON m.id = l.marketplace_id "
            "WHERE l.product_id = ? AND l.status = 'listed' ORDER BY m.name COLLATE NOCASE, m.id"),
        {summary.id});
    if (!any)
        return any.error();
    QStringList names;
    for (bool more = any.value(); more; more = listed.next())
        names << listed.value(0).toString();
    summary.rows << Row{ObjectSummary::tr("Listed on"), names.join(QStringLiteral(", ")), {}, {}};
    return {};
}

Result<void> loadMarketplace(const QSqlDatabase& database, ObjectSummary& summary)
{
    QSqlQuery query(database);
    auto found = fetch(
        query,
        QStringLiteral(
            "SELECT m.name, m.owner_account_id, coalesce(a.name, m.owner_account_id), m.countries, "
            "m.currency, (SELECT count(*) FROM listings l WHERE l.marketplace_id = m.id "
            "AND l.status = 'listed') FROM marketplaces m "
            "LEFT JOIN accounts a ON a.id = m.owner_account_id WHERE m.id = ?"),
        {summary.id});
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(marketplace, summary.id);
    summary.title = query.value(0).toString();
    summary.rows << Row{ObjectSummary::tr("Name"), summary.title, {}, {}}
                 << Row{ObjectSummary::tr("Owner"), query.value(2).toString(), account,
                        query.value(1).toString()}
                 << Row{ObjectSummary::tr("Countries"),
                        query.value(3)
                            .toString()
                            .split(QLatin1Char(','), Qt::SkipEmptyParts)
                            .join(QStringLiteral(", ")),
                        {},
                        {}}
                 << Row{ObjectSummary::tr("Currency"), query.value(4).toString(), {}, {}}
                 << Row{ObjectSummary::tr("Listed products"),
                        QString::number(query.value(5).toInt()),
                        {},
                        {}};
    return {};
}

Result<void> loadAccount(const QSqlDatabase& database, ObjectSummary& summary)
{
    QSqlQuery query(database);
    auto found = fetch(
        query,
        QStringLiteral("SELECT name, role, description, headquarters, countries, languages, "
                       "industry, websites, "
                       "technical_contact_name, technical_contact_email, business_contact_name, "
                       "business_contact_email FROM accounts WHERE id = ?"),
        {summary.id});
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(account, summary.id);
    const auto text = [&](int column) { return query.value(column).toString(); };
    summary.title = text(0);
    summary.rows << Row{ObjectSummary::tr("Name"), text(0), {}, {}}
                 << Row{ObjectSummary::tr("Type"), accountRoles.labelForKey(text(1)), {}, {}}
                 << Row{ObjectSummary::tr("Description"), text(2), {}, {}}
                 << Row{ObjectSummary::tr("Headquarters"), text(3), {}, {}}
                 << Row{ObjectSummary::tr("Countries"), text(4), {}, {}}
                 << Row{ObjectSummary::tr("Languages"), text(5), {}, {}}
                 << Row{ObjectSummary::tr("Industry"), text(6), {}, {}}
                 << Row{ObjectSummary::tr("Websites"), text(7), {}, {}}
                 << Row{ObjectSummary::tr("Technical contact"), person(text(8), text(9)), {}, {}}
                 << Row{ObjectSummary::tr("Business contact"), person(text(10), text(11)), {}, {}};
    return {};
}

Result<void> loadCompany(const QSqlDatabase& database, const ActingContext& acting,
                         ObjectSummary& summary)
{
    QSqlQuery query(database);
    // The lead count uses the same two indexed branches as the directory.
    auto found = fetch(
        query,
        QStringLiteral(
            "SELECT c.name, c.tin, c.website, c.city, (SELECT count(*) FROM ("
            "SELECT id FROM leads WHERE company_id = c.id AND vendor_account_id = ? "
            "UNION SELECT id FROM leads WHERE company_id = c.id AND distributor_account_id = ?) "
            "AS visible) "
            "FROM companies c WHERE c.id = ?"),
        {acting.accountId, acting.accountId, summary.id});
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(company, summary.id);
    summary.title = query.value(0).toString();
    summary.rows << Row{ObjectSummary::tr("Name"), summary.title, {}, {}}
                 << Row{ObjectSummary::tr("TIN"), query.value(1).toString(), {}, {}}
                 << Row{ObjectSummary::tr("Website"), query.value(2).toString(), {}, {}}
                 << Row{ObjectSummary::tr("City"), query.value(3).toString(), {}, {}}
                 << Row{ObjectSummary::tr("Leads visible to you"),
                        QString::number(query.value(4).toInt()),
                        {},
                        {}};
    return {};
}

Result<void> loadContact(const QSqlDatabase& database, ObjectSummary& summary)
{
    QSqlQuery query(database);
    auto found = fetch(
        query,
        QStringLiteral("SELECT trim(c.first_name || ' ' || CASE WHEN c.middle_name <> '' "
                       "THEN c.middle_name || ' ' ELSE '' END || c.last_name), c.phone, c.email, "
                       "coalesce(c.company_id, ''), coalesce(co.name, '') FROM contacts c "
                       "LEFT JOIN companies co ON co.id = c.company_id WHERE c.id = ?"),
        {summary.id});
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(contact, summary.id);
    summary.title = query.value(0).toString();
    const QString companyId = query.value(3).toString();
    summary.rows << Row{ObjectSummary::tr("Name"), summary.title, {}, {}}
                 << Row{ObjectSummary::tr("Phone"),
                        PhoneNumber::international(query.value(1).toString()),
                        {},
                        {}}
                 << Row{ObjectSummary::tr("Email"), query.value(2).toString(), {}, {}}
                 << Row{ObjectSummary::tr("Company"), query.value(4).toString(),
                        companyId.isEmpty() ? QString() : company, companyId};
    return {};
}

Result<void> loadOpportunity(const QSqlDatabase& database, const ActingContext& acting,
                             ObjectSummary& summary)
{
    QSqlQuery query(database);
    auto found = fetch(
        query,
        QStringLiteral(
            "SELECT o.lead_id, l.name, o.company_id, coalesce(co.name, o.company_id), "
            "o.contact_id, "
            "coalesce(trim(ct.first_name || ' ' || CASE WHEN ct.middle_name <> '' "
            "THEN ct.middle_name || ' ' ELSE '' END || ct.last_name), o.contact_id), o.product_id, "
            "coalesce(p.name, o.product_id), o.marketplace_id, coalesce(m.name, o.marketplace_id), "
            "coalesce(u.name, ''), o.created_at FROM opportunities o "
            "JOIN leads l ON l.id = o.lead_id "
            "LEFT JOIN companies co ON co.id = o.company_id "
            "LEFT JOIN contacts ct ON ct.id = o.contact_id "
            "LEFT JOIN products p ON p.id = o.product_id "
            "LEFT JOIN marketplaces m ON m.id = o.marketplace_id "
            "LEFT JOIN users u ON u.id = o.owner_user_id "
            "WHERE o.id = ? AND (l.vendor_account_id = ? OR l.distributor_account_id = ?)"),
        {summary.id, acting.accountId, acting.accountId});
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(opportunity, summary.id);
    const auto text = [&](int column) { return query.value(column).toString(); };
    summary.title = text(1);
    summary.rows << Row{ObjectSummary::tr("Lead"),
                        ObjectSummary::tr("%1 (%2)").arg(text(1), text(0)),
                        {},
                        {}}
                 << Row{ObjectSummary::tr("Company"), text(3), company, text(2)}
                 << Row{ObjectSummary::tr("Contact"), text(5), contact, text(4)}
                 << Row{ObjectSummary::tr("Product"), text(7), product, text(6)}
                 << Row{ObjectSummary::tr("Marketplace"), text(9), marketplace, text(8)}
                 << Row{ObjectSummary::tr("Owner"), text(10), {}, {}}
                 << Row{ObjectSummary::tr("Created"),
                        dateTime(query.value(11).toLongLong()),
                        {},
                        {}};
    return {};
}

QString labelOfKind(const QString& type)
{
    if (type == product)
        return ObjectSummary::tr("Product");
    if (type == marketplace)
        return ObjectSummary::tr("Marketplace");
    if (type == account)
        return ObjectSummary::tr("Account");
    if (type == company)
        return ObjectSummary::tr("Company");
    if (type == contact)
        return ObjectSummary::tr("Contact");
    return ObjectSummary::tr("Opportunity");
}

} // namespace

QStringList ObjectSummary::types()
{
    return {product, marketplace, account, company, contact, opportunity};
}

Result<ObjectSummary> ObjectSummary::load(const QSqlDatabase& database, const ActingContext& acting,
                                          const QString& objectType, const QString& id)
{
    if (!types().contains(objectType))
        return Error{
            ErrorCode::Invalid,
            tr("ChannelDesk cannot show objects of the kind \u201c%1\u201d.").arg(objectType)};
    ObjectSummary summary;
    summary.objectType = objectType;
    summary.id = id.trimmed();
    summary.kindLabel = labelOfKind(objectType);
    Result<void> loaded;
    if (objectType == product)
        loaded = loadProduct(database, summary);
    else if (objectType == marketplace)
        loaded = loadMarketplace(database, summary);
    else if (objectType == account)
        loaded = loadAccount(database, summary);
    else if (objectType == company)
        loaded = loadCompany(database, acting, summary);
    else if (objectType == contact)
        loaded = loadContact(database, summary);
    else
        loaded = loadOpportunity(database, acting, summary);
    if (!loaded)
        return loaded.error();
    return summary;
}

QString ObjectSummary::value(const QString& label) const
{
    for (const Row& row : rows)
        if (row.label == label)
            return row.value;
    return {};
}
