#pragma once

#include "partners/PartnerProfile.h"

#include <QWidget>

class PartnerListingListModel;
class QTableView;

/// Partner details → Listings.
class PartnerListingsTab : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerListingsTab)

public:
    explicit PartnerListingsTab(const PartnerProfile& profile, QWidget* parent = nullptr);

    /// nullptr when there are no listings.
    QTableView* table() const { return m_table; }

private:
    PartnerListingListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};
