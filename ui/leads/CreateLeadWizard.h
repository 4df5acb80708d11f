#pragma once

#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWizard>

class LeadPage;
class LeadSummaryPage;
class MarketplacePage;
class ProductPage;

/// Create Lead (SPEC 3.3): Product → Marketplace → Lead (Create) → Summary. The lead is written
/// by core when the Lead page is accepted; the pages themselves never write.
class CreateLeadWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { ProductPageId, MarketplacePageId, LeadPageId, SummaryPageId };

    CreateLeadWizard(const WorkspaceHandle& workspace, const ActingContext& acting,
                     QWidget* parent = nullptr);
    const WorkspaceHandle& workspace() const { return m_workspace; }

    ActingContext acting() const { return m_acting; }
    QString productId() const;
    QString listingId() const;
    /// The created lead, once the Lead page has been accepted.
    QString leadId() const { return m_leadId; }
    void setLeadId(const QString& id);

    ProductPage* productPage() const { return m_productPage; }
    MarketplacePage* marketplacePage() const { return m_marketplacePage; }
    LeadPage* leadPage() const { return m_leadPage; }
    LeadSummaryPage* summaryPage() const { return m_summaryPage; }

signals:
    void leadCreated(const QString& leadId);
    void openLeadRequested(const QString& leadId);
    /// A summary link: objectType is "lead", "product", "marketplace", "account", "company" or
    /// "contact".
    void objectLinkActivated(const QString& objectType, const QString& id);

private:
    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_leadId;
    ProductPage* m_productPage;
    MarketplacePage* m_marketplacePage;
    LeadPage* m_leadPage;
    LeadSummaryPage* m_summaryPage;
};
