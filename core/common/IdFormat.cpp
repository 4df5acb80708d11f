#include "common/IdFormat.h"

#include <iterator>

IdFormat::IdFormat(QString prefix, QList<int> groups, QList<int> alternativeGroups)
    : m_prefix(std::move(prefix))
    , m_groups(std::move(groups))
    , m_alternativeGroups(std::move(alternativeGroups))
{
}

const IdFormat& IdFormat::of(IdKind kind)
{
    const QList<int> three3 = {3, 3, 3};
    const QList<int> five3 = {5, 5, 5};
    // In the order of the IdKind enumerators.
    static const IdFormat formats[] = {
        IdFormat(QStringLiteral("VA"), {3, 3}, {4, 4}),
        IdFormat(QStringLiteral("PA"), {3, 3}, {4, 4}),
        IdFormat(QStringLiteral("UR"), three3),
        IdFormat(QStringLiteral("PRD"), three3),
        IdFormat(QStringLiteral("MP"), {5}),
        IdFormat(QStringLiteral("LST"), three3),
        IdFormat(QStringLiteral("PG"), {3, 3}),
        IdFormat(QStringLiteral("CO"), {3, 3}),
        IdFormat(QStringLiteral("CT"), {3, 3}),
        IdFormat(QStringLiteral("CA"), {5}),
        IdFormat(QStringLiteral("SD"), {5}),
        IdFormat(QStringLiteral("CH"), {5}),
        IdFormat(QStringLiteral("LDR"), three3),
        IdFormat(QStringLiteral("OP"), three3),
        IdFormat(QStringLiteral("LDF"), three3),
        IdFormat(QStringLiteral("AGP"), three3),
        IdFormat(QStringLiteral("AGD"), three3),
        IdFormat(QStringLiteral("AGS"), three3),
        IdFormat(QStringLiteral("AGY"), three3),
        IdFormat(QStringLiteral("AGR"), three3),
        IdFormat(QStringLiteral("CRP"), five3),
        IdFormat(QStringLiteral("CRD"), five3),
        IdFormat(QStringLiteral("CRS"), five3),
        IdFormat(QStringLiteral("CRY"), five3),
        IdFormat(QStringLiteral("CRR"), five3),
        IdFormat(QStringLiteral("NW"), three3),
        IdFormat(QStringLiteral("KEY"), three3),
        IdFormat(QStringLiteral("WEB"), three3),
    };
    static_assert(std::size(formats) == std::size(allIdKinds));
    return formats[static_cast<std::size_t>(kind)];
}

bool IdFormat::matches(const QString& text) const
{
    return matchesGroups(text, m_groups) ||
           (!m_alternativeGroups.isEmpty() && matchesGroups(text, m_alternativeGroups));
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
            if (pos >= text.size() || text.at(pos) < QLatin1Char('0') ||
                text.at(pos) > QLatin1Char('9'))
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
