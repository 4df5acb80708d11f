#pragma once

#include "catalog/CatalogDialog.h"
#include "catalog/ProductGroupService.h"
#include "storage/WorkspaceHandle.h"

#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

/// New product group… / Edit product group…: name, description and its products (a check box
/// for each published product of the owner's vendors).
class ProductGroupDialog : public CatalogDialog {
    Q_OBJECT

public:
    ProductGroupDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                       QWidget* parent = nullptr);

    Result<void> load(const QString& groupId);
    ProductGroupInput input() const;

    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    /// The product check boxes, named "groupProduct_<product ID>".
    QList<QCheckBox*> productBoxes() const { return m_productBoxes; }

protected:
    QMap<QString, QString> reasons() const override;
    Result<QString> write() override;

private:
    QString m_groupId;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QWidget* m_products;
    QVBoxLayout* m_productLayout;
    QLabel* m_noProducts;
    QList<QCheckBox*> m_productBoxes;
};
