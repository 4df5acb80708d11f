#include "directory/DirectoryState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr int formatVersion = 1;

const QString versionKey = QStringLiteral("version");
const QString queryKey = QStringLiteral("query");
const QString sortKey = QStringLiteral("sort");
const QString descendingKey = QStringLiteral("descending");
const QString filtersKey = QStringLiteral("filters");
const QString rangesKey = QStringLiteral("ranges");
const QString fromKey = QStringLiteral("from");
const QString toKey = QStringLiteral("to");
const QString searchKey = QStringLiteral("search");
const QString columnsKey = QStringLiteral("columns");
const QString widthsKey = QStringLiteral("widths");

void note(QStringList* notes, const QString& text)
{
    if (notes)
        notes->append(text);
}

} // namespace

QByteArray DirectoryState::toJson() const
{
    QJsonObject filters;
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it)
        filters.insert(it.key(), it.value());
    QJsonObject ranges;
    for (auto it = query.ranges.cbegin(); it != query.ranges.cend(); ++it)
        ranges.insert(it.key(), QJsonObject{{fromKey, it->from}, {toKey, it->to}});
    QJsonObject widthObject;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        widthObject.insert(it.key(), it.value());
    const QJsonObject queryObject{{sortKey, query.sortColumn},
                                  {descendingKey, query.descending},
                                  {filtersKey, filters},
                                  {rangesKey, ranges},
                                  {searchKey, query.search}};
    QJsonObject root{{versionKey, formatVersion},
                     {queryKey, queryObject},
                     {columnsKey, QJsonArray::fromStringList(columns)}};
    if (!widthObject.isEmpty())
        root.insert(widthsKey, widthObject);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

DirectoryState DirectoryState::fromJson(const QByteArray& json, QStringList* notes)
{
    DirectoryState state;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        note(notes, tr("The saved view could not be read; it shows every column, unfiltered."));
        return state;
    }
    const QJsonObject root = document.object();
    const QJsonObject queryObject = root.value(queryKey).toObject();
    const QJsonValue sort = queryObject.value(sortKey);
    if (sort.isString())
        state.query.sortColumn = sort.toString();
    else if (!sort.isUndefined())
        note(notes, tr("The saved sort could not be read and was left out."));
    state.query.descending = queryObject.value(descendingKey).toBool();
    const QJsonValue search = queryObject.value(searchKey);
    if (search.isString())
        state.query.search = search.toString();
    else if (!search.isUndefined())
        note(notes, tr("The saved search could not be read and was left out."));

    const QJsonObject filters = queryObject.value(filtersKey).toObject();
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it) {
        if (it->isString())
            state.query.filters.insert(it.key(), it->toString());
        else
            note(notes, tr("The saved filter \u201c%1\u201d could not be read and was left out.")
                            .arg(it.key()));
    }
    const QJsonObject ranges = queryObject.value(rangesKey).toObject();
    for (auto it = ranges.constBegin(); it != ranges.constEnd(); ++it) {
        const QJsonObject range = it->toObject();
        const QJsonValue from = range.value(fromKey);
        const QJsonValue to = range.value(toKey);
        if (!it->isObject() || !(from.isString() || from.isUndefined()) ||
            !(to.isString() || to.isUndefined())) {
            note(notes, tr("The saved range \u201c%1\u201d could not be read and was left out.")
                            .arg(it.key()));
            continue;
        }
        state.query.ranges.insert(it.key(), DirectoryRange{from.toString(), to.toString()});
    }

    const QJsonValue columnValues = root.value(columnsKey);
    for (const QJsonValue& column : columnValues.toArray()) {
        if (column.isString())
            state.columns << column.toString();
        else
            note(notes, tr("A saved column could not be read and was left out."));
    }
    if (!columnValues.isArray() && !columnValues.isUndefined())
        note(notes, tr("The saved columns could not be read; every column is shown."));
    const QJsonObject widthObject = root.value(widthsKey).toObject();
    for (auto it = widthObject.constBegin(); it != widthObject.constEnd(); ++it) {
        if (it->isDouble() && it->toInt() > 0)
            state.widths.insert(it.key(), it->toInt());
    }
    return state;
}
