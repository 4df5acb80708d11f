#pragma once

#include "common/Result.h"
#include "leads/LeadFormSchema.h"
#include "session/ActingContext.h"
#include "transfer/ImportMapping.h"
#include "transfer/LeadRowProblem.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

class LeadRows;

/// Writes one lead per row of field values (cells by column, the columns named by an
/// ImportMapping) with the rules of the Create Lead wizard (LeadWriter), inside the caller's
/// transaction: a row names its listing by product and marketplace (IDs or names), its company
/// and contact either as existing records (ID, or a company's name / a contact's e-mail that only
/// one record has) or as new ones, and its picks from lists by ID or name. What it looks names up
/// in is read once per writer, so one writer serves a whole CSV import; a lead of the REST API is
/// one row.
class LeadRowWriter {
    Q_DISABLE_COPY_MOVE(LeadRowWriter)

public:
    static const QString productKey;     ///< "product"
    static const QString marketplaceKey; ///< "marketplace"
    static const QString customPrefix;   ///< "custom.", before a custom field's id

    /// The custom fields of the active lead forms on acting's listings, each id once.
    static Result<QList<CustomField>> customFields(const QSqlDatabase& database,
                                                   const ActingContext& acting);
    /// A writer for the rows of mapping's columns, acting as acting (which the caller has checked
    /// may create leads).
    static Result<std::unique_ptr<LeadRowWriter>>
    open(const QSqlDatabase& database, const ActingContext& acting, const ImportMapping& mapping);
    ~LeadRowWriter();

    /// Creates the lead of cells, with its new company and contact; returns the lead's ID. A row
    /// refused for its fields is an Invalid error that lists every reason ("Label: reason; …");
    /// problems, when given, receives them one by one.
    Result<QString> write(const QStringList& cells, QList<LeadRowProblem>* problems = nullptr);

    /// An Invalid error listing reasons ("Label: reason; …"), which problems receives too.
    static Error refusal(const QList<LeadRowProblem>& reasons, QList<LeadRowProblem>* problems);

private:
    explicit LeadRowWriter(std::unique_ptr<LeadRows> rows);

    std::unique_ptr<LeadRows> m_rows;
};
