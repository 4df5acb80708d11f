#pragma once

#include <QString>

/// Values the Lead step of Create Lead starts with (e.g. read from a customer's e-mail). An
/// empty value leaves its field as the form sets it; the user still picks the product and the
/// marketplace, and nothing is saved until Create.
struct LeadPrefill {
    QString name;
    QString sourceKey; ///< a LeadSource key ("email")
    bool newCompany = false;
    QString companyName;
    QString companyWebsite;
    bool newContact = false;
    QString firstName;
    QString middleName;
    QString lastName;
    QString contactEmail;
    QString description;
    /// Where the values come from, as a sentence the Lead page shows ("Filled in from …").
    QString note;

    bool isEmpty() const
    {
        return name.isEmpty() && sourceKey.isEmpty() && !newCompany && companyName.isEmpty() &&
               companyWebsite.isEmpty() && !newContact && firstName.isEmpty() &&
               middleName.isEmpty() && lastName.isEmpty() && contactEmail.isEmpty() &&
               description.isEmpty();
    }
};
