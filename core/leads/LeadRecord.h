#pragma once

#include "leads/LeadFormSchema.h"

#include <QList>
#include <QString>

/// An object a lead refers to: its ID and what people call it.
struct LeadReference {
    QString id;
    QString name;
    bool operator==(const LeadReference&) const = default;
};

/// One custom field of the lead's form with the lead's value, ready to show.
struct LeadCustomValue {
    QString id;
    QString title; ///< the form's title, or the key when the form no longer has the field
    CustomFieldType type = CustomFieldType::Text;
    QString displayValue; ///< empty when the lead has no value
    bool inForm = true;   ///< false for a stored value whose field the form has dropped
};

/// The customer company of a lead.
struct LeadCompany {
    QString id;
    QString name;
    QString tin;
    QString website;
    QString city;
};

/// The customer contact of a lead.
struct LeadContact {
    QString id;
    QString fullName;
    QString phone;
    QString email;
};

/// The opportunity a qualified lead created.
struct LeadOpportunity {
    QString id;
    qint64 createdAt = 0;
    QString ownerName;
};

/// One field an event changed, in words: "Name: Old → New".
struct LeadChange {
    QString field; ///< translated field label
    QString from;  ///< empty when the event only states the new value
    QString to;
};

/// One entry of a lead's history with the user's name resolved.
struct LeadHistoryEntry {
    qint64 at = 0;
    QString userId;
    QString userName;
    QString accountName;
    QString action;      ///< stored key: "created", "updated", "qualified", …
    QString actionLabel; ///< translated
    QList<LeadChange> changes;
};

/// Everything about one lead for its details window (SPEC 3.1).
struct LeadRecord {
    QString id;
    QString name;
    QString sourceKey;
    QString statusKey;
    QString statusNote;
    QString listingId;
    LeadReference product;
    LeadReference marketplace;
    LeadReference vendor;      ///< the account that owns the product
    LeadReference distributor; ///< the account that owns the marketplace
    LeadReference form;        ///< empty id for the default form
    QString leadCompanyName;
    LeadCompany company;
    LeadContact contact;
    LeadReference campaign;
    LeadReference sellingDirection;
    LeadReference channel;
    QString serviceOrProduct;
    QString description;
    LeadReference owner;
    QString city;
    QList<LeadCustomValue> customValues;
    LeadReference createdBy;
    qint64 createdAt = 0;
    LeadReference updatedBy;
    qint64 updatedAt = 0;
    bool hasOpportunity = false;
    LeadOpportunity opportunity;
    QList<LeadHistoryEntry> history; ///< oldest first
    bool canQualify = false;         ///< the acting user may qualify or disqualify it now
    bool canEdit = false;            ///< the acting user may edit it now
    qint64 rowVersion = 0;           ///< its version as read, for LeadService's writes
};
