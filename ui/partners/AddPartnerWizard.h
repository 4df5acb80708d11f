#pragma once

#include "partners/PartnerCreation.h"
#include "partners/PartnerDraft.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWizard>

class QLabel;

/// Add partner (SPEC 4.3). Pages fill a PartnerDraft; the last input step (Add, or Generate for
/// an invitation) writes everything through PartnerService in one transaction. Conditional
/// steps are skipped through nextId().
class AddPartnerWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId {
        DetailsPageId,
        AgreementPageId,
        MarketplacesPageId,
        ProductGroupsPageId,
        SyndicationPageId,
        ActionPageId,
        AccountDetailsPageId,
        SummaryPageId
    };

    AddPartnerWizard(const WorkspaceHandle& workspace, const ActingContext& acting,
                     QWidget* parent = nullptr);
    const WorkspaceHandle& workspace() const { return m_workspace; }

    ActingContext acting() const { return m_acting; }
    PartnerDraft& draft() { return m_draft; }
    const PartnerCreation& creation() const { return m_creation; }

    /// Writes the draft; on failure shows why in errorLabel and returns false (nothing written).
    bool commit(QLabel* errorLabel);
    /// The next page after id given the draft so far (the skipping rules of SPEC 4.3).
    int nextAfter(int id) const;

signals:
    void partnerCreated(const QString& accountId);
    /// A summary link: objectType is "account", "agreement" or "contract".
    void objectLinkActivated(const QString& objectType, const QString& id);

private:
    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    PartnerDraft m_draft;
    PartnerCreation m_creation;
};
