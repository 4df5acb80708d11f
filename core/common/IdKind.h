#pragma once

#include <QString>

/// Every kind of generated identifier in a workspace (SPEC sections 1–4).
enum class IdKind {
    VendorAccount,
    PartnerAccount,
    User,
    Product,
    Marketplace,
    Listing,
    ProductGroup,
    Company,
    Contact,
    Campaign,
    SellingDirection,
    ContentChannel,
    Lead,
    Opportunity,
    LeadForm,
    ProgramAgreement,
    DistributionAgreement,
    ServiceAgreement,
    SyndicationAgreement,
    ReferralAgreement,
    ProgramContract,
    DistributionContract,
    ServiceContract,
    SyndicationContract,
    ReferralContract,
    NewsArticle,
};

inline constexpr IdKind allIdKinds[] = {
    IdKind::VendorAccount,        IdKind::PartnerAccount,        IdKind::User,
    IdKind::Product,              IdKind::Marketplace,           IdKind::Listing,
    IdKind::ProductGroup,         IdKind::Company,               IdKind::Contact,
    IdKind::Campaign,             IdKind::SellingDirection,      IdKind::ContentChannel,
    IdKind::Lead,                 IdKind::Opportunity,           IdKind::LeadForm,
    IdKind::ProgramAgreement,     IdKind::DistributionAgreement, IdKind::ServiceAgreement,
    IdKind::SyndicationAgreement, IdKind::ReferralAgreement,     IdKind::ProgramContract,
    IdKind::DistributionContract, IdKind::ServiceContract,       IdKind::SyndicationContract,
    IdKind::ReferralContract,     IdKind::NewsArticle,
};
