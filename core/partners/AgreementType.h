#pragma once

#include "common/EnumText.h"
#include "common/IdKind.h"

/// The five kinds of agreement; a contract has the type of its agreement.
enum class AgreementType { Program, Distribution, Service, Syndication, Referral };

inline constexpr EnumText<AgreementType, 5> agreementTypes{
    "AgreementType",
    {{{AgreementType::Program, "program", QT_TRANSLATE_NOOP("AgreementType", "Program")},
      {AgreementType::Distribution, "distribution",
       QT_TRANSLATE_NOOP("AgreementType", "Distribution")},
      {AgreementType::Service, "service", QT_TRANSLATE_NOOP("AgreementType", "Service")},
      {AgreementType::Syndication, "syndication",
       QT_TRANSLATE_NOOP("AgreementType", "Syndication")},
      {AgreementType::Referral, "referral", QT_TRANSLATE_NOOP("AgreementType", "Referral")}}}};

inline IdKind agreementIdKind(AgreementType type)
{
    switch (type) {
    case AgreementType::Program:
        return IdKind::ProgramAgreement;
    case AgreementType::Distribution:
        return IdKind::DistributionAgreement;
    case AgreementType::Service:
        return IdKind::ServiceAgreement;
    case AgreementType::Syndication:
        return IdKind::SyndicationAgreement;
    case AgreementType::Referral:
        break;
    }
    return IdKind::ReferralAgreement;
}

inline IdKind contractIdKind(AgreementType type)
{
    switch (type) {
    case AgreementType::Program:
        return IdKind::ProgramContract;
    case AgreementType::Distribution:
        return IdKind::DistributionContract;
    case AgreementType::Service:
        return IdKind::ServiceContract;
    case AgreementType::Syndication:
        return IdKind::SyndicationContract;
    case AgreementType::Referral:
        break;
    }
    return IdKind::ReferralContract;
}
