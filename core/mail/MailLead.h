#pragma once

#include "leads/LeadPrefill.h"

#include <QCoreApplication>
#include <QString>

/// What a customer's e-mail says about a lead (issue 14): the sender from From, their company
/// from the address's domain (none for free mail), the subject and the body as plain text, all
/// within the lead form's field limits. MailLeadReader reads it from an .eml file.
struct MailLead {
    Q_DECLARE_TR_FUNCTIONS(MailLead)

public:
    QString firstName;
    QString middleName;
    QString lastName;
    QString senderName; ///< the display name as written in From, decoded
    QString email;
    QString companyName;    ///< empty for a free-mail address
    QString companyWebsite; ///< "https://acme.com"; empty for a free-mail address
    QString subject;
    QString description; ///< the body as plain text

    /// The Lead step's values: the subject as the lead's name, source Email, a new company and
    /// a new contact when the e-mail names them, the body as the description.
    LeadPrefill prefill() const;
};
