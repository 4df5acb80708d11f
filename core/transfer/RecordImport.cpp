#include "transfer/RecordImport.h"

#include "partners/PartnerService.h"
#include "transfer/LeadImport.h"
#include "transfer/PartnerImport.h"

bool RecordImport::isAllowed(TransferKind kind, const ActingContext& acting)
{
    return kind == TransferKind::Leads ? acting.canCreateLeads()
                                       : PartnerService::canAddPartners(acting);
}

Result<QList<ImportField>> RecordImport::fields(TransferKind kind, const QSqlDatabase& database,
                                                const ActingContext& acting)
{
    if (kind == TransferKind::Leads)
        return LeadImport::fields(database, acting);
    return PartnerImport::fields(acting);
}

Result<ImportReport> RecordImport::importFile(TransferKind kind, const QSqlDatabase& database,
                                              const ActingContext& acting, const QString& path,
                                              const ImportMapping& mapping,
                                              const ImportProgress& progress,
                                              const ImportBatch& batch)
{
    if (kind == TransferKind::Leads)
        return LeadImport::importFile(database, acting, path, mapping, progress, batch);
    return PartnerImport::importFile(database, acting, path, mapping, progress, batch);
}

Result<ImportReport>
RecordImport::importByHeader(TransferKind kind, const QSqlDatabase& database,
                             const ActingContext& acting, const QString& path,
                             const std::function<void(const HeaderMatch&)>& matched,
                             const ImportProgress& progress, const ImportBatch& batch)
{
    auto available = fields(kind, database, acting);
    if (!available)
        return available.error();
    return ImportRunner::runOnFile(path, [&](CsvReader& reader, const QStringList& header) {
        HeaderMatch match{header, ImportMapping::fromHeader(header, available.value()), {}};
        for (const auto& ignored : ImportMapping::ignoredColumns(header, available.value()))
            match.ignoredColumns << ignored.reason;
        if (matched)
            matched(match);
        if (kind == TransferKind::Leads)
            return LeadImport::importRows(database, acting, reader, header, match.mapping, progress,
                                          batch);
        return PartnerImport::importRows(database, acting, reader, header, match.mapping, progress,
                                         batch);
    });
}
