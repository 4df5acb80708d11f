#pragma once

#include "http/ApiResponse.h"
#include "intake/WebFormPublication.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUrlQuery>

#include <deque>

/// /forms/{LDF-…}?listing=LST-…: a vendor's lead form published by a distributor for a listing
/// (WebFormPublications). GET shows the form (WebFormPage); POST (an HTML form's
/// application/x-www-form-urlencoded body) checks it with the wizard's rules and creates the
/// lead as the publication's publisher (LeadIntake), or shows the form again with the reasons
/// and what the visitor typed. OPTIONS answers a browser's CORS preflight. Only the sites the
/// publication allows may embed the page (frame-ancestors) or read its answers from a script
/// (Access-Control-Allow-Origin); an HTML form posts from anywhere, as on any website. Each page
/// carries a one-time submission ID, so that the same form sent twice (a double click, a reload)
/// makes one lead: the service remembers the last maxRemembered IDs that made a lead.
class WebFormEndpoint {
    Q_DECLARE_TR_FUNCTIONS(WebFormEndpoint)

public:
    static constexpr std::size_t maxRemembered = 10'000;

    explicit WebFormEndpoint(QSqlDatabase database);

    /// GET; origin: the request's Origin header (empty when none).
    ApiResponse show(const QString& formId, const QUrlQuery& query, const QByteArray& origin) const;
    /// POST with body of contentType.
    ApiResponse submit(const QString& formId, const QUrlQuery& query, const QByteArray& body,
                       const QByteArray& contentType, const QByteArray& origin);
    /// OPTIONS: 204 with the CORS headers for an allowed origin, 403 for another.
    ApiResponse preflight(const QString& formId, const QUrlQuery& query,
                          const QByteArray& origin) const;

private:
    /// The answer for a published form: the security and CORS headers of publication.
    static ApiResponse withPolicy(ApiResponse response, const WebFormPublication& publication,
                                  const QByteArray& origin);

    /// Remembers that submission of publicationId made a lead; forgets the oldest beyond
    /// maxRemembered.
    void remember(const QString& submission);

    QSqlDatabase m_database;
    QSet<QString> m_submitted;         ///< publication ID + submission ID
    std::deque<QString> m_submittedAt; ///< the same, oldest first
};
