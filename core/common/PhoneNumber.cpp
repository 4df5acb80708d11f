#include "common/PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

#include <optional>

using i18n::phonenumbers::PhoneNumberUtil;

namespace {

/// The last number parsed on this thread: a lead's phone is checked, then normalized, with the
/// same text, and parsing takes tens of microseconds (what matters when importing many rows).
struct LastParse {
    QString text;
    QString regionCode;
    std::optional<Result<QString>> result;
};
thread_local LastParse lastParse;

} // namespace

Result<QString> PhoneNumber::toE164(const QString& text, const QString& regionCode)
{
    if (lastParse.result && lastParse.text == text && lastParse.regionCode == regionCode)
        return *lastParse.result;
    Result<QString> result = parse(text, regionCode);
    lastParse = {text, regionCode, result};
    return result;
}

QString PhoneNumber::international(const QString& e164)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(e164.trimmed().toStdString(), "ZZ", &number) !=
            PhoneNumberUtil::NO_PARSING_ERROR ||
        !util->IsValidNumber(number))
        return e164;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

Result<QString> PhoneNumber::parse(const QString& text, const QString& regionCode)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const std::string region =
        regionCode.isEmpty() ? std::string("ZZ") : regionCode.toUpper().toStdString();
    if (util->Parse(text.trimmed().toStdString(), region, &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return Error{ErrorCode::Invalid,
                     regionCode.isEmpty() || text.trimmed().startsWith(QLatin1Char('+'))
                         ? tr("This is not a phone number. Write it with the country code, e.g. "
                              "+1 415 555 0123.")
                         : tr("This is not a phone number in %1. For another country start with "
                              "+ and the country code.")
                               .arg(regionCode.toUpper())};
    if (!util->IsValidNumber(number))
        return Error{ErrorCode::Invalid, tr("This phone number does not exist in its country's "
                                            "numbering plan.")};
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}
