#pragma once

#include <QString>
#include <QStringList>

/// A Qt Linguist catalogue (.ts) checked for release: every entry translated, no empty
/// translation or plural form, the plural forms the language needs, and the same placeholders
/// (%1, %n, %Ln...) as the source text.
class TsCatalogue {
public:
    /// One line per problem ("context: source: what is wrong"); empty when the catalogue is ready.
    static QStringList problems(const QByteArray& tsXml);
    static QStringList problemsOfFile(const QString& path);
    /// The placeholders of a text, sorted (a placeholder used twice is listed twice).
    static QStringList placeholders(const QString& text);
};
