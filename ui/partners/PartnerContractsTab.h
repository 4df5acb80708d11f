#pragma once

#include "partners/PartnerProfile.h"

#include <QWidget>

class PartnerContractListModel;
class QPushButton;
class QTableView;

/// Partner details → Contracts: the contracts with the partner; Enter opens one, and Sign
/// updated version… moves an active one to its agreement's active version.
class PartnerContractsTab : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerContractsTab)

public:
    /// canSign: acting may manage partners (the button shows only then, and only with updates).
    PartnerContractsTab(const PartnerProfile& profile, bool canSign, QWidget* parent = nullptr);

    /// nullptr when there are no contracts.
    QTableView* table() const { return m_table; }
    PartnerContractListModel* model() const { return m_model; }

signals:
    void contractActivated(const QString& contractId);
    void signUpdatedVersionRequested(const QString& contractId);

private:
    void updateSignButton();
    QString currentContractId() const;

    PartnerContractListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_sign = nullptr;
};
