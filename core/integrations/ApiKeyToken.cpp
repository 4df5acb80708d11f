#include "integrations/ApiKeyToken.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {
constexpr int encodedLength = 43; // 32 bytes in base64 without padding
} // namespace

QString ApiKeyToken::generate()
{
    static_assert(randomBytes % int(sizeof(quint32)) == 0);
    QByteArray bytes(randomBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          randomBytes / int(sizeof(quint32)));
    return prefix() + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                         QByteArray::OmitTrailingEquals));
}

bool ApiKeyToken::isWellFormed(const QString& text)
{
    // anchoredPattern: "$" would also match before a final newline.
    static const QRegularExpression form(QRegularExpression::anchoredPattern(
        QStringLiteral("%1[A-Za-z0-9_-]{%2}").arg(prefix()).arg(encodedLength)));
    return form.match(text).hasMatch();
}

QString ApiKeyToken::hashOf(const QString& token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}
