#include "leads/CreateLeadProductPage.h"

#include "leads/CreateLeadWizard.h"
#include "leads/LeadCatalog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

CreateLeadProductPage::CreateLeadProductPage(QWidget* parent)
    : QWizardPage(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("productPage"));
    setTitle(tr("Product"));
    setSubTitle(tr("Choose the product the customer is interested in."));
    m_filter->setObjectName(QStringLiteral("productFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Type part of the product or vendor name"));
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_list->setObjectName(QStringLiteral("productList"));
    m_list->setAccessibleName(tr("Products"));
    auto* listLabel = new QLabel(tr("&Products:"), this);
    listLabel->setBuddy(m_list);
    m_empty->setObjectName(QStringLiteral("productEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto* layout = new QVBoxLayout(this);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);

    connect(m_filter, &QLineEdit::textChanged, this, &CreateLeadProductPage::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (isComplete())
            wizard()->next();
    });
}

void CreateLeadProductPage::initializePage()
{
    auto* leadWizard = static_cast<CreateLeadWizard*>(wizard());
    m_list->clear();
    const auto products = LeadCatalog::products(leadWizard->workspace(), leadWizard->acting());
    if (!products) {
        m_empty->setText(products.error().message);
    } else {
        for (const LeadOption& product : products.value()) {
            auto* item =
                new QListWidgetItem(tr("%1 \u2014 %2").arg(product.label, product.detail), m_list);
            item->setData(Qt::UserRole, product.id);
        }
        m_empty->setText(products->isEmpty()
                             ? tr("No products are listed on your marketplaces yet. "
                                  "A vendor's product must be listed before leads "
                                  "can be created for it.")
                             : QString());
    }
    m_empty->setVisible(!m_empty->text().isEmpty());
    m_filter->clear();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setFocus();
}

void CreateLeadProductPage::applyFilter(const QString& text)
{
    QListWidgetItem* firstVisible = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const bool match = item->text().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !firstVisible)
            firstVisible = item;
    }
    if (m_list->currentItem() == nullptr || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstVisible);
    emit completeChanged();
}

bool CreateLeadProductPage::isComplete() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden();
}

QString CreateLeadProductPage::productId() const
{
    return isComplete() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}
