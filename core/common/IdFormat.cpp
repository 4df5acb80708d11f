#include "common/IdFormat.h"

#include <QHash>

IdFormat::IdFormat(QString prefix, QList<int> groups, QList<int> alternativeGroups)
    : m_prefix(std::move(prefix))
    , m_groups(std::move(groups))
    , m_alternativeGroups(std::move(alternativeGroups))
{
}

const IdFormat& IdFormat::of(IdKind kind)
{
    static const QHash<IdKind, IdFormat> formats = [] {
        const QList<int> three3 = {3, 3, 3};
        const QList<int> five3 = {5, 5, 5};
        QHash<IdKind, IdFormat> f;
        f.insert(IdKind::VendorAccount, IdFormat(QStringLiteral("VA"), {3, 3}, {4, 4}));
        f.insert(IdKind::PartnerAccount, IdFormat(QStringLiteral("PA"), {3, 3}, {4, 4}));
        f.insert(IdKind::User, IdFormat(QStringLiteral("UR"), three3));
        f.insert(IdKind::Product, IdFormat(QStringLiteral("PRD"), three3));
        f.insert(IdKind::Marketplace, IdFormat(QStringLiteral("MP"), {5}));
        f.insert(IdKind::Listing, IdFormat(QStringLiteral("LST"), three3));
        f.insert(IdKind::ProductGroup, IdFormat(QStringLiteral("PG"), {3, 3}));
        f.insert(IdKind::Company, IdFormat(QStringLiteral("CO"), {3, 3}));
        f.insert(IdKind::Contact, IdFormat(QStringLiteral("CT"), {3, 3}));
        f.insert(IdKind::Campaign, IdFormat(QStringLiteral("CA"), {5}));
        f.insert(IdKind::SellingDirection, IdFormat(QStringLiteral("SD"), {5}));
        f.insert(IdKind::ContentChannel, IdFormat(QStringLiteral("CH"), {5}));
        f.insert(IdKind::Lead, IdFormat(QStringLiteral("LDR"), three3));
        f.insert(IdKind::Opportunity, IdFormat(QStringLiteral("OP"), three3));
        f.insert(IdKind::LeadForm, IdFormat(QStringLiteral("LDF"), three3));
        f.insert(IdKind::ProgramAgreement, IdFormat(QStringLiteral("AGP"), three3));
        f.insert(IdKind::DistributionAgreement, IdFormat(QStringLiteral("AGD"), three3));
        f.insert(IdKind::ServiceAgreement, IdFormat(QStringLiteral("AGS"), three3));
        f.insert(IdKind::SyndicationAgreement, IdFormat(QStringLiteral("AGY"), three3));
        f.insert(IdKind::ReferralAgreement, IdFormat(QStringLiteral("AGR"), three3));
        f.insert(IdKind::ProgramContract, IdFormat(QStringLiteral("CRP"), five3));
        f.insert(IdKind::DistributionContract, IdFormat(QStringLiteral("CRD"), five3));
        f.insert(IdKind::ServiceContract, IdFormat(QStringLiteral("CRS"), five3));
        f.insert(IdKind::SyndicationContract, IdFormat(QStringLiteral("CRY"), five3));
        f.insert(IdKind::ReferralContract, IdFormat(QStringLiteral("CRR"), five3));
        f.insert(IdKind::NewsArticle, IdFormat(QStringLiteral("NW"), three3));
        return f;
    }();
    return *formats.find(kind);
}

bool IdFormat::matches(const QString& text) const
{
    return matchesGroups(text, m_groups)
        || (!m_alternativeGroups.isEmpty() && matchesGroups(text, m_alternativeGroups));
}

bool IdFormat::matchesGroups(const QString& text, const QList<int>& groups) const
{
    if (!text.startsWith(m_prefix))
        return false;
    qsizetype pos = m_prefix.size();
    for (int digits : groups) {
        if (pos >= text.size() || text.at(pos) != QLatin1Char('-'))
            return false;
        ++pos;
        for (int i = 0; i < digits; ++i, ++pos) {
            if (pos >= text.size() || text.at(pos) < QLatin1Char('0')
                || text.at(pos) > QLatin1Char('9'))
                return false;
        }
    }
    return pos == text.size();
}

QString IdFormat::pattern() const
{
    QString result = m_prefix;
    for (int digits : m_groups)
        result += QLatin1Char('-') + QString(digits, QLatin1Char('d'));
    return result;
}
