#include "partners/NewsListModel.h"

#include "common/DisplayFormat.h"
#include "partners/NewsService.h"

#include <QLocale>

NewsListModel::NewsListModel(QObject* parent)
    : RowListModel(parent)
{
}

QStringList NewsListModel::headers() const
{
    return {tr("Date"), tr("Title"), tr("Article"), tr("ID")};
}

QVariant NewsListModel::cell(const PartnerNewsItem& row, int column, int role) const
{
    if (role == IdRole)
        return row.id;
    if (role == SortRole)
        return column == Date ? QVariant(row.publishedAt) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Date:
        return DisplayFormat::date(NewsService::dateOf(row.publishedAt));
    case Title:
        return row.title;
    case Article:
        return row.body.simplified().left(200);
    case Id:
        return row.id;
    default:
        return {};
    }
}
