#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "transfer/LeadRowProblem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>

/// A lead that arrives by itself (the REST API, a published web form): a JSON object whose keys
/// are the field keys the CSV import accepts as headers (product, marketplace, name, source,
/// company_tin, first_name, …, and a custom field as custom.<id> or its id), so a CSV row and a
/// JSON lead are the same thing. It is written as Create Lead writes one (LeadRowWriter: the same
/// rules, IDs and "created" event), in one transaction.
class LeadIntake {
    Q_DECLARE_TR_FUNCTIONS(LeadIntake)

public:
    static constexpr int maxFields = 64;               ///< keys in one lead
    static constexpr qsizetype maxValueLength = 10000; ///< characters in one value

    /// Creates the lead of object as acting; returns its ID. A lead refused for its fields (an
    /// unknown key, a value that is not text, a number or true/false, one too long, a rule of the
    /// wizard) is an Invalid error; problems, when given, receives each reason by field key.
    /// PermissionDenied when acting may not create leads; nothing is written on any error.
    /// withinTransaction, when given, runs after the lead is written and before the commit (the
    /// REST service records its idempotent answer there); its error undoes the lead.
    static Result<QString>
    create(const QSqlDatabase& database, const ActingContext& acting, const QJsonObject& object,
           QList<LeadRowProblem>* problems = nullptr,
           const std::function<Result<void>(const QString& leadId)>& withinTransaction = {});
};
