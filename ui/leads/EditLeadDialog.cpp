#include "leads/EditLeadDialog.h"

#include "common/ProblemText.h"

#include "leads/LeadCatalog.h"
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
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("editLeadDialog"));
    setWindowTitle(tr("Edit lead %1").arg(leadId));
    QScrollArea* scroll = m_form->inScrollArea(this);
    m_error->setObjectName(QStringLiteral("editLeadErrorLabel"));
    m_error->setWordWrap(true);
    ProblemText::mark(m_error);
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
    auto updateSave = [this] {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_form->isValid());
        m_error->hide();
    };
    connect(m_form, &LeadFormWidget::changed, this, updateSave);
    updateSave();
}

void EditLeadDialog::accept()
{
    LeadValidation validation;
    if (auto saved =
            LeadService::update(m_workspace, m_acting, m_leadId, m_form->draft(), &validation);
        !saved) {
        if (!validation.isValid())
            m_form->setValidation(validation);
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}
