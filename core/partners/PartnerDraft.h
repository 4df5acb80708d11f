#pragma once

#include "accounts/AccountRole.h"
#include "partners/AgreementInput.h"

#include <QString>
#include <QStringList>

/// What the Add partner wizard's last step does with the new partner (SPEC 4.3 step 6).
enum class PartnerAction { CreateAccount, GenerateInvitation };

/// Everything the Add partner wizard collects; PartnerService writes it in one transaction.
struct PartnerDraft {
    // Partner details
    AccountRole type = AccountRole::Vendor; ///< Vendor or Reseller
    QString name;
    QString externalId;
    bool createAgreement = true;
    QString description;
    QString countries;
    QString industry;
    QString technicalContactName;
    QString technicalContactEmail;
    QString businessContactName;
    QString businessContactEmail;
    // Agreement: a new one (program for a vendor, service for a reseller) or an existing one
    AgreementInput agreement;
    QString existingAgreementId;
    // New agreement only
    QStringList marketplaceIds;  ///< vendor: one distribution agreement each; reseller: exactly one
    QStringList productGroupIds; ///< reseller
    QString syndicationAgreementId; ///< reseller: mandatory
    // Action
    PartnerAction action = PartnerAction::CreateAccount;
    QStringList userIds; ///< CreateAccount: users added to the new account
};
