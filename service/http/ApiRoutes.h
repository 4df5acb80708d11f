#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// What the service answers: every route of the HTTP API and the web forms, one table that
/// IntakeServer dispatches from and that the OpenAPI document (docs/api/openapi.json) must
/// match (a test compares them).
enum class ApiRouteId {
    CreateLead,
    ListLeads,
    ReadLead,
    OpenApi,
    ShowWebForm,
    SubmitWebForm,
    WebFormPreflight
};

struct ApiRoute {
    ApiRouteId id;
    QString method; ///< "GET", "POST", "OPTIONS"
    QString path;   ///< a template: "/api/v1/leads/{id}"; {name} stands for one ID-like segment
    bool needsKey;  ///< sent with "Authorization: Bearer KEY"
};

/// How a request's path matched the table.
struct ApiRouteMatch {
    QList<ApiRoute> routes; ///< every route of the path, whatever its method; empty: 404
    QStringList arguments;  ///< the {name} segments' values, in order
};

class ApiRoutes {
public:
    static const QList<ApiRoute>& all();
    static ApiRouteMatch match(const QString& path);
};
