#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QList>
#include <QSqlDatabase>

struct AgreementListRow {
    QString id;
    QString typeKey;
    QString name;
    int activeVersion = 0;
    int versionCount = 0;
    QString parentName;  ///< program agreement of a distribution agreement
    QString marketplace; ///< distribution and service agreements
    int contracts = 0;
    qint64 updatedAt = 0;
};

/// The agreements owned by the acting account.
class AgreementList {
public:
    /// Ordered by type, then name.
    static Result<QList<AgreementListRow>> of(const QSqlDatabase& database,
                                              const ActingContext& acting);
};
