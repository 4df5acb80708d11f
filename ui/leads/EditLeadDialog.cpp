#include "leads/EditLeadDialog.h"

#include "common/InlineMessage.h"

#include "leads/LeadCatalog.h"
#include "leads/LeadDraftRebase.h"
#include "leads/LeadFormWidget.h"
#include "leads/LeadService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

EditLeadDialog::EditLeadDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                               const QString& leadId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_acting(acting)
    , m_leadId(leadId)
    , m_form(new LeadFormWidget(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("editLeadDialog"));
    setWindowTitle(tr("Edit lead %1").arg(leadId));
    QScrollArea* scroll = m_form->inScrollArea(this);
    m_error->setObjectName(QStringLiteral("editLeadErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_form->summaryLabel());
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditLeadDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 680);

    auto lead = LeadCatalog::leadForEdit(workspace, acting, leadId);
    if (!lead) {
        m_loadError = lead.error().message;
        return;
    }
    m_form->setListing(workspace, acting, lead->listing);
    m_form->setDraft(lead->draft);
    m_read = m_form->draft();
    m_rowVersion = lead->rowVersion;
    auto updateSave = [this] {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_editable && m_form->isValid());
        m_error->hide();
    };
    connect(m_form, &LeadFormWidget::changed, this, updateSave);
    updateSave();
}

void EditLeadDialog::accept()
{
    LeadValidation validation;
    if (auto saved = LeadService::update(m_workspace, m_acting, m_leadId, m_form->draft(),
                                         &validation, m_rowVersion);
        !saved) {
        if (saved.error().code == ErrorCode::Conflict) {
            showConflict(saved.error().message);
            return;
        }
        if (!validation.isValid())
            m_form->setValidation(validation);
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void EditLeadDialog::showConflict(const QString& message)
{
    m_sawConflict = true;
    QString text = message;
    auto stored = LeadCatalog::leadForEdit(m_workspace, m_acting, m_leadId);
    if (!stored) {
        m_editable = false;
        text += QLatin1Char('\n') + stored.error().message;
    } else {
        const LeadDraft mine = m_form->draft();
        m_form->setDraft(stored->draft);
        const LeadDraft read = m_form->draft();
        m_form->setDraft(LeadDraftRebase::onto(m_read, mine, read));
        m_read = read;
        m_rowVersion = stored->rowVersion;
        m_editable = stored->statusKey == QLatin1String("new");
        text += QLatin1Char('\n') +
                (m_editable ? tr("Their changes are now in the form and yours are kept: check it "
                                 "and save again.")
                            : tr("It has been decided and can no longer be edited."));
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_editable && m_form->isValid());
    m_error->setText(text);
    m_error->show();
}
