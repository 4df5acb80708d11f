#include "forms/WebFormEndpoint.h"

#include "api/LeadsEndpoint.h"
#include "forms/WebFormPage.h"
#include "intake/LeadIntake.h"
#include "intake/WebFormFields.h"
#include "intake/WebFormPublications.h"

#include <QLocale>

namespace {

QString listingOf(const QUrlQuery& query)
{
    return query.queryItemValue(QStringLiteral("listing"), QUrl::FullyDecoded);
}

ApiResponse notFound(const QString& detail)
{
    return ApiResponse::problem(ApiResponse::Status::NotFound, detail);
}

/// The view of publication's form for fields, posting back to itself.
WebFormView viewOf(const PublishedWebForm& form, const QList<WebFormField>& fields)
{
    WebFormView view;
    view.title = form.publication.productName;
    view.recipientName = form.acting.accountName;
    // Relative, so that it also works behind a proxy that serves the service under a path.
    view.action = QStringLiteral("?listing=") +
                  QString::fromLatin1(QUrl::toPercentEncoding(form.publication.listingId));
    view.language = QLocale().bcp47Name();
    view.fields = fields;
    return view;
}

/// The values of an HTML form's body (application/x-www-form-urlencoded: '+' is a space).
QMap<QString, QString> formValues(const QByteArray& body, const QList<WebFormField>& fields)
{
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    const QUrlQuery query(QString::fromLatin1(encoded));
    QMap<QString, QString> values;
    for (const WebFormField& field : fields)
        if (query.hasQueryItem(field.key))
            values.insert(field.key, query.queryItemValue(field.key, QUrl::FullyDecoded));
    return values;
}

} // namespace

WebFormEndpoint::WebFormEndpoint(QSqlDatabase database)
    : m_database(std::move(database))
{
}

ApiResponse WebFormEndpoint::withPolicy(ApiResponse response, const WebFormPublication& publication,
                                        const QByteArray& origin)
{
    const QStringList allowed = publication.allowedOrigins;
    QStringList ancestors{QStringLiteral("'self'")};
    ancestors << allowed;
    response
        .withHeader(QByteArrayLiteral("Content-Security-Policy"),
                    QStringLiteral("default-src 'none'; style-src 'unsafe-inline'; "
                                   "form-action 'self'; frame-ancestors %1")
                        .arg(ancestors.join(QLatin1Char(' ')))
                        .toLatin1())
        .withHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
    if (!origin.isEmpty() && allowed.contains(QString::fromLatin1(origin)))
        response.withHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
    return response;
}

ApiResponse WebFormEndpoint::show(const QString& formId, const QUrlQuery& query,
                                  const QByteArray& origin) const
{
    auto form = WebFormPublications::find(m_database, formId, listingOf(query));
    if (!form)
        return form.error().code == ErrorCode::NotFound ? notFound(form.error().message)
                                                        : LeadsEndpoint::failure(form.error());
    const WebFormView view =
        viewOf(form.value(), WebFormFields::of(form->schema, form->sellingDirections));
    return withPolicy(ApiResponse::html(WebFormPage::render(view)), form->publication, origin);
}

ApiResponse WebFormEndpoint::submit(const QString& formId, const QUrlQuery& query,
                                    const QByteArray& body, const QByteArray& contentType,
                                    const QByteArray& origin) const
{
    auto form = WebFormPublications::find(m_database, formId, listingOf(query));
    if (!form)
        return form.error().code == ErrorCode::NotFound ? notFound(form.error().message)
                                                        : LeadsEndpoint::failure(form.error());
    if (!contentType.trimmed().toLower().startsWith("application/x-www-form-urlencoded"))
        return withPolicy(
            ApiResponse::problem(ApiResponse::Status::UnsupportedMediaType,
                                 tr("Send the form as application/x-www-form-urlencoded, as a "
                                    "browser does.")),
            form->publication, origin);
    const QList<WebFormField> fields = WebFormFields::of(form->schema, form->sellingDirections);
    WebFormView view = viewOf(form.value(), fields);
    view.values = formValues(body, fields);
    QList<LeadRowProblem> problems;
    auto created =
        LeadIntake::create(m_database, form->acting,
                           WebFormFields::lead(fields, view.values, form->publication.productId,
                                               form->publication.marketplaceId),
                           &problems);
    if (created) {
        view.received = true;
        view.values.clear();
        return withPolicy(ApiResponse::html(WebFormPage::render(view)), form->publication, origin);
    }
    if (created.error().code != ErrorCode::Invalid)
        return withPolicy(LeadsEndpoint::failure(created.error()), form->publication, origin);
    for (const LeadRowProblem& problem : problems) {
        const bool onForm =
            std::any_of(fields.cbegin(), fields.cend(), [&problem](const WebFormField& field) {
                return field.key == problem.field;
            });
        if (onForm)
            view.errors.insert(problem.field, problem.reason);
        else
            view.generalError = problem.label.isEmpty()
                                    ? problem.reason
                                    : tr("%1: %2").arg(problem.label, problem.reason);
    }
    if (problems.isEmpty())
        view.generalError = created.error().message;
    return withPolicy(
        ApiResponse::html(WebFormPage::render(view), ApiResponse::Status::UnprocessableEntity),
        form->publication, origin);
}

ApiResponse WebFormEndpoint::preflight(const QString& formId, const QUrlQuery& query,
                                       const QByteArray& origin) const
{
    auto form = WebFormPublications::find(m_database, formId, listingOf(query));
    if (!form)
        return form.error().code == ErrorCode::NotFound ? notFound(form.error().message)
                                                        : LeadsEndpoint::failure(form.error());
    if (origin.isEmpty() || !form->publication.allowedOrigins.contains(QString::fromLatin1(origin)))
        return withPolicy(ApiResponse::problem(ApiResponse::Status::Forbidden,
                                               tr("This site may not use the form from a "
                                                  "script; its publisher can allow it.")),
                          form->publication, origin);
    return withPolicy(ApiResponse{ApiResponse::Status::NoContent, {}, {}, {}}, form->publication,
                      origin)
        .withHeader(QByteArrayLiteral("Access-Control-Allow-Methods"),
                    QByteArrayLiteral("GET, POST"))
        .withHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                    QByteArrayLiteral("Content-Type"))
        .withHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
}
