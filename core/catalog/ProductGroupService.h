#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

/// A product group as its owner enters it.
struct ProductGroupInput {
    QString name;
    QString description;
    QStringList productIds;
};

/// A product a group may hold: a published product of one of the owner's vendors.
struct GroupProductChoice {
    QString id;
    QString name;
    QString vendorName;
};

/// One product group of the Product groups list.
struct ProductGroupRow {
    QString id;
    QString name;
    QString description;
    QStringList productIds;
    QStringList productNames;
    int agreements = 0; ///< service agreements offering the group
    qint64 createdAt = 0;
};

/// The acting distributor's or reseller's product groups (SPEC 2, 8): name unique per owner in
/// any case, description, products. Changed by its CRM admins and managers; every change is one
/// transaction with an event.
class ProductGroupService {
    Q_DECLARE_TR_FUNCTIONS(ProductGroupService)

public:
    static constexpr int maxNameLength = 100;
    static constexpr int maxDescriptionLength = 5000;

    /// A reason for each invalid field ("name", "description", "products"); empty when valid.
    static QMap<QString, QString> validate(const QSqlDatabase& database,
                                           const ActingContext& acting,
                                           const ProductGroupInput& input,
                                           const QString& groupId = {});
    /// Published products of the vendors the acting account has a partnership with, and the
    /// products groupId holds already, by name.
    static Result<QList<GroupProductChoice>> productChoices(const QSqlDatabase& database,
                                                            const ActingContext& acting,
                                                            const QString& groupId = {});
    static Result<QList<ProductGroupRow>> list(const QSqlDatabase& database,
                                               const ActingContext& acting);
    static Result<ProductGroupRow> group(const QSqlDatabase& database, const ActingContext& acting,
                                         const QString& groupId);
    static Result<QString> create(const QSqlDatabase& database, const ActingContext& acting,
                                  const ProductGroupInput& input);
    static Result<void> update(const QSqlDatabase& database, const ActingContext& acting,
                               const QString& groupId, const ProductGroupInput& input);
    /// Refused while an agreement offers the group (deleteRefusal()).
    static Result<void> remove(const QSqlDatabase& database, const ActingContext& acting,
                               const QString& groupId);
    static QString deleteRefusal(const ProductGroupRow& row);
};
