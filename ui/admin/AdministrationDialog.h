#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QDialog>

#include <functional>

class QTabWidget;

/// A window hosting administration tabs of the acting account (Workspace → Users and roles…,
/// Reference lists…) until they move into the Administration module.
class AdministrationDialog : public QDialog {
    Q_OBJECT

public:
    using Loader = std::function<Result<void>(const WorkspaceHandle&, const ActingContext&)>;

    AdministrationDialog(const QString& title, const QString& name, QWidget* parent = nullptr);

    /// Adds tab; load shows acting's data in it.
    void addTab(QWidget* tab, const QString& label, Loader load);
    /// Loads every tab; the first error, if any.
    Result<void> load(const WorkspaceHandle& workspace, const ActingContext& acting);
    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs;
    QList<Loader> m_loaders;
};
