#pragma once

#include "common/RowListModel.h"
#include "intake/WebFormPublication.h"

#include <QCoreApplication>

/// The pairs of a vendor's active lead form and a listing of the account that the account may
/// publish on its websites (WebFormPublications::list): the form, vendor, product, marketplace,
/// whether it is published, its address, the sites that may embed it, and when and by whom it
/// was published. A row's IdRole is rowId(): a pair has no publication ID until it is published.
class WebFormListModel : public RowListModel<WebFormPublication> {
    Q_DECLARE_TR_FUNCTIONS(WebFormListModel)

public:
    enum Column { Form, Vendor, Product, Marketplace, Status, Address, AllowedSites, Published };

    explicit WebFormListModel(QObject* parent = nullptr);

    /// The ID of the row of formId for listingId ("LDF-… LST-…").
    static QString rowId(const QString& formId, const QString& listingId);
    static QString rowId(const WebFormPublication& publication);

protected:
    QStringList headers() const override;
    QVariant cell(const WebFormPublication& row, int column, int role) const override;
};
