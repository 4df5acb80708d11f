#include "partners/NewsEditorDialog.h"

#include "common/DisplayFormat.h"
#include "common/InlineMessage.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

NewsEditorDialog::NewsEditorDialog(WorkspaceHandle workspace, ActingContext acting,
                                   const PartnerNewsItem& item, QWidget* parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_acting(std::move(acting))
    , m_newsId(item.id)
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_problem(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newsEditorDialog"));
    setWindowTitle(m_newsId.isEmpty() ? tr("New article") : tr("Edit article %1").arg(m_newsId));
    m_title->setObjectName(QStringLiteral("newsTitleEdit"));
    m_title->setMaxLength(NewsService::maxTitleLength * 2);
    m_title->setText(item.title);
    m_date->setObjectName(QStringLiteral("newsDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DisplayFormat::dateFormat());
    m_date->setDate(m_newsId.isEmpty() ? QDate::currentDate()
                                       : NewsService::dateOf(item.publishedAt));
    m_body->setObjectName(QStringLiteral("newsBodyEdit"));
    m_body->setTabChangesFocus(true);
    m_body->setPlainText(item.body);
    m_problem->setObjectName(QStringLiteral("newsProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    const auto caption = [this](const QString& text, const QString& name, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setObjectName(name);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(caption(tr("&Title:"), QStringLiteral("newsTitleLabel"), m_title), m_title);
    form->addRow(caption(tr("&Date:"), QStringLiteral("newsDateLabel"), m_date), m_date);
    form->addRow(caption(tr("&Article:"), QStringLiteral("newsBodyLabel"), m_body), m_body);

    QPushButton* save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("newsSaveButton"));
    save->setToolTip(tr("Save the article (Ctrl+Enter)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("newsCancelButton"));
    m_buttons->setObjectName(QStringLiteral("newsButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewsEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    submit->setObjectName(QStringLiteral("newsSubmitShortcut"));
    connect(submit, &QShortcut::activated, this, [this, save] {
        if (save->isEnabled())
            accept();
    });
    connect(m_title, &QLineEdit::textChanged, this, &NewsEditorDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &NewsEditorDialog::validate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NewsEditorDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, 420);
    validate();
}

NewsDraft NewsEditorDialog::draft() const
{
    return {m_title->text(), m_date->date(), m_body->toPlainText()};
}

void NewsEditorDialog::validate()
{
    const auto reasons = NewsService::validate(draft());
    // An empty title only disables Save; anything else says why.
    QString problem = reasons.value(QStringLiteral("title"));
    if (m_title->text().trimmed().isEmpty())
        problem.clear();
    for (const char* key : {"date", "body"})
        if (problem.isEmpty())
            problem = reasons.value(QString::fromLatin1(key));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_title->setAccessibleDescription(reasons.value(QStringLiteral("title")));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(reasons.isEmpty());
}

void NewsEditorDialog::accept()
{
    if (m_newsId.isEmpty()) {
        auto created = NewsService::create(m_workspace, m_acting, draft());
        if (!created) {
            m_problem->setText(created.error().message);
            m_problem->show();
            return;
        }
        m_newsId = created.value();
    } else if (auto updated = NewsService::update(m_workspace, m_acting, m_newsId, draft());
               !updated) {
        m_problem->setText(updated.error().message);
        m_problem->show();
        return;
    }
    emit saved(m_newsId);
    QDialog::accept();
}
