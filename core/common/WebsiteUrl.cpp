#include "common/WebsiteUrl.h"

#include <QRegularExpression>
#include <QUrl>

Result<QString> WebsiteUrl::normalize(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::Invalid, tr("Enter the company's website.")};
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (!scheme.match(trimmed).hasMatch())
        trimmed.prepend(QStringLiteral("https://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString protocol = url.scheme().toLower();
    if (protocol != QLatin1String("http") && protocol != QLatin1String("https"))
        return Error{ErrorCode::Invalid, tr("Only http and https websites are accepted.")};
    static const QRegularExpression host(
        QStringLiteral(R"(^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$)"));
    if (!url.isValid() || !host.match(url.host().toLower()).hasMatch() || !url.userInfo().isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("This is not a website address, e.g. https://acme.com.")};
    return url.toString(QUrl::NormalizePathSegments);
}

QString WebsiteUrl::domain(const QString& text)
{
    const auto normalized = normalize(text);
    if (!normalized)
        return {};
    QString host = QUrl(normalized.value()).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}
