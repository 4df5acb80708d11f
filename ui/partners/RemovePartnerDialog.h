#pragma once

#include "partners/PartnerLifecycle.h"

#include <QDialog>

class QListWidget;

/// Asks before a partner is removed, listing what happens to each of its contracts (deleted
/// when not yet in force, terminated when active) and to its listings.
class RemovePartnerDialog : public QDialog {
    Q_OBJECT

public:
    explicit RemovePartnerDialog(const RemovalPlan& plan, QWidget* parent = nullptr);

    QListWidget* contractList() const { return m_contracts; }

private:
    QListWidget* m_contracts;
};
