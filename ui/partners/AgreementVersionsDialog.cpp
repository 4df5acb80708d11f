#include "partners/AgreementVersionsDialog.h"

#include "common/DisplayFormat.h"
#include "common/InlineMessage.h"

#include "partners/AgreementForm.h"
#include "partners/AgreementWriter.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

enum Column { VersionColumn, StatusColumn, DocumentColumn, ContractsColumn, CreatedColumn };

QString documentText(const AgreementVersionRow& row)
{
    switch (row.source) {
    case DocumentSource::External:
        return row.documentUrl;
    case DocumentSource::Uploaded:
        return row.fileName;
    case DocumentSource::None:
        break;
    }
    return documentSources.label(DocumentSource::None);
}

} // namespace

AgreementVersionsDialog::AgreementVersionsDialog(const WorkspaceHandle& workspace,
                                                 const ActingContext& acting,
                                                 const QString& agreementId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_acting(acting)
    , m_agreementId(agreementId)
    , m_table(new QTableWidget(0, 5, this))
    , m_preview(new QTextBrowser(this))
    , m_reason(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add version\u2026"), this))
    , m_activateButton(new QPushButton(tr("A&ctivate"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("agreementVersionsDialog"));
    setWindowTitle(tr("Versions of %1").arg(agreementId));
    setSizeGripEnabled(true);

    m_table->setObjectName(QStringLiteral("agreementVersionsTable"));
    m_table->setAccessibleName(tr("Versions"));
    m_table->setHorizontalHeaderLabels(
        {tr("Version"), tr("Status"), tr("Document"), tr("Contracts"), tr("Created")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setObjectName(QStringLiteral("agreementVersionsTableRows"));
    m_table->horizontalHeader()->setObjectName(QStringLiteral("agreementVersionsTableHeader"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DocumentColumn, QHeaderView::Stretch);
    auto* tableLabel = new QLabel(tr("&Versions:"), this);
    tableLabel->setObjectName(QStringLiteral("agreementVersionsLabel"));
    tableLabel->setBuddy(m_table);

    m_preview->setObjectName(QStringLiteral("agreementVersionPreview"));
    m_preview->setOpenExternalLinks(false);
    auto* previewLabel = new QLabel(tr("Descri&ption of the selected version:"), this);
    previewLabel->setObjectName(QStringLiteral("agreementVersionPreviewLabel"));
    previewLabel->setBuddy(m_preview);

    m_reason->setObjectName(QStringLiteral("agreementVersionReason"));
    m_reason->setWordWrap(true);
    m_reason->setForegroundRole(QPalette::PlaceholderText);

    m_addButton->setObjectName(QStringLiteral("addAgreementVersionButton"));
    m_activateButton->setObjectName(QStringLiteral("activateAgreementVersionButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteAgreementVersionButton"));
    for (QPushButton* button : {m_addButton, m_activateButton, m_deleteButton})
        button->setAutoDefault(false);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("agreementVersionsButtons"));
    close->button(QDialogButtonBox::Close)
        ->setObjectName(QStringLiteral("closeAgreementVersionsButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_activateButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 2);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_reason);
    layout->addLayout(buttons);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &AgreementVersionsDialog::addVersion);
    connect(m_activateButton, &QPushButton::clicked, this,
            &AgreementVersionsDialog::activateCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &AgreementVersionsDialog::deleteCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            &AgreementVersionsDialog::updateButtons);
    resize(720, 520);
}

Result<void> AgreementVersionsDialog::load()
{
    const int selected = currentVersion();
    auto versions = AgreementService::versions(m_workspace, m_acting, m_agreementId);
    if (!versions)
        return versions.error();
    m_versions = versions.value();
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        const AgreementVersionRow& version = m_versions.at(row);
        const auto set = [this, row](int column, const QString& text) {
            m_table->setItem(row, column, new QTableWidgetItem(text));
        };
        set(VersionColumn, QString::number(version.version));
        set(StatusColumn, version.active ? tr("Active") : tr("Inactive"));
        set(DocumentColumn, documentText(version));
        set(ContractsColumn, DisplayFormat::number(version.contracts));
        set(CreatedColumn, DisplayFormat::dateTime(version.createdAt));
    }
    selectVersion(selected);
    if (currentVersion() == 0 && !m_versions.isEmpty())
        m_table->setCurrentCell(0, 0);
    updateButtons();
    return {};
}

int AgreementVersionsDialog::currentVersion() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_versions.size() ? m_versions.at(row).version : 0;
}

void AgreementVersionsDialog::selectVersion(int version)
{
    for (int row = 0; row < m_versions.size(); ++row)
        if (m_versions.at(row).version == version)
            m_table->setCurrentCell(row, 0);
}

void AgreementVersionsDialog::updateButtons()
{
    const bool mayChange = m_acting.canManagePartners();
    const int version = currentVersion();
    const int row = m_table->currentRow();
    const bool selected = version > 0;
    const QString refusal =
        selected ? AgreementService::deleteRefusal(m_versions, version) : QString();
    m_addButton->setVisible(mayChange);
    m_activateButton->setVisible(mayChange);
    m_deleteButton->setVisible(mayChange);
    m_activateButton->setEnabled(mayChange && selected && !m_versions.at(row).active);
    m_deleteButton->setEnabled(mayChange && selected && refusal.isEmpty());
    m_reason->setText(mayChange ? refusal : QString());
    m_reason->setVisible(!m_reason->text().isEmpty());
    if (!selected) {
        m_preview->clear();
        return;
    }
    const QString html = m_versions.at(row).descriptionHtml;
    if (Qt::mightBeRichText(html))
        m_preview->setHtml(html);
    else
        m_preview->setPlainText(html);
}

void AgreementVersionsDialog::showError(const QString& message)
{
    m_reason->setText(message);
    m_reason->show();
}

void AgreementVersionsDialog::addVersion()
{
    if (!m_acting.canManagePartners())
        return;
    auto* editor = new QDialog(this);
    editor->setObjectName(QStringLiteral("agreementVersionEditorDialog"));
    editor->setWindowTitle(tr("New version of %1").arg(m_agreementId));
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setSizeGripEnabled(true);
    auto* form = new AgreementForm(editor);
    form->setNameVisible(false);
    if (const int row = m_table->currentRow(); row >= 0 && row < m_versions.size()) {
        // Start from the selected version's text: a new version is usually a small change.
        AgreementInput start;
        start.descriptionHtml = m_versions.at(row).descriptionHtml;
        if (m_versions.at(row).source == DocumentSource::External) {
            start.source = DocumentSource::External;
            start.documentUrl = m_versions.at(row).documentUrl;
        }
        form->setInput(start);
    }
    auto* reason = new InlineMessage(editor);
    reason->setObjectName(QStringLiteral("agreementVersionSaveReason"));
    reason->setWordWrap(true);
    reason->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, editor);
    buttons->setObjectName(QStringLiteral("agreementVersionEditorButtons"));
    QPushButton* save = buttons->button(QDialogButtonBox::Ok);
    save->setText(tr("&Save version"));
    save->setObjectName(QStringLiteral("saveAgreementVersionButton"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelAgreementVersionButton"));
    auto* layout = new QVBoxLayout(editor);
    layout->addWidget(form, 1);
    layout->addWidget(reason);
    layout->addWidget(buttons);

    const auto validate = [form, save] {
        const auto reasons = AgreementWriter::validateContent(form->input());
        form->setReasons(reasons);
        save->setEnabled(reasons.isEmpty());
    };
    validate();
    connect(form, &AgreementForm::changed, editor, validate);
    connect(buttons, &QDialogButtonBox::rejected, editor, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, editor, [this, editor, form, save, reason] {
        if (!save->isEnabled())
            return;
        auto added =
            AgreementService::addVersion(m_workspace, m_acting, m_agreementId, form->input());
        if (!added) {
            reason->setText(added.error().message);
            reason->show();
            form->showAllReasons();
            return;
        }
        editor->accept();
        if (auto loaded = load(); !loaded)
            showError(loaded.error().message);
        selectVersion(added.value());
        emit versionsChanged();
    });
    editor->resize(600, 560);
    editor->open();
    form->descriptionEdit()->setFocus();
}

void AgreementVersionsDialog::activateCurrent()
{
    const int version = currentVersion();
    if (version == 0)
        return;
    if (auto activated =
            AgreementService::activateVersion(m_workspace, m_acting, m_agreementId, version);
        !activated) {
        showError(activated.error().message);
        return;
    }
    if (auto loaded = load(); !loaded)
        showError(loaded.error().message);
    emit versionsChanged();
}

void AgreementVersionsDialog::deleteCurrent()
{
    const int version = currentVersion();
    if (version == 0)
        return;
    auto* question = new QMessageBox(
        QMessageBox::Question, tr("Delete version"),
        tr("Delete version %1 of %2? This cannot be undone.").arg(version).arg(m_agreementId),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("deleteAgreementVersionQuestion"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, version](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (auto deleted =
                AgreementService::deleteVersion(m_workspace, m_acting, m_agreementId, version);
            !deleted) {
            showError(deleted.error().message);
            return;
        }
        if (auto loaded = load(); !loaded)
            showError(loaded.error().message);
        emit versionsChanged();
    });
    question->open();
}
