#pragma once

#include <QCoreApplication>
#include <QString>

/// Control characters in what people type or import (NUL, escape, backspace, DEL, C1 codes …)
/// have no place in a record: a single-line field refuses all of them, line breaks and tabs
/// too; a multi-line field (a description) allows tab, CR and LF and refuses the others.
class PlainText {
    Q_DECLARE_TR_FUNCTIONS(PlainText)

public:
    enum class Lines { Single, Multiple };

    /// Why text is refused ("Remove the control character U+0000 (character 5)."), or nothing.
    static QString problem(const QString& text, Lines lines = Lines::Single);
};
