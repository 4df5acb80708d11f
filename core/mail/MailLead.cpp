#include "mail/MailLead.h"

#include "leads/LeadSource.h"
#include "leads/LeadValidator.h"

LeadPrefill MailLead::prefill() const
{
    LeadPrefill prefill;
    const QString sender = senderName.isEmpty() ? email : senderName;
    prefill.name = (subject.isEmpty() ? tr("E-mail from %1").arg(sender) : subject)
                       .left(LeadValidator::maxNameLength)
                       .trimmed();
    prefill.sourceKey = leadSources.key(LeadSource::Email);
    prefill.newCompany = !companyName.isEmpty();
    prefill.companyName = companyName;
    prefill.companyWebsite = companyWebsite;
    prefill.newContact = true;
    prefill.firstName = firstName;
    prefill.middleName = middleName;
    prefill.lastName = lastName;
    prefill.contactEmail = email;
    prefill.description = description;
    prefill.note =
        tr("Filled in from the e-mail of %1: check the values before you create the "
           "lead.")
            .arg(senderName.isEmpty() ? email : QStringLiteral("%1 <%2>").arg(senderName, email));
    return prefill;
}
