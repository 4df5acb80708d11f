#pragma once

#include "directory/DirectoryKey.h"
#include "directory/DirectoryQuery.h"

#include <QString>

#include <optional>

/// One thing the directory loader is asked to read for a generation of the query.
struct DirectoryRequest {
    enum class Kind {
        First,  ///< the first window, before anything is counted
        Window, ///< window `window`, read from key `from` on
        Locate, ///< the position of object `id`
        Index,  ///< the count and the anchor keys
    };
    Kind kind = Kind::First;
    quint64 generation = 0;
    DirectoryQuery query;
    int window = 0;
    std::optional<DirectoryKey> from;
    int limit = 0;
    QString id;
};
