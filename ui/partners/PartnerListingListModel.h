#pragma once

#include "common/RowListModel.h"
#include "partners/PartnerProfile.h"

#include <QCoreApplication>

/// Partner details → Listings: the partner's products on the acting account's marketplaces and
/// the acting account's products on the partner's.
class PartnerListingListModel : public RowListModel<PartnerListing> {
    Q_DECLARE_TR_FUNCTIONS(PartnerListingListModel)

public:
    enum Column { Product, Marketplace, Contract, Status };

    explicit PartnerListingListModel(QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const PartnerListing& row, int column, int role) const override;
};
