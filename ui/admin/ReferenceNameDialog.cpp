#include "admin/ReferenceNameDialog.h"

#include "common/InlineMessage.h"

#include "reference/ReferenceListService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReferenceNameDialog::ReferenceNameDialog(const QString& title, const QString& name, Submit submit,
                                         QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_problem(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("referenceNameDialog"));
    setWindowTitle(title);
    m_name->setObjectName(QStringLiteral("referenceNameEdit"));
    m_name->setMaxLength(ReferenceListService::maxNameLength);
    m_name->selectAll();
    m_problem->setObjectName(QStringLiteral("referenceNameProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    auto* caption = new QLabel(tr("&Name:"), this);
    caption->setObjectName(QStringLiteral("referenceNameLabel"));
    caption->setBuddy(m_name);
    auto* form = new QFormLayout;
    form->addRow(caption, m_name);
    m_buttons->setObjectName(QStringLiteral("referenceNameButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("referenceNameOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("referenceNameCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReferenceNameDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.trimmed().isEmpty());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);
    m_name->setFocus();
}

void ReferenceNameDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (auto done = m_submit(m_name->text()); !done) {
        m_problem->setText(done.error().message);
        m_problem->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}
