#pragma once

#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include <QSqlError>
#include <QSqlQuery>

/// An empty workspace with the accounts and members the catalog rules talk about: a distributor
/// (PA-100-100) with a member of every role, a vendor (VA-200-200) with an admin and a viewer, a
/// vendor without contracts (VA-300-300) and another distributor (PA-400-400). The distributor
/// has active partnerships with both vendors; distribution contracts are added per test.
struct CatalogFixture {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createEmpty();
    QSqlDatabase db = workspace->database();
    int contracts = 0;

    static QString distributorId() { return QStringLiteral("PA-100-100"); }
    static QString vendorId() { return QStringLiteral("VA-200-200"); }
    static QString otherVendorId() { return QStringLiteral("VA-300-300"); }
    static QString otherDistributorId() { return QStringLiteral("PA-400-400"); }

    CatalogFixture()
    {
        exec(QStringLiteral("INSERT INTO accounts(id, name, role, created_at, updated_at) VALUES "
                            "('PA-100-100', 'Dist One', 'distributor', 1, 1), "
                            "('VA-200-200', 'Vendor Two', 'vendor', 1, 1), "
                            "('VA-300-300', 'Vendor Three', 'vendor', 1, 1), "
                            "('PA-400-400', 'Dist Four', 'reseller', 1, 1)"));
        exec(QStringLiteral("INSERT INTO users(id, name, email, created_at) VALUES "
                            "('UR-100-000-001', 'Dana Admin', 'dana@one.example', 1), "
                            "('UR-100-000-002', 'Mo Manager', 'mo@one.example', 1), "
                            "('UR-100-000-003', 'Sal Sales', 'sal@one.example', 1), "
                            "('UR-100-000-004', 'Vi Viewer', 'vi@one.example', 1), "
                            "('UR-200-000-001', 'Vera Vendor', 'vera@two.example', 1), "
                            "('UR-200-000-002', 'Val Viewer', 'val@two.example', 1), "
                            "('UR-300-000-001', 'Theo Three', 'theo@three.example', 1), "
                            "('UR-400-000-001', 'Fay Four', 'fay@four.example', 1)"));
        exec(QStringLiteral("INSERT INTO memberships(user_id, account_id, role) VALUES "
                            "('UR-100-000-001', 'PA-100-100', 'crm_admin'), "
                            "('UR-100-000-002', 'PA-100-100', 'crm_manager'), "
                            "('UR-100-000-003', 'PA-100-100', 'crm_sales'), "
                            "('UR-100-000-004', 'PA-100-100', 'viewer'), "
                            "('UR-200-000-001', 'VA-200-200', 'crm_admin'), "
                            "('UR-200-000-002', 'VA-200-200', 'viewer'), "
                            "('UR-300-000-001', 'VA-300-300', 'crm_admin'), "
                            "('UR-400-000-001', 'PA-400-400', 'crm_admin')"));
        exec(QStringLiteral(
            "INSERT INTO partnerships(owner_account_id, partner_account_id, status, created_at, "
            "updated_at) VALUES ('PA-100-100', 'VA-200-200', 'active', 1, 1), "
            "('PA-100-100', 'VA-300-300', 'active', 1, 1)"));
        exec(QStringLiteral(
            "INSERT INTO agreements(id, type, owner_account_id, name, created_at, updated_at) "
            "VALUES ('AGP-100-100-100', 'program', 'PA-100-100', 'Program', 1, 1)"));
        exec(QStringLiteral(
            "INSERT INTO agreement_versions(agreement_id, version, description, active, "
            "created_at) VALUES ('AGP-100-100-100', 1, 'terms', 1, 1)"));
    }

    void exec(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery query(db);
        REQUIRE(query.prepare(sql));
        for (const QVariant& value : values)
            query.addBindValue(value);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(query.exec());
    }
    int count(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::count(*workspace, sql, values);
    }

    ActingContext as(const char* userId, const QString& accountId) const
    {
        return TestWorkspace::acting(*workspace, QString::fromLatin1(userId), accountId);
    }
    ActingContext distributorAdmin() const { return as("UR-100-000-001", distributorId()); }
    ActingContext distributorManager() const { return as("UR-100-000-002", distributorId()); }
    ActingContext distributorSales() const { return as("UR-100-000-003", distributorId()); }
    ActingContext distributorViewer() const { return as("UR-100-000-004", distributorId()); }
    ActingContext vendorAdmin() const { return as("UR-200-000-001", vendorId()); }
    ActingContext vendorViewer() const { return as("UR-200-000-002", vendorId()); }
    ActingContext otherVendorAdmin() const { return as("UR-300-000-001", otherVendorId()); }
    ActingContext otherDistributorAdmin() const
    {
        return as("UR-400-000-001", otherDistributorId());
    }

    /// A distribution agreement of the distributor for marketplaceId with a contract for
    /// vendorId in status; returns the contract's ID.
    QString addDistributionContract(const QString& marketplaceId, const QString& status,
                                    const QString& vendor = vendorId())
    {
        ++contracts;
        const QString agreement =
            QStringLiteral("AGD-100-100-%1").arg(contracts, 3, 10, QLatin1Char('0'));
        const QString contract =
            QStringLiteral("CRD-10000-10000-%1").arg(contracts, 5, 10, QLatin1Char('0'));
        exec(QStringLiteral(
                 "INSERT INTO agreements(id, type, owner_account_id, name, "
                 "parent_agreement_id, marketplace_id, created_at, updated_at) "
                 "VALUES (?, 'distribution', 'PA-100-100', ?, 'AGP-100-100-100', ?, 1, 1)"),
             {agreement, agreement, marketplaceId});
        exec(QStringLiteral("INSERT INTO agreement_versions(agreement_id, version, description, "
                            "active, created_at) VALUES (?, 1, 'terms', 1, 1)"),
             {agreement});
        exec(QStringLiteral(
                 "INSERT INTO contracts(id, type, agreement_id, agreement_version_id, "
                 "issuer_account_id, partner_account_id, marketplace_id, status, created_at, "
                 "updated_at) VALUES (?, 'distribution', ?, (SELECT id FROM agreement_versions "
                 "WHERE agreement_id = ?), 'PA-100-100', ?, ?, ?, 1, 1)"),
             {contract, agreement, agreement, vendor, marketplaceId, status});
        return contract;
    }
};
