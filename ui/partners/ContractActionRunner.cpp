#include "partners/ContractActionRunner.h"

#include "partners/ContractService.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

#include <optional>

namespace {

struct ButtonText {
    ContractAction action;
    const char* objectName;
    const char* text;
    const char* toolTip;
};

const ButtonText buttonTexts[] = {
    {ContractAction::Sign, "signContractButton", QT_TRANSLATE_NOOP("ContractActionRunner", "Si&gn"),
     QT_TRANSLATE_NOOP("ContractActionRunner", "Sign the selected pending contract")},
    {ContractAction::Reject, "rejectContractButton",
     QT_TRANSLATE_NOOP("ContractActionRunner", "Re&ject\u2026"),
     QT_TRANSLATE_NOOP("ContractActionRunner", "Reject the selected pending contract")},
    {ContractAction::Delete, "deleteContractButton",
     QT_TRANSLATE_NOOP("ContractActionRunner", "&Delete\u2026"),
     QT_TRANSLATE_NOOP("ContractActionRunner", "Delete the selected pending contract you issued")},
    {ContractAction::Enroll, "enrollContractButton",
     QT_TRANSLATE_NOOP("ContractActionRunner", "&Enroll"),
     QT_TRANSLATE_NOOP("ContractActionRunner", "Enroll in the selected contract")},
    {ContractAction::Approve, "approveContractButton",
     QT_TRANSLATE_NOOP("ContractActionRunner", "&Approve"),
     QT_TRANSLATE_NOOP("ContractActionRunner", "Approve the selected enrolled contract")},
    {ContractAction::Refine, "refineContractButton",
     QT_TRANSLATE_NOOP("ContractActionRunner", "Re&fine"),
     QT_TRANSLATE_NOOP("ContractActionRunner", "Send the selected contract back to enrolling")},
    {ContractAction::Terminate, "terminateContractButton",
     QT_TRANSLATE_NOOP("ContractActionRunner", "Ter&minate\u2026"),
     QT_TRANSLATE_NOOP("ContractActionRunner", "Terminate the selected active contract")},
};

const ButtonText& textOf(ContractAction action)
{
    for (const ButtonText& text : buttonTexts)
        if (text.action == action)
            return text;
    return buttonTexts[0];
}

std::optional<QString> askNote(QWidget* parent, ContractAction action, const QString& contractId)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("contractNoteDialog"));
    const bool rejects = action == ContractAction::Reject;
    dialog.setWindowTitle(rejects
                              ? ContractActionRunner::tr("Reject contract %1").arg(contractId)
                              : ContractActionRunner::tr("Terminate contract %1").arg(contractId));
    auto* note = new QPlainTextEdit(&dialog);
    note->setObjectName(QStringLiteral("contractNoteEdit"));
    note->setTabChangesFocus(true);
    note->setPlaceholderText(ContractActionRunner::tr("Why? The other party sees this note."));
    note->setAccessibleName(ContractActionRunner::tr("Note"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("contractNoteButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(contractActions.label(action));
    auto* layout = new QFormLayout(&dialog);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto* label = new QLabel(ContractActionRunner::tr("&Note (optional):"), &dialog);
    label->setObjectName(QStringLiteral("contractNoteLabel"));
    label->setBuddy(note);
    layout->addRow(label, note);
    layout->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(420, 220);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return note->toPlainText().trimmed();
}

} // namespace

QString ContractActionRunner::buttonText(ContractAction action)
{
    return tr(textOf(action).text);
}

QString ContractActionRunner::buttonName(ContractAction action)
{
    return QString::fromLatin1(textOf(action).objectName);
}

QString ContractActionRunner::buttonToolTip(ContractAction action)
{
    return tr(textOf(action).toolTip);
}

bool ContractActionRunner::run(QWidget* parent, const WorkspaceHandle& workspace,
                               const ActingContext& acting, const QString& contractId,
                               ContractAction action, std::optional<qint64> readVersion,
                               bool* conflicted)
{
    QString note;
    if (action == ContractAction::Reject || action == ContractAction::Terminate) {
        auto asked = askNote(parent, action, contractId);
        if (!asked)
            return false;
        note = *asked;
    } else if (action == ContractAction::Delete) {
        const auto answer = QMessageBox::question(
            parent, tr("Delete contract"),
            tr("Delete the pending contract %1? An invitation link sent for it stops working. This "
               "cannot be undone.")
                .arg(contractId),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    auto done = ContractService::perform(workspace, acting, contractId, action, note, readVersion);
    if (!done)
        QMessageBox::warning(parent, tr("Could not change the contract"), done.error().message);
    if (conflicted)
        *conflicted = !done && done.error().code == ErrorCode::Conflict;
    return done.ok();
}
