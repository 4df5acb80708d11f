#pragma once

#include "intake/WebFormField.h"
#include "leads/LeadFormSchema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <utility>

/// What a customer fills in on a vendor's lead form published on a website: the new company's
/// and contact's fields, the optional default fields the form shows (lead company name, service or
/// product, description, city…), the selling direction, then the vendor's custom fields. The
/// fields only a partner's staff know (existing company or contact, owner, campaign, channel) are
/// not asked; the source is "Website form".
class WebFormFields {
    Q_DECLARE_TR_FUNCTIONS(WebFormFields)

public:
    /// sellingDirections: (ID, name) of the distributor's selling directions.
    static QList<WebFormField> of(const LeadFormSchema& schema,
                                  const QList<std::pair<QString, QString>>& sellingDirections);
    /// The JSON lead (LeadIntake) of a submitted form: values (by field key, as posted) for the
    /// fields of `fields`, on the listing's product and marketplace, named after the company.
    static QJsonObject lead(const QList<WebFormField>& fields, const QMap<QString, QString>& values,
                            const QString& productId, const QString& marketplaceId);
};
