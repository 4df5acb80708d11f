#pragma once

#include <QString>

/// One value a directory column can be filtered on: what is stored and what people read.
struct DirectoryChoice {
    QString value;
    QString label;

    bool operator==(const DirectoryChoice&) const = default;
};
