#include "catalog/ListingRequestDialog.h"

#include <QComboBox>
#include <QStandardItemModel>

ListingRequestDialog::ListingRequestDialog(const WorkspaceHandle& workspace,
                                           const ActingContext& acting, QWidget* parent)
    : CatalogDialog(workspace, acting, QStringLiteral("listingRequestDialog"), parent)
    , m_product(new QComboBox(this))
    , m_marketplace(new QComboBox(this))
{
    setWindowTitle(tr("Request listing"));
    m_product->setObjectName(QStringLiteral("listingProductCombo"));
    m_marketplace->setObjectName(QStringLiteral("listingMarketplaceCombo"));
    addField(tr("&Product *"), m_product, QStringLiteral("product"));
    addField(tr("&Marketplace *"), m_marketplace, QStringLiteral("marketplace"));
    connect(m_product, &QComboBox::currentIndexChanged, this, [this] {
        if (auto filled = fillMarketplaces(); !filled)
            m_marketplaces.clear();
        watch();
    });
    connect(m_marketplace, &QComboBox::currentIndexChanged, this, &ListingRequestDialog::watch);
    resize(480, 200);
}

Result<void> ListingRequestDialog::load(const QString& productId)
{
    auto products = ListingService::productChoices(workspace(), m_acting);
    if (!products)
        return products.error();
    const QSignalBlocker blocker(m_product);
    m_product->clear();
    for (const ListingChoice& product : products.value())
        m_product->addItem(product.name, product.id);
    const int preselected = m_product->findData(productId);
    m_product->setCurrentIndex(preselected >= 0 ? preselected : (m_product->count() > 0 ? 0 : -1));
    auto filled = fillMarketplaces();
    m_showReasons = true;
    validate();
    return filled;
}

Result<void> ListingRequestDialog::fillMarketplaces()
{
    const QSignalBlocker blocker(m_marketplace);
    m_marketplace->clear();
    m_marketplaces.clear();
    const QString productId = m_product->currentData().toString();
    if (productId.isEmpty())
        return {};
    auto choices = ListingService::marketplaceChoices(workspace(), m_acting, productId);
    if (!choices)
        return choices.error();
    m_marketplaces = choices.value();
    auto* model = qobject_cast<QStandardItemModel*>(m_marketplace->model());
    int firstAvailable = -1;
    for (const ListingChoice& choice : m_marketplaces) {
        QString text = tr("%1 (%2)").arg(choice.name, choice.detail);
        if (!choice.unavailableReason.isEmpty())
            text += QStringLiteral(" \u2014 ") + choice.unavailableReason;
        m_marketplace->addItem(text, choice.id);
        const int row = m_marketplace->count() - 1;
        if (!choice.unavailableReason.isEmpty() && model)
            model->item(row)->setEnabled(false);
        else if (firstAvailable < 0)
            firstAvailable = row;
    }
    m_marketplace->setCurrentIndex(firstAvailable);
    return {};
}

QMap<QString, QString> ListingRequestDialog::reasons() const
{
    QMap<QString, QString> found;
    if (m_product->count() == 0)
        found.insert(QStringLiteral("product"),
                     tr("You have no published product: publish one on the Products tab first."));
    else if (m_product->currentIndex() < 0)
        found.insert(QStringLiteral("product"), tr("Pick a product."));
    if (m_marketplaces.isEmpty() && m_product->count() > 0)
        found.insert(QStringLiteral("marketplace"),
                     tr("You have no Active distribution contract for a marketplace yet: a "
                        "distributor offers one, and it must be approved before products can be "
                        "listed there."));
    else if (m_product->count() > 0 && m_marketplace->currentIndex() < 0)
        found.insert(QStringLiteral("marketplace"),
                     tr("The product has a listing on every marketplace open to you."));
    return found;
}

Result<QString> ListingRequestDialog::write()
{
    return ListingService::request(workspace(), m_acting, m_product->currentData().toString(),
                                   m_marketplace->currentData().toString());
}
