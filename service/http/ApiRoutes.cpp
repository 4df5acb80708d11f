#include "http/ApiRoutes.h"

#include <QRegularExpression>

const QList<ApiRoute>& ApiRoutes::all()
{
    static const QList<ApiRoute> routes{
        {ApiRouteId::CreateLead, QStringLiteral("POST"), QStringLiteral("/api/v1/leads"), true},
        {ApiRouteId::ListLeads, QStringLiteral("GET"), QStringLiteral("/api/v1/leads"), true},
        {ApiRouteId::ReadLead, QStringLiteral("GET"), QStringLiteral("/api/v1/leads/{id}"), true},
        {ApiRouteId::OpenApi, QStringLiteral("GET"), QStringLiteral("/api/v1/openapi.json"), false},
        {ApiRouteId::ShowWebForm, QStringLiteral("GET"), QStringLiteral("/forms/{formId}"), false},
        {ApiRouteId::SubmitWebForm, QStringLiteral("POST"), QStringLiteral("/forms/{formId}"),
         false},
        {ApiRouteId::WebFormPreflight, QStringLiteral("OPTIONS"), QStringLiteral("/forms/{formId}"),
         false},
    };
    return routes;
}

ApiRouteMatch ApiRoutes::match(const QString& path)
{
    static const QRegularExpression argument(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,39}$"));
    const QStringList segments = path.split(QLatin1Char('/'));
    ApiRouteMatch found;
    for (const ApiRoute& route : all()) {
        const QStringList pattern = route.path.split(QLatin1Char('/'));
        if (pattern.size() != segments.size())
            continue;
        QStringList arguments;
        bool matches = true;
        for (qsizetype i = 0; matches && i < pattern.size(); ++i) {
            if (pattern.at(i).startsWith(QLatin1Char('{'))) {
                matches = argument.match(segments.at(i)).hasMatch();
                arguments << segments.at(i);
            } else {
                matches = pattern.at(i) == segments.at(i);
            }
        }
        if (!matches)
            continue;
        // A literal route wins over a template one ("/api/v1/leads/openapi" is not a lead).
        found.routes << route;
        found.arguments = arguments;
    }
    return found;
}
