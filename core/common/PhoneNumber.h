#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

/// Phone numbers parsed with libphonenumber and stored in E.164 (+14155550123).
class PhoneNumber {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    /// regionCode (ISO 3166 alpha-2, e.g. "US") is used for numbers written without "+".
    static Result<QString> toE164(const QString& text, const QString& regionCode);
    /// A stored number as people read it, in international format ("+1 415-555-0123"); text
    /// that is not a valid number (written before numbers were checked) is returned as it is.
    static QString international(const QString& e164);

private:
    static Result<QString> parse(const QString& text, const QString& regionCode);
};
