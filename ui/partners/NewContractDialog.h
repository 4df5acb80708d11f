#pragma once

#include "partners/NewContractDraft.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

/// New contract… (SPEC 4.2): a program, distribution, service, syndication or referral contract
/// for one of acting's partners, on one of acting's agreements. Create writes it through
/// ContractCreation; on an error the dialog stays open with what was picked and says why.
class NewContractDialog : public QDialog {
    Q_OBJECT

public:
    /// partnerAccountId preselects (and fixes) the partner; empty lets the user pick.
    NewContractDialog(WorkspaceHandle workspace, ActingContext acting,
                      const QString& partnerAccountId = {}, QWidget* parent = nullptr);

    NewContractDraft draft() const;
    /// The contract Create wrote; empty before.
    QString createdContractId() const { return m_createdId; }

    void accept() override;

signals:
    void contractCreated(const QString& contractId);

private:
    void fillTypes();
    void fillAgreements();
    void fillMarketplaces();
    void validate();

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    NewContractChoices m_choices;
    QString m_createdId;
    QComboBox* m_partner;
    QComboBox* m_type;
    QLabel* m_agreementLabel;
    QComboBox* m_agreement;
    QLabel* m_marketplaceLabel;
    QComboBox* m_marketplace;
    QLabel* m_hint;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
