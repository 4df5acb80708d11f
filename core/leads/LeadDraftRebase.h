#pragma once

#include "leads/LeadDraft.h"

/// Puts what a user typed in an edit form on top of a lead someone else changed meanwhile
/// (a Conflict from LeadService::update): each field the user left as it was read takes the
/// stored value, each field the user changed keeps the user's. The company fields move as one,
/// and so do the contact fields, so a pick and the fields of a new one never mix.
class LeadDraftRebase {
public:
    static LeadDraft onto(const LeadDraft& read, const LeadDraft& mine, const LeadDraft& stored);
};
