#pragma once

#include "leads/LeadPrefill.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWizard>

class CreateLeadFormPage;
class CreateLeadSummaryPage;
class CreateLeadMarketplacePage;
class CreateLeadProductPage;

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
    /// Values the Lead page starts with (e.g. from an e-mail), whichever listing is picked.
    void setPrefill(const LeadPrefill& prefill) { m_prefill = prefill; }
    const LeadPrefill& prefill() const { return m_prefill; }
    /// The created lead, once the Lead page has been accepted.
    QString leadId() const { return m_leadId; }
    void setLeadId(const QString& id);

    CreateLeadProductPage* productPage() const { return m_productPage; }
    CreateLeadMarketplacePage* marketplacePage() const { return m_marketplacePage; }
    CreateLeadFormPage* leadPage() const { return m_leadPage; }
    CreateLeadSummaryPage* summaryPage() const { return m_summaryPage; }

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
    LeadPrefill m_prefill;
    CreateLeadProductPage* m_productPage;
    CreateLeadMarketplacePage* m_marketplacePage;
    CreateLeadFormPage* m_leadPage;
    CreateLeadSummaryPage* m_summaryPage;
};
