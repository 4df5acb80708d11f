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
                                              const ImportProgress& progress, int batchSize)
{
    if (kind == TransferKind::Leads)
        return LeadImport::importFile(database, acting, path, mapping, progress, batchSize);
    return PartnerImport::importFile(database, acting, path, mapping, progress, batchSize);
}
