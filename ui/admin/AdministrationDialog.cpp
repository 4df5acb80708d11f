#include "admin/AdministrationDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

AdministrationDialog::AdministrationDialog(const QString& title, const QString& name,
                                           QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(name);
    setWindowTitle(title);
    m_tabs->setObjectName(name + QStringLiteral("Tabs"));
    m_tabs->setDocumentMode(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(name + QStringLiteral("Buttons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(name + QStringLiteral("CloseButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(820, 520);
}

void AdministrationDialog::addTab(QWidget* tab, const QString& label, Loader load)
{
    m_tabs->addTab(tab, label);
    m_loaders << std::move(load);
}

Result<void> AdministrationDialog::load(const WorkspaceHandle& workspace,
                                        const ActingContext& acting)
{
    Result<void> first;
    for (const Loader& loader : std::as_const(m_loaders))
        if (auto loaded = loader(workspace, acting); !loaded && first)
            first = loaded;
    return first;
}
