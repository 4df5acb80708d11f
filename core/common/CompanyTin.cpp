#include "common/CompanyTin.h"

namespace {

int checkDigit(const QString& digits, std::initializer_list<int> weights)
{
    int sum = 0;
    int i = 0;
    for (int weight : weights)
        sum += weight * digits.at(i++).digitValue();
    return sum % 11 % 10;
}

} // namespace

QString CompanyTin::problem(const QString& text)
{
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return tr("Use digits only.");
    switch (text.size()) {
    case 9:
        return {};
    case 10:
        if (checkDigit(text, {2, 4, 10, 3, 5, 9, 4, 6, 8}) != text.at(9).digitValue())
            return tr("The check digit does not match: this is not a valid 10-digit TIN.");
        return {};
    case 12:
        if (checkDigit(text, {7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) != text.at(10).digitValue() ||
            checkDigit(text, {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) != text.at(11).digitValue())
            return tr("The check digits do not match: this is not a valid 12-digit TIN.");
        return {};
    default:
        return tr("A TIN has 9, 10 or 12 digits (this one has %1).").arg(text.size());
    }
}
