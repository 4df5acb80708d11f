#pragma once

#include <QList>
#include <QString>

/// What the Add partner wizard wrote, for its Summary step.
struct PartnerCreation {
    struct Item {
        QString id;
        QString typeKey;     ///< agreement or contract type
        QString name;        ///< agreement name, or the contract's agreement name
        QString statusKey;   ///< contracts only
        bool created = true; ///< false for an existing agreement that was selected
    };
    QString accountId;
    QString partnerStatusKey;
    QList<Item> agreements;
    QList<Item> contracts;
    QString activationLink;         ///< GenerateInvitation only
    qint64 invitationExpiresAt = 0; ///< GenerateInvitation only: when the link stops working
};
