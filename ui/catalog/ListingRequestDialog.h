#pragma once

#include "catalog/CatalogDialog.h"
#include "catalog/ListingService.h"
#include "storage/WorkspaceHandle.h"

class QComboBox;

/// Request listing… (vendors): one of the vendor's published products and a marketplace where
/// the vendor has an Active distribution contract; the marketplace's owner then lists it.
class ListingRequestDialog : public CatalogDialog {
    Q_OBJECT

public:
    ListingRequestDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                         QWidget* parent = nullptr);

    /// Reads the choices; productId preselects a product.
    Result<void> load(const QString& productId = {});

    QComboBox* productCombo() const { return m_product; }
    QComboBox* marketplaceCombo() const { return m_marketplace; }

protected:
    QMap<QString, QString> reasons() const override;
    Result<QString> write() override;

private:
    Result<void> fillMarketplaces();

    QComboBox* m_product;
    QComboBox* m_marketplace;
    QList<ListingChoice> m_marketplaces;
};
