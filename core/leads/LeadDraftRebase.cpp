#include "leads/LeadDraftRebase.h"

#include <initializer_list>

namespace {

using Text = QString LeadDraft::*;
using Flag = bool LeadDraft::*;

/// Whether the user changed any of the fields between read and mine.
bool changed(const LeadDraft& read, const LeadDraft& mine, std::initializer_list<Text> texts,
             std::initializer_list<Flag> flags)
{
    for (Text text : texts)
        if (read.*text != mine.*text)
            return true;
    for (Flag flag : flags)
        if (read.*flag != mine.*flag)
            return true;
    return false;
}

/// The fields as mine has them if the user changed one of them, else as stored.
void take(LeadDraft& result, const LeadDraft& read, const LeadDraft& mine, const LeadDraft& stored,
          std::initializer_list<Text> texts, std::initializer_list<Flag> flags = {})
{
    const LeadDraft& source = changed(read, mine, texts, flags) ? mine : stored;
    for (Text text : texts)
        result.*text = source.*text;
    for (Flag flag : flags)
        result.*flag = source.*flag;
}

} // namespace

LeadDraft LeadDraftRebase::onto(const LeadDraft& read, const LeadDraft& mine,
                                const LeadDraft& stored)
{
    LeadDraft result = stored;
    for (Text text : {&LeadDraft::name, &LeadDraft::sourceKey, &LeadDraft::leadCompanyName,
                      &LeadDraft::campaignId, &LeadDraft::sellingDirectionId,
                      &LeadDraft::serviceOrProduct, &LeadDraft::description,
                      &LeadDraft::ownerUserId, &LeadDraft::city, &LeadDraft::channelId})
        take(result, read, mine, stored, {text});
    take(result, read, mine, stored,
         {&LeadDraft::existingCompanyId, &LeadDraft::companyName, &LeadDraft::companyWebsite,
          &LeadDraft::companyTin},
         {&LeadDraft::newCompany});
    take(result, read, mine, stored,
         {&LeadDraft::existingContactId, &LeadDraft::firstName, &LeadDraft::lastName,
          &LeadDraft::middleName, &LeadDraft::contactPhone, &LeadDraft::contactEmail},
         {&LeadDraft::newContact});
    QStringList keys = mine.customValues.keys();
    keys << read.customValues.keys();
    for (const QString& key : std::as_const(keys)) {
        if (read.customValues.value(key) == mine.customValues.value(key))
            continue;
        if (mine.customValues.contains(key))
            result.customValues.insert(key, mine.customValues.value(key));
        else
            result.customValues.remove(key);
    }
    return result;
}
