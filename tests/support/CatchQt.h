#pragma once

#include <catch2/catch.hpp>

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
/// A failed CHECK(result) names the error instead of "{?}".
template <typename T> struct StringMaker<Result<T>> {
    static std::string convert(const Result<T>& value)
    {
        return value ? std::string("ok") : "error: " + value.error().message.toStdString();
    }
};
} // namespace Catch
