#pragma once

#include "catalog/CatalogDialog.h"
#include "catalog/MarketplaceService.h"
#include "storage/WorkspaceHandle.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

/// New marketplace… / Edit marketplace…: name, countries picked from the ISO 3166 list (Add /
/// Remove), currency from the ISO 4217 list.
class MarketplaceDialog : public CatalogDialog {
    Q_OBJECT

public:
    MarketplaceDialog(const WorkspaceHandle& workspace, const ActingContext& acting,
                      QWidget* parent = nullptr);

    Result<void> load(const QString& marketplaceId);
    MarketplaceInput input() const;
    /// Adds the country with this ISO code to the chosen ones (as Add does).
    void addCountry(const QString& code);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* countryCombo() const { return m_countryCombo; }
    QPushButton* addCountryButton() const { return m_addCountry; }
    QListWidget* countryList() const { return m_countries; }
    QPushButton* removeCountryButton() const { return m_removeCountry; }
    QComboBox* currencyCombo() const { return m_currency; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    QMap<QString, QString> reasons() const override;
    Result<QString> write() override;

private:
    void updateCountryButtons();

    QString m_marketplaceId;
    QLineEdit* m_name;
    QComboBox* m_countryCombo;
    QPushButton* m_addCountry;
    QListWidget* m_countries;
    QPushButton* m_removeCountry;
    QComboBox* m_currency;
};
