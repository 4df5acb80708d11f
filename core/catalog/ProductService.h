#pragma once

#include "catalog/ProductStatus.h"
#include "common/Result.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

/// A product as its vendor enters it.
struct ProductInput {
    QString name;
    QString description;
    ProductStatus status = ProductStatus::Draft;
};

/// One product of the Products list, with what still uses it.
struct ProductRow {
    QString id;
    QString name;
    QString description;
    QString statusKey;
    int listings = 0; ///< on any marketplace, listed or not
    int listed = 0;
    int groups = 0; ///< product groups holding it
    int leads = 0;
    qint64 createdAt = 0;
};

/// The acting vendor's products (SPEC 2, 8): created and edited by its CRM admins and managers,
/// name unique per vendor in any case, draft until published. Every change is one transaction
/// with an event.
class ProductService {
    Q_DECLARE_TR_FUNCTIONS(ProductService)

public:
    static constexpr int maxNameLength = 100;
    static constexpr int maxDescriptionLength = 5000;

    /// A reason for each invalid field ("name", "description", "status"); empty when valid.
    /// productId is the product being edited (empty for a new one).
    static QMap<QString, QString> validate(const QSqlDatabase& database,
                                           const ActingContext& acting, const ProductInput& input,
                                           const QString& productId = {});
    /// The acting account's products by name (none for a distributor or reseller).
    static Result<QList<ProductRow>> list(const QSqlDatabase& database,
                                          const ActingContext& acting);
    static Result<ProductRow> product(const QSqlDatabase& database, const ActingContext& acting,
                                      const QString& productId);
    static Result<QString> create(const QSqlDatabase& database, const ActingContext& acting,
                                  const ProductInput& input);
    static Result<void> update(const QSqlDatabase& database, const ActingContext& acting,
                               const QString& productId, const ProductInput& input);
    /// Refused while anything uses the product (deleteRefusal()).
    static Result<void> remove(const QSqlDatabase& database, const ActingContext& acting,
                               const QString& productId);
    /// Why the product may not be deleted, or an empty string.
    static QString deleteRefusal(const ProductRow& row);
};
