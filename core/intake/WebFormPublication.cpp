#include "intake/WebFormPublication.h"

#include <QUrl>

QString WebFormPublication::formPath(const QString& formId, const QString& listingId)
{
    return QStringLiteral("/forms/%1?listing=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(formId)),
             QString::fromLatin1(QUrl::toPercentEncoding(listingId)));
}

QString WebFormPublication::address() const
{
    return serviceUrl + formPath(formId, listingId);
}
