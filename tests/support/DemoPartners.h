#pragma once

#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "demo/DemoWorkspace.h"

#include <QSqlQuery>

/// A demo workspace seen from the home distributor (Mighty Mick's), with the partners the
/// partner lifecycle tests use.
struct DemoPartners {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    QSqlDatabase db = workspace->database();
    QString mm = id(DemoWorkspace::homeDistributorId);
    QString apex = id(DemoWorkspace::demoVendorId);
    QString champions = id(DemoWorkspace::championsCorpId);
    QString frontStreet = id(DemoWorkspace::frontStreetId);
    QString bluebird = scalar(QStringLiteral("SELECT id FROM accounts WHERE name = ?"),
                              {QStringLiteral("Bluebird Resellers")});
    /// Michael Goldmill, crm_admin of the home distributor.
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId), mm);
    /// Sarah Chen, crm_admin of Apex (a vendor partner with users of its own).
    ActingContext apexAdmin =
        TestWorkspace::acting(*workspace, id(DemoWorkspace::demoVendorUserId), apex);

    int count(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::count(*workspace, sql, values);
    }
    QString scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::scalar(*workspace, sql, values);
    }
    /// A listed product of Apex on a marketplace of the home distributor whose leads are entered
    /// with the default form (no active vendor form): a lead draft needs no custom values.
    QString listingWithDefaultForm() const
    {
        return scalar(
            QStringLiteral(
                "SELECT l.id FROM listings l JOIN marketplaces m ON m.id = l.marketplace_id "
                "JOIN products p ON p.id = l.product_id WHERE m.owner_account_id = ? "
                "AND p.vendor_account_id = ? AND l.status = 'listed' AND NOT EXISTS (SELECT 1 FROM "
                "lead_form_listings f JOIN lead_forms lf ON lf.id = f.form_id "
                "WHERE f.listing_id = l.id AND lf.status = 'active') ORDER BY l.id LIMIT 1"),
            {mm, apex});
    }
    /// Gives the home distributor a second program agreement (version 1 active), by SQL.
    void addProgramAgreement(const QString& agreementId, const QString& name) const
    {
        QSqlQuery insert(db);
        REQUIRE(insert.prepare(QStringLiteral(
            "INSERT INTO agreements(id, type, owner_account_id, name, created_at, updated_at) "
            "VALUES (?, 'program', ?, ?, 1, 1)")));
        insert.addBindValue(agreementId);
        insert.addBindValue(mm);
        insert.addBindValue(name);
        REQUIRE(insert.exec());
        REQUIRE(insert.prepare(QStringLiteral(
            "INSERT INTO agreement_versions(agreement_id, version, description, active, "
            "created_at) VALUES (?, 1, 'terms', 1, 1)")));
        insert.addBindValue(agreementId);
        REQUIRE(insert.exec());
    }
    /// acting with another role (core checks the role it is given).
    static ActingContext as(ActingContext acting, UserRole role)
    {
        acting.userRole = role;
        return acting;
    }
};
