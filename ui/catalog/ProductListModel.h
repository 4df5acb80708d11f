#pragma once

#include "catalog/ProductService.h"
#include "common/RowListModel.h"

#include <QCoreApplication>

/// Administration → Products.
class ProductListModel : public RowListModel<ProductRow> {
    Q_DECLARE_TR_FUNCTIONS(ProductListModel)

public:
    enum Column { Id, Name, Status, Listings, Groups, Leads, Created };

    explicit ProductListModel(QObject* parent = nullptr);
    const ProductRow* find(const QString& id) const;

protected:
    QStringList headers() const override;
    QVariant cell(const ProductRow& row, int column, int role) const override;
};
