#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

/// One value of an enum with its stored key and its label (marked with QT_TRANSLATE_NOOP).
template <typename E> struct EnumEntry {
    E value;
    const char* key;
    const char* label;
};

/// Maps an enum to the key stored in the database and to its translated label.
template <typename E, std::size_t N> class EnumText {
public:
    constexpr EnumText(const char* context, std::array<EnumEntry<E>, N> entries)
        : m_context(context)
        , m_entries(entries)
    {
    }

    QList<E> all() const
    {
        QList<E> values;
        for (const auto& entry : m_entries)
            values << entry.value;
        return values;
    }
    QString key(E value) const { return QString::fromLatin1(find(value).key); }
    std::optional<E> fromKey(const QString& key) const
    {
        for (const auto& entry : m_entries)
            if (key == QLatin1String(entry.key))
                return entry.value;
        return std::nullopt;
    }
    QString label(E value) const
    {
        return QCoreApplication::translate(m_context, find(value).label);
    }
    /// The label as written in the source, untranslated (for reading files in any language).
    QString sourceLabel(E value) const { return QString::fromUtf8(find(value).label); }
    /// The label for a stored key, or the key itself when it is unknown.
    QString labelForKey(const QString& key) const
    {
        const auto value = fromKey(key);
        return value ? label(*value) : key;
    }

private:
    const EnumEntry<E>& find(E value) const
    {
        for (const auto& entry : m_entries)
            if (entry.value == value)
                return entry;
        return m_entries.front();
    }

    const char* m_context;
    std::array<EnumEntry<E>, N> m_entries;
};
