#pragma once

#include <QString>

/// Turns what a user typed into an FTS5 query: every word must match the start of a word of the
/// row (prefix search), in any order. The text is never parsed as FTS5 syntax.
class SearchText {
public:
    /// Empty when the text has no letter or digit to look for.
    static QString toMatchQuery(const QString& typed);
};
