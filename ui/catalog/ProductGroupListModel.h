#pragma once

#include "catalog/ProductGroupService.h"
#include "common/RowListModel.h"

#include <QCoreApplication>

/// Administration → Product groups.
class ProductGroupListModel : public RowListModel<ProductGroupRow> {
    Q_DECLARE_TR_FUNCTIONS(ProductGroupListModel)

public:
    enum Column { Id, Name, Description, Products, Agreements, Created };

    explicit ProductGroupListModel(QObject* parent = nullptr);
    const ProductGroupRow* find(const QString& id) const;

protected:
    QStringList headers() const override;
    QVariant cell(const ProductGroupRow& row, int column, int role) const override;
};
