#pragma once

#include "catalog/MarketplaceService.h"
#include "common/RowListModel.h"

#include <QCoreApplication>

/// Administration → Marketplaces.
class MarketplaceListModel : public RowListModel<MarketplaceRow> {
    Q_DECLARE_TR_FUNCTIONS(MarketplaceListModel)

public:
    enum Column { Id, Name, Countries, Currency, Listings, Agreements, Leads, Created };

    explicit MarketplaceListModel(QObject* parent = nullptr);
    const MarketplaceRow* find(const QString& id) const;

protected:
    QStringList headers() const override;
    QVariant cell(const MarketplaceRow& row, int column, int role) const override;
};
