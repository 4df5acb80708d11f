#pragma once

#include "common/EnumText.h"

/// Where a lead came from (seed 001: the Lead source options, in that order).
enum class LeadSource { SelfGeneration, WebsiteForm, Chat, Call, Email, SocialNetwork, Partner };

inline constexpr EnumText<LeadSource, 7> leadSources{
    "LeadSource",
    {{{LeadSource::SelfGeneration, "self_generation",
       QT_TRANSLATE_NOOP("LeadSource", "Self-generation")},
      {LeadSource::WebsiteForm, "website_form", QT_TRANSLATE_NOOP("LeadSource", "Website form")},
      {LeadSource::Chat, "chat", QT_TRANSLATE_NOOP("LeadSource", "Chat")},
      {LeadSource::Call, "call", QT_TRANSLATE_NOOP("LeadSource", "Call")},
      {LeadSource::Email, "email", QT_TRANSLATE_NOOP("LeadSource", "Email")},
      {LeadSource::SocialNetwork, "social_network",
       QT_TRANSLATE_NOOP("LeadSource", "Social network")},
      {LeadSource::Partner, "partner", QT_TRANSLATE_NOOP("LeadSource", "Partner")}}}};
