#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

/// The demo workspace of SPEC section 5: the same accounts, users, catalog, partners, agreements,
/// contracts, lead form and leads every time (seeded IDs, fixed dates).
class DemoWorkspace {
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    // Well-known accounts and users (SPEC 5 and seed 002).
    static constexpr const char* homeDistributorId = "PA-481-516"; ///< Mighty Mick's LLC
    static constexpr const char* homeUserId = "UR-100-200-300";    ///< Michael Goldmill
    static constexpr const char* ingramMicroId = "PA-239-689";
    static constexpr const char* frontStreetId = "VA-892-333";
    static constexpr const char* championsCorpId = "VA-149-494";
    static constexpr const char* telefonicaId = "VA-1234-1234";
    static constexpr const char* demoVendorId = "VA-315-772";         ///< Apex Cloud Software
    static constexpr const char* demoVendorUserId = "UR-400-500-600"; ///< Sarah Chen

    /// Fills an empty, migrated workspace in one transaction; on error nothing is written.
    static Result<void> fill(const QSqlDatabase& database);
    /// Creates a new workspace file at path filled with the demo; refuses an existing file and
    /// leaves no file behind on failure.
    static Result<void> create(const QString& path);
};
