#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

/// A company website: http or https only; "acme.com" becomes "https://acme.com".
class WebsiteUrl {
    Q_DECLARE_TR_FUNCTIONS(WebsiteUrl)

public:
    static Result<QString> normalize(const QString& text);
    /// The host without "www.", lower case ("acme.com"), or empty if text is no website.
    static QString domain(const QString& text);
};
