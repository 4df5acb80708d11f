#include "transfer/ImportMapping.h"

#include <QHash>
#include <QSet>

QString ImportMapping::matchKey(const QString& text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            key += c.toLower();
    return key;
}

QMap<QString, QString> ImportMapping::fieldsByName(const QList<ImportField>& fields)
{
    QMap<QString, QString> byName; // keys and labels before aliases
    for (const ImportField& field : fields)
        for (const QString& name : {field.key, field.label})
            if (const QString match = matchKey(name); !match.isEmpty() && !byName.contains(match))
                byName.insert(match, field.key);
    for (const ImportField& field : fields)
        for (const QString& alias : field.aliases)
            if (const QString match = matchKey(alias); !match.isEmpty() && !byName.contains(match))
                byName.insert(match, field.key);
    return byName;
}

ImportMapping ImportMapping::fromHeader(const QStringList& header, const QList<ImportField>& fields)
{
    const QMap<QString, QString> byName = fieldsByName(fields);
    ImportMapping mapping;
    QSet<QString> used;
    for (int column = 0; column < header.size(); ++column) {
        const QString key = byName.value(matchKey(header.at(column)));
        if (key.isEmpty() || used.contains(key))
            continue;
        used.insert(key);
        mapping.setField(column, key);
    }
    return mapping;
}

QList<ImportMapping::IgnoredColumn> ImportMapping::ignoredColumns(const QStringList& header,
                                                                  const QList<ImportField>& fields)
{
    const QMap<QString, QString> byName = fieldsByName(fields);
    QHash<QString, QString> labels;
    for (const ImportField& field : fields)
        labels.insert(field.key, field.label);
    QHash<QString, int> firstColumn; // field key → the column it is imported from
    QList<IgnoredColumn> ignored;
    for (int column = 0; column < header.size(); ++column) {
        const QString name = header.at(column).trimmed();
        const QString key = byName.value(matchKey(name));
        if (name.isEmpty()) {
            ignored << IgnoredColumn{column, -1, tr("Column %1 has no header.").arg(column + 1)};
        } else if (key.isEmpty()) {
            ignored << IgnoredColumn{
                column, -1,
                tr("Column %1 \u201c%2\u201d: no field has this name.").arg(column + 1).arg(name)};
        } else if (const int first = firstColumn.value(key, -1); first >= 0) {
            ignored << IgnoredColumn{column, first,
                                     tr("Column %1 \u201c%2\u201d is a duplicate: column %3 "
                                        "\u201c%4\u201d is imported into %5 already.")
                                         .arg(column + 1)
                                         .arg(name)
                                         .arg(first + 1)
                                         .arg(header.at(first).trimmed(), labels.value(key))};
        } else {
            firstColumn.insert(key, column);
        }
    }
    return ignored;
}

void ImportMapping::setField(int column, const QString& key)
{
    if (key.isEmpty())
        m_columns.remove(column);
    else
        m_columns.insert(column, key);
}

int ImportMapping::column(const QString& key) const
{
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        if (it.value() == key)
            return it.key();
    return -1;
}

QStringList ImportMapping::problems(const QList<ImportField>& fields) const
{
    QStringList problems;
    QMap<QString, QString> labels;
    for (const ImportField& field : fields)
        labels.insert(field.key, field.label);
    for (const ImportField& field : fields) {
        if (!field.required || isMapped(field.key))
            continue;
        if (field.unlessMapped.isEmpty())
            problems << tr("Choose the column of %1.").arg(field.label);
        else if (!isMapped(field.unlessMapped))
            problems << tr("Choose the column of %1, or of %2.")
                            .arg(field.label, labels.value(field.unlessMapped, field.unlessMapped));
    }
    QMap<QString, int> uses;
    for (const QString& key : m_columns)
        ++uses[key];
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (!labels.contains(it.key()))
            problems << tr("%1 is not a field that can be imported.").arg(it.key());
        else if (it.value() > 1)
            problems << tr("%1 is chosen for %2 columns; choose it for one.")
                            .arg(labels.value(it.key()))
                            .arg(it.value());
    }
    return problems;
}
