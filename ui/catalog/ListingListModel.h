#pragma once

#include "catalog/ListingService.h"
#include "common/RowListModel.h"

#include <QCoreApplication>

/// Administration → Listings.
class ListingListModel : public RowListModel<ListingRow> {
    Q_DECLARE_TR_FUNCTIONS(ListingListModel)

public:
    enum Column { Id, Product, Vendor, Marketplace, Owner, Contract, Status, Leads, Created };

    explicit ListingListModel(QObject* parent = nullptr);
    const ListingRow* find(const QString& id) const;

protected:
    QStringList headers() const override;
    QVariant cell(const ListingRow& row, int column, int role) const override;
};
