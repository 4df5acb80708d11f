#pragma once

#include "accounts/AccountMember.h"
#include "common/RowListModel.h"

#include <QCoreApplication>

/// The users of an account: name, e-mail, role, how many accounts, ID.
class AccountMemberModel : public RowListModel<AccountMember> {
    Q_DECLARE_TR_FUNCTIONS(AccountMemberModel)

public:
    enum Column { Name, Email, Role, Accounts, Id };

    explicit AccountMemberModel(QObject* parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const AccountMember& row, int column, int role) const override;
};
