#include "forms/WebFormEndpoint.h"

#include "api/LeadsEndpoint.h"
#include "forms/WebFormPage.h"
#include "intake/LeadIntake.h"
#include "intake/WebFormFields.h"
#include "intake/WebFormPublications.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

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

/// The submission ID a posted form carries, or an empty string for none or a malformed one.
QString submissionOf(const QByteArray& body)
{
    static const QRegularExpression wellFormed(QStringLiteral("^[0-9a-f]{32}$"));
    const QString submission = QUrlQuery(QString::fromLatin1(body))
                                   .queryItemValue(WebFormPage::submissionKey, QUrl::FullyDecoded);
    return wellFormed.match(submission).hasMatch() ? submission : QString();
}

QString newSubmission()
{
    return QUuid::createUuid().toString(QUuid::Id128);
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
    WebFormView view =
        viewOf(form.value(), WebFormFields::of(form->schema, form->sellingDirections));
    view.submission = newSubmission();
    return withPolicy(ApiResponse::html(WebFormPage::render(view)), form->publication, origin);
}

ApiResponse WebFormEndpoint::submit(const QString& formId, const QUrlQuery& query,
                                    const QByteArray& body, const QByteArray& contentType,
                                    const QByteArray& origin)
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
    const QString submission = submissionOf(body);
    const QString remembered = form->publication.id + QLatin1Char(':') + submission;
    if (!submission.isEmpty() && m_submitted.contains(remembered)) {
        // Sent again: the lead exists already.
        view.received = true;
        view.values.clear();
        return withPolicy(ApiResponse::html(WebFormPage::render(view)), form->publication, origin);
    }
    QList<LeadRowProblem> problems;
    auto created =
        LeadIntake::create(m_database, form->acting,
                           WebFormFields::lead(fields, view.values, form->publication.productId,
                                               form->publication.marketplaceId),
                           &problems);
    if (created) {
        if (!submission.isEmpty())
            remember(remembered);
        view.received = true;
        view.values.clear();
        return withPolicy(ApiResponse::html(WebFormPage::render(view)), form->publication, origin);
    }
    view.submission = submission.isEmpty() ? newSubmission() : submission;
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

void WebFormEndpoint::remember(const QString& submission)
{
    m_submitted.insert(submission);
    m_submittedAt.push_back(submission);
    while (m_submittedAt.size() > maxRemembered) {
        m_submitted.remove(m_submittedAt.front());
        m_submittedAt.pop_front();
    }
}
