#pragma once

#include "common/Result.h"
#include "leads/DuplicateHint.h"
#include "leads/LeadDraft.h"
#include "leads/LeadValidation.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

/// Every write to leads. Each call is one transaction: on any error nothing is written.
/// readVersion is the lead's version when the user read it (LeadRecord::rowVersion,
/// LeadCatalog::LeadEdit::rowVersion): a lead changed or deleted since gives a Conflict that says
/// by whom and when (RecordVersion); without it nothing is checked.
class LeadService {
    Q_DECLARE_TR_FUNCTIONS(LeadService)

public:
    /// Creates the lead, and the new company and contact it names; returns the lead's ID.
    /// The acting account must own the listing's marketplace and the user have a crm_* role.
    /// validation, when given, receives the field reasons of an Invalid draft.
    static Result<QString> create(const QSqlDatabase& database, const ActingContext& acting,
                                  const LeadDraft& draft, LeadValidation* validation = nullptr);
    /// Existing companies and contacts that the new company / contact of draft may duplicate.
    static Result<QList<DuplicateHint>> possibleDuplicates(const QSqlDatabase& database,
                                                           const LeadDraft& draft);
    /// The vendor that owns the product qualifies a New lead: creates its Opportunity (returned).
    static Result<QString> qualify(const QSqlDatabase& database, const ActingContext& acting,
                                   const QString& leadId,
                                   std::optional<qint64> readVersion = std::nullopt);
    /// The vendor disqualifies a New lead; note (the reason) is required.
    static Result<void> disqualify(const QSqlDatabase& database, const ActingContext& acting,
                                   const QString& leadId, const QString& note,
                                   std::optional<qint64> readVersion = std::nullopt);
    /// The distributor edits a New lead (same rules and form as when it was created).
    static Result<void> update(const QSqlDatabase& database, const ActingContext& acting,
                               const QString& leadId, const LeadDraft& draft,
                               LeadValidation* validation = nullptr,
                               std::optional<qint64> readVersion = std::nullopt);

    static constexpr int maxNoteLength = 1000;
};
