#pragma once

#include "common/Result.h"
#include "intake/WebFormPublication.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

/// Publishing vendors' lead forms on websites (issue 14, point 3). A crm_admin of a distributor
/// publishes an active lead form for one of the account's listings the form applies to, says
/// where the service is reached and which sites may embed the form, and unpublishes it. Every
/// write is one transaction with its event ("web_form": "published", "changed",
/// "unpublished"); the database enforces the same rules (migration 17 triggers; on a team
/// server row-level security, and channeldesk_web_form for the public route).
class WebFormPublications {
    Q_DECLARE_TR_FUNCTIONS(WebFormPublications)

public:
    static constexpr int maxOrigins = 20;
    static constexpr int maxUrlLength = 200;

    /// Whether acting may publish its account's forms (a crm_admin of a distributor or
    /// reseller); the write functions check it again against the database.
    static bool mayPublish(const ActingContext& acting);

    /// The sites in text (separated by spaces, commas or new lines), each as an origin
    /// "scheme://host[:port]" in lower case (http or https, no path, query or user), or an
    /// Invalid error that names the first bad one. An empty text is no site.
    static Result<QStringList> parseOrigins(const QString& text);
    /// serviceUrl as stored (http or https, a host, no query, fragment or user; no trailing
    /// slash), or an Invalid error.
    static Result<QString> parseServiceUrl(const QString& text);

    /// Every pair of an active lead form and a listed listing of acting's account that the form
    /// applies to, published or not (publication fields filled in when published), and every
    /// publication of the account not served for now with its pause; sorted by vendor, form and
    /// product.
    static Result<QList<WebFormPublication>> list(const QSqlDatabase& database,
                                                  const ActingContext& acting);
    /// Why a paused publication is not served, in a sentence (empty for WebFormPause::None).
    static QString pauseReason(WebFormPause pause);
    /// Publishes formId for listingId. Invalid for a bad address or origin, a form that is
    /// inactive or does not apply to the listing, or a pair already published; NotFound for a
    /// listing that is not the account's; PermissionDenied for anyone but a crm_admin.
    static Result<WebFormPublication> publish(const QSqlDatabase& database,
                                              const ActingContext& acting, const QString& formId,
                                              const QString& listingId, const QString& serviceUrl,
                                              const QStringList& allowedOrigins);
    /// Changes the address and the allowed sites of publicationId.
    static Result<WebFormPublication>
    change(const QSqlDatabase& database, const ActingContext& acting, const QString& publicationId,
           const QString& serviceUrl, const QStringList& allowedOrigins);
    /// Takes publicationId off the web at once: its address answers 404 from then on.
    static Result<void> unpublish(const QSqlDatabase& database, const ActingContext& acting,
                                  const QString& publicationId);

    /// The form published for formId and listingId, as the public route serves it (no login:
    /// on a team server it is found by channeldesk_web_form for any login). NotFound, with one
    /// message whatever the cause, when it is not published, was unpublished, the form is no
    /// longer active, the listing is unlisted or its publisher is no longer a crm_admin there.
    static Result<PublishedWebForm> find(const QSqlDatabase& database, const QString& formId,
                                         const QString& listingId);

    /// The HTML a site owner pastes into a page to show the form: an iframe of its address
    /// with a title, and a link to the same page for browsers that show no frames.
    static QString embedSnippet(const WebFormPublication& publication);
};
