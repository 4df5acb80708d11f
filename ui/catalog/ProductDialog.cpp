#include "catalog/ProductDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

ProductDialog::ProductDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                             QWidget* parent)
    : CatalogDialog(workspace, acting, QStringLiteral("productDialog"), parent)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_status(new QComboBox(this))
{
    setWindowTitle(tr("New product"));
    m_name->setObjectName(QStringLiteral("productNameEdit"));
    m_name->setMaxLength(ProductService::maxNameLength + 20);
    m_description->setObjectName(QStringLiteral("productDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_status->setObjectName(QStringLiteral("productStatusCombo"));
    for (ProductStatus status : productStatuses.all())
        m_status->addItem(productStatuses.label(status), static_cast<int>(status));
    m_status->setToolTip(tr("Only published products can be listed on distributors' "
                            "marketplaces"));
    addField(tr("&Name *"), m_name, QStringLiteral("name"));
    addField(tr("&Description"), m_description, QStringLiteral("description"));
    addField(tr("S&tatus"), m_status, QStringLiteral("status"));
    connect(m_name, &QLineEdit::textEdited, this, &ProductDialog::watch);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_description->hasFocus())
            watch();
    });
    connect(m_status, &QComboBox::activated, this, &ProductDialog::watch);
    resize(520, 360);
}

Result<void> ProductDialog::load(const QString& productId)
{
    m_productId = productId;
    if (!productId.isEmpty()) {
        auto row = ProductService::product(workspace(), m_acting, productId);
        if (!row)
            return row.error();
        setWindowTitle(tr("Edit product %1").arg(productId));
        m_name->setText(row->name);
        m_description->setPlainText(row->description);
        m_status->setCurrentIndex(m_status->findData(static_cast<int>(
            productStatuses.fromKey(row->statusKey).value_or(ProductStatus::Draft))));
        m_showReasons = true;
    }
    validate();
    return {};
}

ProductInput ProductDialog::input() const
{
    return ProductInput{m_name->text(), m_description->toPlainText(),
                        static_cast<ProductStatus>(m_status->currentData().toInt())};
}

QMap<QString, QString> ProductDialog::reasons() const
{
    return ProductService::validate(workspace(), m_acting, input(), m_productId);
}

Result<QString> ProductDialog::write()
{
    if (m_productId.isEmpty())
        return ProductService::create(workspace(), m_acting, input());
    if (auto updated = ProductService::update(workspace(), m_acting, m_productId, input());
        !updated)
        return updated.error();
    return m_productId;
}
