#pragma once

#include <QString>
#include <QVariantMap>

/// What the Lead step of the Create Lead wizard collects (SPEC 3.3); core validates and writes it.
struct LeadDraft {
    QString listingId;
    QString formId; ///< the form the user filled in; empty for the default form
    QString name;
    QString sourceKey;
    QString leadCompanyName;
    bool newCompany = false;
    QString existingCompanyId;
    QString companyName;
    QString companyWebsite;
    QString companyTin;
    QString campaignId;
    QString sellingDirectionId;
    QString serviceOrProduct;
    bool newContact = false;
    QString firstName;
    QString lastName;
    QString middleName;
    QString contactPhone;
    QString contactEmail;
    QString existingContactId;
    QString description;
    QString ownerUserId;
    QString city;
    QString channelId;
    /// Custom field id → value: QString (text, date as yyyy-MM-dd, choice), double, bool.
    QVariantMap customValues;
};
