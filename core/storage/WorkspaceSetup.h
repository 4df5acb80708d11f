#pragma once

#include "accounts/AccountRole.h"
#include "common/Result.h"
#include "session/ActingContext.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

/// What File → New workspace asks for: the company that owns the workspace and its first user.
struct NewWorkspaceRequest {
    QString accountName;
    AccountRole accountRole = AccountRole::Distributor;
    QString userName;
    QString userEmail;
};

/// Creates a new, empty workspace with one account and its first user (crm_admin).
class WorkspaceSetup {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSetup)

public:
    enum class Field { AccountName, UserName, UserEmail };

    /// A reason for each invalid field; empty when the request is valid.
    static QMap<Field, QString> validate(const NewWorkspaceRequest& request);
    /// Creates the file at path (which must not exist); leaves no file behind on failure.
    static Result<ActingContext> createBlank(const QString& path,
                                             const NewWorkspaceRequest& request);
};
