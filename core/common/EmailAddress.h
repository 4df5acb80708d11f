#pragma once

#include <QString>

/// E-mail address syntax (the practical subset of RFC 5322 that mail systems accept).
class EmailAddress {
public:
    static bool isValid(const QString& text);
};
