#include "catalog/ProductGroupDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

ProductGroupDialog::ProductGroupDialog(const WorkspaceHandle& workspace,
                                       const ActingContext& acting, QWidget* parent)
    : CatalogDialog(workspace, acting, QStringLiteral("productGroupDialog"), parent)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_products(new QWidget(this))
    , m_productLayout(new QVBoxLayout(m_products))
    , m_noProducts(new QLabel(this))
{
    setWindowTitle(tr("New product group"));
    m_name->setObjectName(QStringLiteral("productGroupNameEdit"));
    m_description->setObjectName(QStringLiteral("productGroupDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_products->setObjectName(QStringLiteral("productGroupProducts"));
    m_products->setAccessibleName(tr("Products of the group"));
    m_noProducts->setObjectName(QStringLiteral("productGroupNoProducts"));
    m_noProducts->setWordWrap(true);
    m_noProducts->setText(tr("No products to pick yet: your vendors' published products appear "
                             "here."));
    m_productLayout->addWidget(m_noProducts);
    m_productLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("productGroupProductsScroll"));
    scroll->setWidget(m_products);
    scroll->setWidgetResizable(true);
    scroll->setMinimumHeight(140);
    scroll->setFocusPolicy(Qt::NoFocus);
    addField(tr("&Name *"), m_name, QStringLiteral("name"));
    addField(tr("&Description"), m_description, QStringLiteral("description"));
    addField(tr("&Products"), scroll, QStringLiteral("products"));
    connect(m_name, &QLineEdit::textEdited, this, &ProductGroupDialog::watch);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_description->hasFocus())
            watch();
    });
    resize(520, 460);
}

Result<void> ProductGroupDialog::load(const QString& groupId)
{
    m_groupId = groupId;
    QStringList chosen;
    if (!groupId.isEmpty()) {
        auto row = ProductGroupService::group(workspace(), m_acting, groupId);
        if (!row)
            return row.error();
        setWindowTitle(tr("Edit product group %1").arg(groupId));
        m_name->setText(row->name);
        m_description->setPlainText(row->description);
        chosen = row->productIds;
        m_showReasons = true;
    }
    auto choices = ProductGroupService::productChoices(workspace(), m_acting, groupId);
    if (!choices)
        return choices.error();
    qDeleteAll(m_productBoxes);
    m_productBoxes.clear();
    QWidget* previous = m_description;
    for (const GroupProductChoice& choice : choices.value()) {
        auto* box =
            new QCheckBox(tr("%1 \u2014 %2").arg(choice.name, choice.vendorName), m_products);
        box->setObjectName(QStringLiteral("groupProduct_") + choice.id);
        box->setProperty("productId", choice.id);
        box->setChecked(chosen.contains(choice.id));
        connect(box, &QCheckBox::toggled, this, &ProductGroupDialog::watch);
        m_productLayout->insertWidget(m_productLayout->count() - 1, box);
        setTabOrder(previous, box);
        previous = box;
        m_productBoxes << box;
    }
    m_noProducts->setVisible(m_productBoxes.isEmpty());
    // The Products label's mnemonic moves to the first product.
    if (!m_productBoxes.isEmpty())
        fieldLabel(QStringLiteral("products"))->setBuddy(m_productBoxes.first());
    validate();
    return {};
}

ProductGroupInput ProductGroupDialog::input() const
{
    ProductGroupInput input{m_name->text(), m_description->toPlainText(), {}};
    for (const QCheckBox* box : m_productBoxes)
        if (box->isChecked())
            input.productIds << box->property("productId").toString();
    return input;
}

QMap<QString, QString> ProductGroupDialog::reasons() const
{
    return ProductGroupService::validate(workspace(), m_acting, input(), m_groupId);
}

Result<QString> ProductGroupDialog::write()
{
    if (m_groupId.isEmpty())
        return ProductGroupService::create(workspace(), m_acting, input());
    if (auto updated = ProductGroupService::update(workspace(), m_acting, m_groupId, input());
        !updated)
        return updated.error();
    return m_groupId;
}
