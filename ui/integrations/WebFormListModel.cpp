#include "integrations/WebFormListModel.h"

#include "common/DisplayFormat.h"
#include "intake/WebFormPublications.h"

WebFormListModel::WebFormListModel(QObject* parent)
    : RowListModel(parent)
{
}

QString WebFormListModel::rowId(const QString& formId, const QString& listingId)
{
    return formId + QLatin1Char(' ') + listingId;
}

QString WebFormListModel::rowId(const WebFormPublication& publication)
{
    return rowId(publication.formId, publication.listingId);
}

QStringList WebFormListModel::headers() const
{
    return {tr("Form"),   tr("Vendor"),  tr("Product"),       tr("Marketplace"),
            tr("Status"), tr("Address"), tr("Allowed sites"), tr("Published")};
}

QVariant WebFormListModel::cell(const WebFormPublication& row, int column, int role) const
{
    if (role == IdRole)
        return rowId(row);
    if (role == SortRole) {
        if (column == Published)
            return row.publishedAt;
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == AllowedSites && row.isPublished())
            return row.allowedOrigins.isEmpty()
                       ? tr("No other site may embed the form: it is shown on its own page only")
                       : row.allowedOrigins.join(QLatin1Char('\n'));
        if (column == Published && row.isPublished())
            return tr("Publication %1").arg(row.id);
        if (column == Status && row.isPublished() && !row.isLive())
            return tr("%1 Its address answers \u201cnot published\u201d until that is undone; "
                      "then it is served again by itself. Unpublish takes it off for good.")
                .arg(WebFormPublications::pauseReason(row.pause));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Form:
        return tr("%1 (%2)").arg(row.formName, row.formId);
    case Vendor:
        return row.vendorName;
    case Product:
        return row.productName;
    case Marketplace:
        return row.marketplaceName;
    case Status:
        if (!row.isPublished())
            return tr("Not published");
        return row.isLive() ? tr("Published")
                            : tr("Paused: %1").arg(WebFormPublications::pauseReason(row.pause));
    case Address:
        return row.isPublished() ? row.address() : QString();
    case AllowedSites:
        if (!row.isPublished())
            return QString();
        return row.allowedOrigins.isEmpty() ? tr("Its own page only")
                                            : row.allowedOrigins.join(QStringLiteral(", "));
    case Published:
        if (!row.isPublished())
            return QString();
        return tr("%1 by %2")
            .arg(DisplayFormat::date(row.publishedAt),
                 row.publishedByName.isEmpty() ? row.publishedBy : row.publishedByName);
    default:
        return {};
    }
}
