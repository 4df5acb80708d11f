#pragma once

#include "common/Result.h"
#include "leads/LeadRecord.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QSqlDatabase>

/// Reads one lead with everything its details window shows, for an account allowed to see it.
class LeadDetails {
    Q_DECLARE_TR_FUNCTIONS(LeadDetails)

public:
    /// The lead as acting sees it. A lead acting's account is neither the vendor nor the
    /// distributor of is NotFound, exactly as a missing one.
    static Result<LeadRecord> load(const QSqlDatabase& database, const ActingContext& acting,
                                   const QString& leadId);

    /// The product's vendor, as a non-viewer, may qualify or disqualify a New lead.
    static bool canQualify(const ActingContext& acting, const QString& vendorAccountId,
                           const QString& statusKey);
    /// The marketplace's distributor, with a crm_* role, may edit a New lead.
    static bool canEdit(const ActingContext& acting, const QString& distributorAccountId,
                        const QString& statusKey);
    /// Why reason cannot disqualify a lead (empty, too long), or an empty string when it can.
    static QString disqualifyReasonProblem(const QString& reason);
    /// How a stored custom value reads: "Yes"/"No" for checkboxes, locale numbers and dates.
    static QString customValueText(CustomFieldType type, const QVariant& value);
};
