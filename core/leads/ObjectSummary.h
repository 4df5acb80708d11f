#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

/// A short read-only overview of one object that a lead or a wizard summary links to.
class ObjectSummary {
    Q_DECLARE_TR_FUNCTIONS(ObjectSummary)

public:
    /// One labelled value; when linkType is set the value names that object.
    struct Row {
        QString label;
        QString value;
        QString linkType;
        QString linkId;
    };

    QString objectType; ///< one of types()
    QString id;
    QString kindLabel; ///< "Product", "Marketplace", … (translated)
    QString title;     ///< the object's name
    QList<Row> rows;   ///< in display order

    /// "product", "marketplace", "account", "company", "contact", "opportunity".
    static QStringList types();
    /// The object as acting sees it: Invalid for an unknown type, NotFound for a missing ID
    /// and for an opportunity whose lead acting may not see.
    static Result<ObjectSummary> load(const QSqlDatabase& database, const ActingContext& acting,
                                      const QString& objectType, const QString& id);

    /// The value of the first row labelled label, or an empty string.
    QString value(const QString& label) const;
};
