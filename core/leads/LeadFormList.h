#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QList>
#include <QSqlDatabase>

struct LeadFormListRow {
    QString id;
    QString name;
    QString statusKey; ///< "active" or "inactive"
    int products = 0;  ///< listings the form applies to
    int customFields = 0;
    qint64 updatedAt = 0;
};

/// The lead forms of the acting vendor account; empty for any other account.
class LeadFormList {
public:
    static Result<QList<LeadFormListRow>> of(const QSqlDatabase& database,
                                             const ActingContext& acting);
};
