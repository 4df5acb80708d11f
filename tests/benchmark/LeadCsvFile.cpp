#include "LeadCsvFile.h"

#include <QFile>
#include <QTextStream>

namespace {

const char* const needs[] = {"Backup for", "Renewal at", "Pilot at", "Migration at"};
const char* const sources[] = {"call",    "email",          "website_form",   "chat",
                               "partner", "social_network", "self_generation"};
const char* const firstNames[] = {"Ada", "Ben", "Chloe", "Dev", "Elena", "Farid"};
const char* const lastNames[] = {"Adams", "Brooks", "Costa", "Dubois", "Evans", "Fischer", "Ito"};

template <std::size_t N> QString word(const char* const (&words)[N], int i)
{
    return QString::fromLatin1(words[static_cast<std::size_t>(i) % N]);
}

QString csvCell(QString text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

QStringList LeadCsvFile::header()
{
    return {QStringLiteral("product"),
            QStringLiteral("marketplace"),
            QStringLiteral("name"),
            QStringLiteral("source"),
            QStringLiteral("existing_company"),
            QStringLiteral("company_name"),
            QStringLiteral("company_website"),
            QStringLiteral("company_tin"),
            QStringLiteral("selling_direction"),
            QStringLiteral("existing_contact"),
            QStringLiteral("first_name"),
            QStringLiteral("last_name"),
            QStringLiteral("contact_email"),
            QStringLiteral("city")};
}

QString LeadCsvFile::leadName(int i)
{
    return word(needs, i) + QLatin1Char(' ') + companyName(i / 10);
}

QString LeadCsvFile::sourceKey(int i)
{
    return word(sources, i);
}

QString LeadCsvFile::companyName(int company)
{
    return QStringLiteral("Import Co %1").arg(company);
}

QString LeadCsvFile::companyWebsite(int company)
{
    return QStringLiteral("https://import-co-%1.example").arg(company);
}

QString LeadCsvFile::companyTin(int company)
{
    return QString::number(700'000'000 + company); // 9 digits: no check digit
}

QString LeadCsvFile::contactFirstName(int company)
{
    return word(firstNames, company);
}

QString LeadCsvFile::contactLastName(int company)
{
    return word(lastNames, company);
}

QString LeadCsvFile::contactEmail(int company)
{
    return QStringLiteral("buyer.%1@import-co-%1.example").arg(company);
}

QStringList LeadCsvFile::row(int i, const QList<ImportListing>& listings,
                             const QString& sellingDirectionId)
{
    const int company = i / 10;
    const ImportListing& listing = listings.at(company % listings.size());
    const bool newCompany = i % 10 == 0;
    return {listing.productId,
            listing.marketplaceId,
            leadName(i),
            sourceKey(i),
            newCompany ? QString() : companyName(company),
            newCompany ? companyName(company) : QString(),
            newCompany ? companyWebsite(company) : QString(),
            newCompany ? companyTin(company) : QString(),
            sellingDirectionId,
            newCompany ? QString() : contactEmail(company),
            newCompany ? contactFirstName(company) : QString(),
            newCompany ? contactLastName(company) : QString(),
            newCompany ? contactEmail(company) : QString(),
            QStringLiteral("Springfield")};
}

Result<void> LeadCsvFile::write(const QString& path, int rows, const QList<ImportListing>& listings,
                                const QString& sellingDirectionId)
{
    if (listings.isEmpty())
        return Error{ErrorCode::Invalid, QStringLiteral("No listing to import leads on.")};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{ErrorCode::CannotCreate, file.errorString()};
    QTextStream out(&file);
    out << header().join(QLatin1Char(',')) << "\r\n";
    for (int i = 0; i < rows; ++i) {
        QStringList cells = row(i, listings, sellingDirectionId);
        for (QString& cell : cells)
            cell = csvCell(cell);
        out << cells.join(QLatin1Char(',')) << "\r\n";
    }
    out.flush();
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::Storage, file.errorString()};
    return {};
}
