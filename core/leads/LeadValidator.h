#pragma once

#include "leads/LeadDraft.h"
#include "leads/LeadFormSchema.h"
#include "leads/LeadValidation.h"

#include <QCoreApplication>

/// The field rules of a lead (SPEC 3.3 and seed 001). Pure: it reads no database; that records
/// picked by ID exist is checked by LeadService.
class LeadValidator {
    Q_DECLARE_TR_FUNCTIONS(LeadValidator)

public:
    static constexpr int maxNameLength = 200;
    static constexpr int maxPersonNameLength = 100;
    static constexpr int maxCityLength = 100;
    static constexpr int maxDescriptionLength = 10000;
    static constexpr int maxCustomTextLength = 1000;

    /// phoneRegion: ISO country for numbers written without "+" (the marketplace's first).
    static LeadValidation validate(const LeadDraft& draft, const LeadFormSchema& schema,
                                   const QString& phoneRegion);
    /// The draft as it will be stored: trimmed, fields the form hides cleared, the phone in
    /// E.164 and the website with its scheme. Call only on a valid draft.
    static LeadDraft normalized(const LeadDraft& draft, const LeadFormSchema& schema,
                                const QString& phoneRegion);
};
