#pragma once

#include <QCoreApplication>
#include <QString>

/// A company's taxpayer identification number (SPEC 3.3): 9, 10 or 12 digits; 10- and 12-digit
/// numbers must pass the Russian INN check digits.
class CompanyTin {
    Q_DECLARE_TR_FUNCTIONS(CompanyTin)

public:
    /// The reason text is invalid, or an empty string when it is a valid TIN.
    static QString problem(const QString& text);
    static bool isValid(const QString& text) { return problem(text).isEmpty(); }
};
