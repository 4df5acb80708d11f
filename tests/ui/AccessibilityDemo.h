#pragma once

#include "TestWorkspace.h"
#include "storage/WorkspaceHandle.h"

#include "demo/DemoWorkspace.h"

/// A demo workspace for the accessibility tests, seen from the home distributor and the demo
/// vendor.
struct AccessibilityDemo {
    TestWorkspace dir;
    WorkspaceHandle workspace = dir.createDemo();
    ActingContext home = TestWorkspace::acting(*workspace, id(DemoWorkspace::homeUserId),
                                               id(DemoWorkspace::homeDistributorId));
    ActingContext vendor = TestWorkspace::acting(*workspace, id(DemoWorkspace::demoVendorUserId),
                                                 id(DemoWorkspace::demoVendorId));

    QString scalar(const QString& sql, const QVariantList& values = {}) const
    {
        return TestWorkspace::scalar(*workspace, sql, values);
    }
};
