#include "catalog/MarketplaceDialog.h"

#include "catalog/IsoCodes.h"

#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace {
constexpr int codeRole = Qt::UserRole;
}

MarketplaceDialog::MarketplaceDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                                     QWidget* parent)
    : CatalogDialog(workspace, acting, QStringLiteral("marketplaceDialog"), parent)
    , m_name(new QLineEdit(this))
    , m_countryCombo(new QComboBox(this))
    , m_addCountry(new QPushButton(tr("&Add"), this))
    , m_countries(new QListWidget(this))
    , m_removeCountry(new QPushButton(tr("&Remove"), this))
    , m_currency(new QComboBox(this))
{
    setWindowTitle(tr("New marketplace"));
    m_name->setObjectName(QStringLiteral("marketplaceNameEdit"));
    m_countryCombo->setObjectName(QStringLiteral("marketplaceCountryCombo"));
    m_countryCombo->setEditable(true);
    m_countryCombo->setInsertPolicy(QComboBox::NoInsert);
    for (const IsoCode& country : IsoCodes::countries())
        m_countryCombo->addItem(QStringLiteral("%1 (%2)").arg(country.name, country.code),
                                country.code);
    m_countryCombo->setCurrentIndex(-1);
    m_countryCombo->lineEdit()->setPlaceholderText(tr("Type a country's name"));
    m_countryCombo->setAccessibleName(tr("Country to add"));
    m_countryCombo->lineEdit()->setAccessibleName(tr("Country to add"));
    m_addCountry->setObjectName(QStringLiteral("marketplaceAddCountryButton"));
    m_addCountry->setToolTip(tr("Add the country to the marketplace"));
    m_countries->setObjectName(QStringLiteral("marketplaceCountryList"));
    m_countries->setAccessibleName(tr("Countries of the marketplace"));
    m_countries->setMaximumHeight(120);
    m_removeCountry->setObjectName(QStringLiteral("marketplaceRemoveCountryButton"));
    m_removeCountry->setToolTip(tr("Remove the selected country"));
    m_currency->setObjectName(QStringLiteral("marketplaceCurrencyCombo"));
    for (const IsoCode& currency : IsoCodes::currencies())
        m_currency->addItem(currency.name.isEmpty()
                                ? currency.code
                                : QStringLiteral("%1 \u2014 %2").arg(currency.code, currency.name),
                            currency.code);
    m_currency->setCurrentIndex(m_currency->findData(QStringLiteral("EUR")));

    auto* countries = new QWidget(this);
    countries->setObjectName(QStringLiteral("marketplaceCountriesField"));
    auto* grid = new QGridLayout(countries);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_countryCombo, 0, 0);
    grid->addWidget(m_addCountry, 0, 1);
    grid->addWidget(m_countries, 1, 0);
    grid->addWidget(m_removeCountry, 1, 1, Qt::AlignTop);
    countries->setFocusProxy(m_countryCombo);
    countries->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    addField(tr("&Name *"), m_name, QStringLiteral("name"));
    addField(tr("C&ountries *"), countries, QStringLiteral("countries"));
    addField(tr("C&urrency *"), m_currency, QStringLiteral("currency"));
    setTabOrder(m_name, m_countryCombo);
    setTabOrder(m_countryCombo, m_addCountry);
    setTabOrder(m_addCountry, m_countries);
    setTabOrder(m_countries, m_removeCountry);
    setTabOrder(m_removeCountry, m_currency);

    connect(m_name, &QLineEdit::textEdited, this, &MarketplaceDialog::watch);
    connect(m_currency, &QComboBox::activated, this, &MarketplaceDialog::watch);
    connect(m_addCountry, &QPushButton::clicked, this, [this] {
        const int index = m_countryCombo->findText(m_countryCombo->currentText());
        if (index >= 0)
            addCountry(m_countryCombo->itemData(index).toString());
        m_countryCombo->setCurrentIndex(-1);
        m_countryCombo->setFocus();
    });
    // Enter in the country field adds the country rather than saving the dialog.
    m_countryCombo->installEventFilter(this);
    m_countryCombo->lineEdit()->installEventFilter(this);
    connect(m_removeCountry, &QPushButton::clicked, this, [this] {
        delete m_countries->currentItem();
        watch();
        updateCountryButtons();
    });
    connect(m_countries, &QListWidget::currentRowChanged, this,
            &MarketplaceDialog::updateCountryButtons);
    connect(m_countryCombo, &QComboBox::editTextChanged, this,
            &MarketplaceDialog::updateCountryButtons);
    updateCountryButtons();
    resize(560, 420);
}

bool MarketplaceDialog::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_countryCombo || watched == m_countryCombo->lineEdit()) &&
        event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_addCountry->isEnabled())
                m_addCountry->click();
            return true;
        }
    }
    return CatalogDialog::eventFilter(watched, event);
}

void MarketplaceDialog::addCountry(const QString& code)
{
    for (int row = 0; row < m_countries->count(); ++row)
        if (m_countries->item(row)->data(codeRole).toString() == code)
            return;
    auto* item = new QListWidgetItem(
        QStringLiteral("%1 (%2)").arg(IsoCodes::countryName(code), code), m_countries);
    item->setData(codeRole, code);
    m_countries->setCurrentItem(item);
    watch();
    updateCountryButtons();
}

void MarketplaceDialog::updateCountryButtons()
{
    m_addCountry->setEnabled(m_countryCombo->findText(m_countryCombo->currentText()) >= 0);
    m_removeCountry->setEnabled(m_countries->currentItem() != nullptr);
}

Result<void> MarketplaceDialog::load(const QString& marketplaceId)
{
    m_marketplaceId = marketplaceId;
    if (!marketplaceId.isEmpty()) {
        auto row = MarketplaceService::marketplace(workspace(), m_acting, marketplaceId);
        if (!row)
            return row.error();
        setWindowTitle(tr("Edit marketplace %1").arg(marketplaceId));
        m_name->setText(row->name);
        for (const QString& code : row->countries)
            addCountry(code);
        int currency = m_currency->findData(row->currency);
        if (currency < 0) {
            m_currency->addItem(row->currency, row->currency);
            currency = m_currency->count() - 1;
        }
        m_currency->setCurrentIndex(currency);
        m_showReasons = true;
    }
    validate();
    return {};
}

MarketplaceInput MarketplaceDialog::input() const
{
    MarketplaceInput input;
    input.name = m_name->text();
    for (int row = 0; row < m_countries->count(); ++row)
        input.countries << m_countries->item(row)->data(codeRole).toString();
    input.currency = m_currency->currentData().toString();
    return input;
}

QMap<QString, QString> MarketplaceDialog::reasons() const
{
    return MarketplaceService::validate(workspace(), m_acting, input(), m_marketplaceId);
}

Result<QString> MarketplaceDialog::write()
{
    if (m_marketplaceId.isEmpty())
        return MarketplaceService::create(workspace(), m_acting, input());
    if (auto updated = MarketplaceService::update(workspace(), m_acting, m_marketplaceId, input());
        !updated)
        return updated.error();
    return m_marketplaceId;
}
