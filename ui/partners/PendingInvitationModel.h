#pragma once

#include "common/RowListModel.h"
#include "partners/InvitationService.h"

#include <QCoreApplication>

/// Partners → Invitations: the pending invitations of the acting account.
class PendingInvitationModel : public RowListModel<PendingInvitation> {
    Q_DECLARE_TR_FUNCTIONS(PendingInvitationModel)

public:
    enum Column { Partner, PartnerId, Agreement, Contract, SentBy, Sent, Expires };

    explicit PendingInvitationModel(QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const PendingInvitation& row, int column, int role) const override;
};
