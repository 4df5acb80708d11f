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
