#pragma once

#include "common/IdGenerator.h"
#include "common/Result.h"
#include "leads/LeadDraft.h"
#include "leads/LeadValidation.h"
#include "leads/ListingContext.h"
#include "session/ActingContext.h"
#include "storage/StatementCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <optional>
#include <utility>

/// Checks and writes leads inside the caller's transaction, with the rules of the Create Lead
/// wizard. LeadService::create writes one lead through a fresh writer; an import writes many
/// through one writer, which reuses its prepared statements and keeps the listings and reference
/// lists it has read. The caller owns the Transaction and checks acting.canCreateLeads().
class LeadWriter {
    Q_DECLARE_TR_FUNCTIONS(LeadWriter)
    Q_DISABLE_COPY_MOVE(LeadWriter)

public:
    LeadWriter(QSqlDatabase database, ActingContext acting);
    ~LeadWriter();

    /// The listing with the form that applies now; read once per writer.
    Result<ListingContext> listing(const QString& listingId);
    /// The draft checked as create() checks it (a listing of acting's marketplaces, the form
    /// that applies now, every field rule, the records it picks by ID), then normalized.
    /// validation, when given, receives the field reasons of an Invalid draft.
    Result<std::pair<LeadDraft, ListingContext>> check(const LeadDraft& draft,
                                                       LeadValidation* validation);
    /// Adds to validation a reason for each record draft picks by ID that does not exist or that
    /// acting may not use, and for an existing contact that is not one of the company's.
    Result<void> checkReferences(const LeadDraft& draft, LeadValidation& validation,
                                 const LeadDraft* stored = nullptr);
    /// Inserts the new company and contact of a normalized draft (each with its "created"
    /// event); returns the IDs of the lead's company and contact.
    Result<std::pair<QString, QString>> writeCompanyAndContact(const LeadDraft& lead, qint64 now);
    /// check(), then, if the listing is still listed, writes the lead with its new company and
    /// contact and a "created" event; returns the lead's ID. Nothing is written on an error
    /// found by the checks.
    Result<QString> create(const LeadDraft& draft, LeadValidation* validation, qint64 now);

    /// The lead columns a draft sets, in the order of draftValues().
    static QStringList draftColumns();
    static QVariantList draftValues(const LeadDraft& lead, const QString& companyId,
                                    const QString& contactId);

private:
    /// Whether id is in the set that sql (one column of IDs, bound to values) returns; the set is
    /// read once per writer.
    Result<bool> inList(std::optional<QSet<QString>>& cache, const QString& sql,
                        const QVariantList& values, const QString& id);
    /// Whether `sql` (SELECT 1 … WHERE id = ?) finds id; a found id is remembered in known.
    Result<bool> exists(const QString& sql, const QString& id, QSet<QString>& known);
    /// The company ID of a contact ("" for none); nullopt when there is no such contact.
    Result<std::optional<QString>> contactCompany(const QString& contactId);
    Result<QString> insertRecord(IdKind kind, const QString& sql, const QVariantList& values,
                                 const QString& objectType, qint64 now);

    QSqlDatabase m_database;
    ActingContext m_acting;
    StatementCache m_statements;
    IdGenerator m_ids;
    QHash<QString, ListingContext> m_listings;
    std::optional<QSet<QString>> m_sellingDirections;
    std::optional<QSet<QString>> m_campaigns;
    std::optional<QSet<QString>> m_channels;
    std::optional<QSet<QString>> m_members;
    QSet<QString> m_companies; ///< companies found to exist (records are never deleted)
    QHash<QString, QString> m_contactCompanies; ///< contact → its company ("" for none)
};
