#include "integrations/PublishWebFormDialog.h"

#include "common/InlineMessage.h"
#include "intake/WebFormPublications.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

/// A read-only value of the form's details, selectable with the mouse.
QLabel* valueLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel* hintLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

PublishWebFormDialog::PublishWebFormDialog(const WebFormPublication& publication,
                                           const QString& serviceUrl, Submit submit,
                                           QWidget* parent)
    : PublishWebFormDialog(publication.isPublished() ? Mode::Change : Mode::Publish, publication,
                           serviceUrl, std::move(submit), parent)
{
}

PublishWebFormDialog::PublishWebFormDialog(const WebFormPublication& publication, QWidget* parent)
    : PublishWebFormDialog(Mode::EmbedCode, publication, QString(), {}, parent)
{
}

PublishWebFormDialog::PublishWebFormDialog(Mode mode, const WebFormPublication& publication,
                                           const QString& serviceUrl, Submit submit,
                                           QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_publication(publication)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("publishWebFormDialog"));
    switch (m_mode) {
    case Mode::Publish:
        setWindowTitle(tr("Publish web form"));
        break;
    case Mode::Change:
        setWindowTitle(tr("Change web form %1").arg(m_publication.id));
        break;
    case Mode::EmbedCode:
        setWindowTitle(tr("Embed code of web form %1").arg(m_publication.id));
        break;
    }

    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    addDetailRows();
    if (m_mode != Mode::EmbedCode)
        addEditRows(serviceUrl);
    addSnippetRows();
    setSnippetRowsVisible(false);
    m_problem = InlineMessage::create(this, QStringLiteral("publishWebFormProblem"));

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("publishWebFormButtons"));
    if (m_mode == Mode::EmbedCode) {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    } else {
        m_buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
        ok->setText(m_mode == Mode::Publish ? tr("&Publish") : tr("Save &changes"));
        ok->setObjectName(QStringLiteral("publishWebFormOkButton"));
        ok->setDefault(true);
        m_buttons->button(QDialogButtonBox::Cancel)
            ->setObjectName(QStringLiteral("publishWebFormCancelButton"));
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PublishWebFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(720);

    if (m_mode == Mode::EmbedCode)
        showSnippet();
    else
        m_serviceUrl->setFocus();
}

void PublishWebFormDialog::addDetailRows()
{
    const WebFormPublication& p = m_publication;
    const struct {
        QString caption;
        QString value;
        const char* name;
    } rows[] = {
        {tr("Form:"), tr("%1 (%2)").arg(p.formName, p.formId), "publishWebFormForm"},
        {tr("Vendor:"), p.vendorName, "publishWebFormVendor"},
        {tr("Product:"), p.productName, "publishWebFormProduct"},
        {tr("Marketplace:"), p.marketplaceName, "publishWebFormMarketplace"},
    };
    for (const auto& row : rows)
        m_form->addRow(new QLabel(row.caption, this),
                       valueLabel(row.value, QString::fromLatin1(row.name), this));
}

void PublishWebFormDialog::addEditRows(const QString& serviceUrl)
{
    m_serviceUrl = new QLineEdit(this);
    m_serviceUrl->setObjectName(QStringLiteral("publishWebFormServiceUrlEdit"));
    m_serviceUrl->setMaxLength(WebFormPublications::maxUrlLength);
    m_serviceUrl->setText(m_publication.isPublished() ? m_publication.serviceUrl : serviceUrl);
    auto* serviceUrlLabel = new QLabel(tr("Service &address:"), this);
    serviceUrlLabel->setObjectName(QStringLiteral("publishWebFormServiceUrlLabel"));
    serviceUrlLabel->setBuddy(m_serviceUrl);
    m_serviceUrlHint = hintLabel(
        tr("Where your website's visitors reach the ChannelDesk service (channeldesk serve), "
           "such as https://leads.example.com"),
        QStringLiteral("publishWebFormServiceUrlHint"), this);

    m_origins = new QPlainTextEdit(this);
    m_origins->setObjectName(QStringLiteral("publishWebFormOriginsEdit"));
    m_origins->setTabChangesFocus(true);
    m_origins->setPlainText(m_publication.allowedOrigins.join(QLatin1Char('\n')));
    m_origins->setFixedHeight(m_origins->fontMetrics().lineSpacing() * 4 +
                              2 * (m_origins->frameWidth() + 4));
    auto* originsLabel = new QLabel(tr("&Sites that may embed the form:"), this);
    originsLabel->setObjectName(QStringLiteral("publishWebFormOriginsLabel"));
    originsLabel->setBuddy(m_origins);
    m_originsHint =
        hintLabel(tr("https://www.example.com, one per line; leave empty to allow only the "
                     "form's own page (at most %1 sites)")
                      .arg(WebFormPublications::maxOrigins),
                  QStringLiteral("publishWebFormOriginsHint"), this);

    m_form->addRow(serviceUrlLabel, m_serviceUrl);
    m_form->addRow(QString(), m_serviceUrlHint);
    m_form->addRow(originsLabel, m_origins);
    m_form->addRow(QString(), m_originsHint);
}

void PublishWebFormDialog::addSnippetRows()
{
    m_snippet = new QPlainTextEdit(this);
    m_snippet->setObjectName(QStringLiteral("publishWebFormSnippetEdit"));
    m_snippet->setReadOnly(true);
    m_snippet->setTabChangesFocus(true);
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_snippet->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_snippet->setFixedHeight(m_snippet->fontMetrics().lineSpacing() * 7 +
                              2 * (m_snippet->frameWidth() + 4));
    auto* snippetLabel = new QLabel(tr("&Embed code:"), this);
    snippetLabel->setObjectName(QStringLiteral("publishWebFormSnippetLabel"));
    snippetLabel->setBuddy(m_snippet);

    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyWebFormSnippetButton"));
    m_copy->setAutoDefault(false);
    m_copy->setToolTip(tr("Put the embed code on the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_snippet->toPlainText());
        m_copy->setText(tr("Copied"));
    });

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("publishWebFormAddressEdit"));
    m_address->setReadOnly(true);
    auto* addressLabel = new QLabel(tr("Form a&ddress:"), this);
    addressLabel->setObjectName(QStringLiteral("publishWebFormAddressLabel"));
    addressLabel->setBuddy(m_address);

    m_snippetNote = InlineMessage::create(this, QStringLiteral("publishWebFormSnippetNote"),
                                          InlineMessage::Kind::Information);

    m_snippetColumn = new QVBoxLayout;
    m_snippetColumn->addWidget(m_snippet);
    m_snippetColumn->addWidget(m_copy, 0, Qt::AlignLeft);
    m_form->addRow(snippetLabel, m_snippetColumn);
    m_form->addRow(addressLabel, m_address);
    m_form->addRow(m_snippetNote);
}

void PublishWebFormDialog::setEditRowsVisible(bool visible)
{
    if (!m_serviceUrl)
        return;
    for (QWidget* field :
         {static_cast<QWidget*>(m_serviceUrl), static_cast<QWidget*>(m_origins),
          static_cast<QWidget*>(m_serviceUrlHint), static_cast<QWidget*>(m_originsHint)})
        m_form->setRowVisible(field, visible);
}

void PublishWebFormDialog::setSnippetRowsVisible(bool visible)
{
    m_form->setRowVisible(m_snippetColumn, visible);
    m_snippet->setVisible(visible);
    m_copy->setVisible(visible);
    m_form->setRowVisible(m_address, visible);
    // The note shows only with something to say (showSnippet says it).
    if (!visible)
        m_snippetNote->showMessage(QString());
}

void PublishWebFormDialog::accept()
{
    if (isShowingSnippet()) {
        QDialog::accept();
        return;
    }
    auto serviceUrl = WebFormPublications::parseServiceUrl(m_serviceUrl->text());
    if (!serviceUrl) {
        showProblem(serviceUrl.error().message, m_serviceUrl);
        return;
    }
    auto origins = WebFormPublications::parseOrigins(m_origins->toPlainText());
    if (!origins) {
        showProblem(origins.error().message, m_origins);
        return;
    }
    auto done = m_submit(serviceUrl.value(), origins.value());
    if (!done) {
        showProblem(done.error().message, m_serviceUrl);
        return;
    }
    m_problem->showMessage(QString());
    m_publication = done.value();
    emit published(m_publication);
    showSnippet();
}

void PublishWebFormDialog::showProblem(const QString& message, QWidget* field)
{
    m_problem->showMessage(message);
    field->setFocus();
}

void PublishWebFormDialog::showSnippet()
{
    m_snippet->setPlainText(WebFormPublications::embedSnippet(m_publication));
    m_address->setText(m_publication.address());
    m_address->setCursorPosition(0);

    QString done;
    if (m_mode == Mode::Publish)
        done = tr("The form is published: its address answers from now on.");
    else if (m_mode == Mode::Change)
        done = tr("The changes are saved.");
    const bool embeddable = !m_publication.allowedOrigins.isEmpty();
    const QString how =
        embeddable
            ? tr("Paste the code into a page of a site that may embed the form: %1.")
                  .arg(m_publication.allowedOrigins.join(QStringLiteral(", ")))
            : tr("No other site may embed the form yet: add your sites with Change\u2026, or "
                 "link to the form's address.");
    m_snippetNote->showMessage(done.isEmpty() ? how : done + QLatin1Char(' ') + how,
                               embeddable ? InlineMessage::Kind::Information
                                          : InlineMessage::Kind::Warning);

    if (m_mode != Mode::EmbedCode) {
        setWindowTitle(tr("Web form %1").arg(m_publication.id));
        setEditRowsVisible(false);
        // One button now: the form is published, there is nothing to cancel.
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    }
    QPushButton* close = m_buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("publishWebFormCloseButton"));
    close->setDefault(true);
    setSnippetRowsVisible(true);
    m_showingSnippet = true;
    m_copy->setFocus();
}
