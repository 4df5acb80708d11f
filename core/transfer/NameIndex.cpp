#include "transfer/NameIndex.h"

namespace {

QString fold(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

void NameIndex::add(const QString& id, const QStringList& names)
{
    m_ids.insert(fold(id), id);
    for (const QString& name : names) {
        const QString key = fold(name);
        if (key.isEmpty())
            continue;
        auto found = m_names.find(key);
        if (found == m_names.end())
            m_names.insert(key, id);
        else if (found.value() != id)
            found.value().clear();
    }
}

NameIndex::Lookup NameIndex::find(const QString& text) const
{
    const QString key = fold(text);
    if (auto id = m_ids.constFind(key); id != m_ids.cend())
        return {Match::Found, id.value()};
    auto name = m_names.constFind(key);
    if (name == m_names.cend())
        return {Match::Missing, {}};
    if (name.value().isEmpty())
        return {Match::Ambiguous, {}};
    return {Match::Found, name.value()};
}
