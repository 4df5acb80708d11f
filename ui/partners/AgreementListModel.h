#pragma once

#include "common/RowListModel.h"
#include "partners/AgreementList.h"

#include <QCoreApplication>

/// Partners → Agreements.
class AgreementListModel : public RowListModel<AgreementListRow> {
    Q_DECLARE_TR_FUNCTIONS(AgreementListModel)

public:
    enum Column {
        Id,
        Type,
        Name,
        ActiveVersion,
        Versions,
        Program,
        Marketplace,
        Contracts,
        Updated
    };

    explicit AgreementListModel(QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const AgreementListRow& row, int column, int role) const override;
};
