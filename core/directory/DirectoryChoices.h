#pragma once

#include "common/Result.h"
#include "directory/DirectoryChoice.h"
#include "session/ActingContext.h"

#include <QList>
#include <QSqlDatabase>

/// Filter choices read by a fixed SQL statement returning (value, label) rows, with the acting
/// account bound as :account.
class DirectoryChoices {
public:
    static Result<QList<DirectoryChoice>> fromSql(const QSqlDatabase& database,
                                                  const ActingContext& acting, const QString& sql);
    /// Every value of an enumeration, in its own order, with its translated label.
    template <typename Texts> static QList<DirectoryChoice> fromEnum(const Texts& texts)
    {
        QList<DirectoryChoice> choices;
        for (const auto value : texts.all())
            choices << DirectoryChoice{texts.key(value), texts.label(value)};
        return choices;
    }
};
