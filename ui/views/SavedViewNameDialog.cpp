#include "views/SavedViewNameDialog.h"

#include "common/InlineMessage.h"

#include "views/SavedViewService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SavedViewNameDialog::SavedViewNameDialog(const QString& title, const QString& intro,
                                         const QString& okText, const QString& name, Submit submit,
                                         QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_counter(new QLabel(this))
    , m_problem(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("savedViewNameDialog"));
    setWindowTitle(title);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("savedViewNameIntro"));
    introLabel->setTextFormat(Qt::PlainText);
    introLabel->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("savedViewNameEdit"));
    m_name->setPlaceholderText(tr("For example: New leads this quarter"));
    m_name->selectAll();
    m_counter->setObjectName(QStringLiteral("savedViewNameCounter"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("savedViewNameProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto* form = new QFormLayout;
    auto* caption = new QLabel(tr("&Name:"), this);
    caption->setObjectName(QStringLiteral("savedViewNameLabel"));
    caption->setBuddy(m_name);
    form->addRow(caption, m_name);
    form->addRow(QString(), m_counter);

    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    ok->setObjectName(QStringLiteral("savedViewNameOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("savedViewNameCancelButton"));
    m_buttons->setObjectName(QStringLiteral("savedViewNameButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SavedViewNameDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SavedViewNameDialog::updateProblem);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    updateProblem();
}

void SavedViewNameDialog::showProblem(const QString& problem)
{
    if (m_problem->text() == problem)
        return;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    // The wrapped message may need more lines than the dialog has.
    if (isVisible())
        resize(width(), qMax(height(), heightForWidth(width()) > 0 ? heightForWidth(width())
                                                                   : sizeHint().height()));
}

void SavedViewNameDialog::updateProblem()
{
    const qsizetype length = m_name->text().trimmed().toUcs4().size();
    m_counter->setText(tr("%1 of %2 characters").arg(length).arg(SavedViewService::maxNameLength));
    const QString problem = SavedViewService::nameProblem(m_name->text());
    showProblem(m_name->text().isEmpty() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SavedViewNameDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (auto done = m_submit(m_name->text()); !done) {
        showProblem(done.error().message);
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}
