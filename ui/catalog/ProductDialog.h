#pragma once

#include "catalog/CatalogDialog.h"
#include "catalog/ProductService.h"
#include "storage/WorkspaceHandle.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

/// New product… / Edit product…: name, description and status (draft or published).
class ProductDialog : public CatalogDialog {
    Q_OBJECT

public:
    ProductDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                  QWidget* parent = nullptr);

    /// Prepares a new product (empty productId) or shows productId for editing.
    Result<void> load(const QString& productId);
    ProductInput input() const;

    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QComboBox* statusCombo() const { return m_status; }

protected:
    QMap<QString, QString> reasons() const override;
    Result<QString> write() override;

private:
    QString m_productId;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_status;
};
