#pragma once

#include "common/RowListModel.h"
#include "leads/LeadFormList.h"

#include <QCoreApplication>

/// The vendor's lead forms (Leads → Forms).
class LeadFormListModel : public RowListModel<LeadFormListRow> {
    Q_DECLARE_TR_FUNCTIONS(LeadFormListModel)

public:
    enum Column { Name, Id, Status, Products, CustomFields, Updated };

    explicit LeadFormListModel(QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const LeadFormListRow& row, int column, int role) const override;
};
