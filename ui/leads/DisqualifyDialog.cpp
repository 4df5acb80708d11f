#include "leads/DisqualifyDialog.h"

#include "common/InlineMessage.h"
#include "common/ToneColors.h"

#include "leads/LeadDetails.h"
#include "leads/LeadService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

DisqualifyDialog::DisqualifyDialog(const QString& leadName, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_problem(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("disqualifyDialog"));
    setWindowTitle(tr("Disqualify lead"));
    auto* intro = new QLabel(tr("Say why \u201c%1\u201d is disqualified. The distributor sees "
                                "this reason with the lead, and the lead cannot be qualified "
                                "afterwards.")
                                 .arg(leadName),
                             this);
    intro->setObjectName(QStringLiteral("disqualifyIntroLabel"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto* caption = new QLabel(tr("&Reason"), this);
    caption->setObjectName(QStringLiteral("disqualifyReasonLabel"));
    caption->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("disqualifyReasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: no budget this year"));
    m_counter->setObjectName(QStringLiteral("disqualifyReasonCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_problem->setObjectName(QStringLiteral("disqualifyReasonProblem"));
    m_problem->setWordWrap(true);

    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Disqualify"));
    ok->setObjectName(QStringLiteral("disqualifyOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("disqualifyCancelButton"));
    m_buttons->setObjectName(QStringLiteral("disqualifyButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter types a new line in the reason; Ctrl+Enter disqualifies.
    auto* submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    submit->setObjectName(QStringLiteral("disqualifySubmitShortcut"));
    connect(submit, &QShortcut::activated, this, [this, ok] {
        if (ok->isEnabled())
            accept();
    });
    ok->setToolTip(tr("Disqualify the lead (Ctrl+Enter)"));
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DisqualifyDialog::validate);

    auto* status = new QHBoxLayout;
    status->addWidget(m_problem, 1);
    status->addWidget(m_counter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(caption);
    layout->addWidget(m_reason, 1);
    layout->addLayout(status);
    layout->addWidget(m_buttons);
    resize(480, 300);
    validate();
}

QString DisqualifyDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void DisqualifyDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

void DisqualifyDialog::validate()
{
    const QString text = m_reason->toPlainText();
    const QString problem = LeadDetails::disqualifyReasonProblem(text);
    m_counter->setText(tr("%1/%2").arg(text.size()).arg(LeadService::maxNoteLength));
    QPalette counterPalette = QApplication::palette(m_counter);
    if (text.trimmed().size() > LeadService::maxNoteLength)
        counterPalette.setColor(QPalette::WindowText,
                                ToneColors::mark(ToneColors::Tone::Bad, counterPalette,
                                                 counterPalette.color(QPalette::Window)));
    m_counter->setPalette(counterPalette);
    // An empty reason only disables the button; a too long one says why.
    m_problem->setText(text.trimmed().isEmpty() ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_reason->setAccessibleDescription(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
