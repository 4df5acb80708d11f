#include "catalog/CatalogDialog.h"

#include "common/InlineMessage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace {

QLabel* reasonLabel(const QString& name, QWidget* parent)
{
    return InlineMessage::create(parent, name);
}

} // namespace

CatalogDialog::CatalogDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                             const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_acting(acting)
    , m_workspace(workspace)
    , m_form(new QFormLayout)
    , m_saveReason(reasonLabel(name + QStringLiteral("SaveReason"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(name);
    setSizeGripEnabled(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_buttons->setObjectName(name + QStringLiteral("Buttons"));
    saveButton()->setText(tr("&Save"));
    saveButton()->setObjectName(name + QStringLiteral("SaveButton"));
    saveButton()->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(name + QStringLiteral("CancelButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_saveReason);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CatalogDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* CatalogDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString CatalogDialog::reasonText(const QString& key) const
{
    const QLabel* label = m_reasons.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void CatalogDialog::addField(const QString& label, QWidget* field, const QString& key)
{
    auto* caption = new QLabel(label, this);
    caption->setObjectName(objectName() + QStringLiteral("Label_") + key);
    caption->setBuddy(field);
    // The caption sits outside the field's cell, where Qt does not look for a name.
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(
            QString(label).remove(QLatin1Char('&')).remove(QStringLiteral(" *")).trimmed());
    m_labels.insert(key, caption);
    if (!m_firstField)
        m_firstField = field;
    auto* cell = new QWidget(this);
    cell->setObjectName(objectName() + QStringLiteral("Row_") + key);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->setAlignment(Qt::AlignTop);
    cellLayout->addWidget(field);
    QLabel* reason = reasonLabel(objectName() + QStringLiteral("Reason_") + key, this);
    cellLayout->addWidget(reason);
    m_reasons.insert(key, reason);
    m_form->addRow(caption, cell);
}

void CatalogDialog::watch()
{
    m_showReasons = true;
    validate();
}

void CatalogDialog::validate()
{
    const QMap<QString, QString> found = reasons();
    for (auto it = m_reasons.cbegin(); it != m_reasons.cend(); ++it) {
        const QString reason = found.value(it.key());
        it.value()->setText(reason);
        it.value()->setVisible(m_showReasons && !reason.isEmpty());
    }
    saveButton()->setEnabled(found.isEmpty());
    m_saveReason->hide();
}

void CatalogDialog::save()
{
    m_showReasons = true;
    validate();
    if (!saveButton()->isEnabled())
        return;
    auto written = write();
    if (!written) {
        // What was typed stays; the reason says why nothing was saved.
        m_saveReason->setText(written.error().message);
        m_saveReason->show();
        return;
    }
    m_savedId = written.value();
    accept();
}

void CatalogDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The buttons come first in the focus chain (made before the fields): start in the first
    // field, so that Enter saves instead of pressing Cancel.
    QWidget* focused = QApplication::focusWidget();
    if (m_firstField && !event->spontaneous() &&
        (!isAncestorOf(focused) || qobject_cast<QPushButton*>(focused)))
        m_firstField->setFocus(Qt::TabFocusReason);
}
