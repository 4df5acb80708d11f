#pragma once

#include "common/Result.h"
#include "http/ApiResponse.h"
#include "intake/ApiCaller.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrlQuery>

/// /api/v1/leads: creates a lead from a JSON object (LeadIntake), reads one and pages through
/// the leads the caller's account may see (LeadFeed).
class LeadsEndpoint {
    Q_DECLARE_TR_FUNCTIONS(LeadsEndpoint)

public:
    explicit LeadsEndpoint(QSqlDatabase database);

    /// POST /api/v1/leads with body (a JSON object). With an idempotencyKey (the header), a
    /// retry of the same request answers as the first did and writes nothing; the same key with
    /// another request is refused.
    ApiResponse create(const ApiCaller& caller, const QByteArray& body,
                       const QString& idempotencyKey = {}) const;
    /// GET /api/v1/leads/{id}
    ApiResponse read(const ApiCaller& caller, const QString& leadId) const;
    /// GET /api/v1/leads?status=&updated_since=&cursor=&limit=
    ApiResponse list(const ApiCaller& caller, const QUrlQuery& query) const;

    /// The answer to a core error that is not about the request's fields.
    static ApiResponse failure(const Error& error);

private:
    QSqlDatabase m_database;
};
